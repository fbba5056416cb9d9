package dev.chanscope.bench;

/**
 * A 1,000-line Go program of the kind the playground runs: structs with methods, interfaces,
 * closures, maps, slices, goroutines, channels, select, sync and fmt — generated (deterministic)
 * from one template per unit so that its size is exact.
 */
final class GoProgram {

    private GoProgram() {}

    private static final String HEADER = """
            package main

            import (
            	"errors"
            	"fmt"
            	"sort"
            	"strings"
            	"sync"
            	"time"
            )

            type Shape interface {
            	Area() float64
            	Name() string
            }

            var errEmpty = errors.New("empty")

            """;

    /** One unit: 41 lines. */
    private static final String UNIT = """
            type Box%1$d struct {
            	mu    sync.Mutex
            	items map[string]int
            	w, h  float64
            }

            func (b *Box%1$d) Area() float64 { return b.w * b.h }
            func (b *Box%1$d) Name() string  { return fmt.Sprintf("box%1$d(%%v)", b.w) }

            func (b *Box%1$d) Add(k string, n int) error {
            	if k == "" {
            		return fmt.Errorf("box%1$d: %%w", errEmpty)
            	}
            	b.mu.Lock()
            	defer b.mu.Unlock()
            	b.items[k] += n
            	return nil
            }

            func work%1$d(in <-chan int, out chan<- string, wg *sync.WaitGroup) {
            	defer wg.Done()
            	total := 0
            	for v := range in {
            		select {
            		case out <- strings.Repeat("x", v%%3):
            			total += v
            		case <-time.After(time.Millisecond):
            			return
            		}
            	}
            	keys := make([]string, 0, total%%5)
            	sort.Strings(keys)
            	sum := func(xs ...int) (s int) {
            		for _, x := range xs {
            			s += x * total
            		}
            		return
            	}
            	_ = sum(1, 2, 3)
            }

            """;

    private static final String MAIN = """
            func main() {
            	var shapes []Shape
            	var wg sync.WaitGroup
            	in := make(chan int, 4)
            	out := make(chan string, 64)
            %s	close(in)
            	wg.Wait()
            	close(out)
            	for _, s := range shapes {
            		fmt.Println(s.Name(), s.Area())
            	}
            }
            """;

    static String thousandLines() {
        int units = 24;
        StringBuilder b = new StringBuilder(HEADER);
        StringBuilder calls = new StringBuilder();
        for (int i = 0; i < units; i++) {
            b.append(String.format(UNIT, i));
            calls.append(String.format("\tshapes = append(shapes, &Box%d{items: map[string]int{}, w: %d, h: 2})%n", i, i));
            calls.append(String.format("\twg.Add(1)%n\tgo work%d(in, out, &wg)%n", i));
        }
        b.append(String.format(MAIN, calls));
        return b.toString();
    }
}
