// The program the startup warm-up runs beside the scenarios, so the first shared program a visitor
// opens does not pay for compiling the Go front end and the interpreter: a pipeline with a worker
// pool, a select with a timeout, a mutex-guarded map, closures, methods and formatted output.
package main

import (
	"errors"
	"fmt"
	"sort"
	"strings"
	"sync"
	"time"
)

type tally struct {
	mu     sync.Mutex
	counts map[string]int
}

func (t *tally) add(word string) {
	t.mu.Lock()
	defer t.mu.Unlock()
	t.counts[word]++
}

func produce(words []string) <-chan string {
	out := make(chan string, 2)
	go func() {
		defer close(out)
		for _, w := range words {
			out <- w
		}
	}()
	return out
}

func work(in <-chan string, t *tally, wg *sync.WaitGroup) {
	defer wg.Done()
	for w := range in {
		time.Sleep(time.Millisecond)
		t.add(strings.ToUpper(w))
	}
}

var errSlow = errors.New("too slow")

func await(done <-chan struct{}, limit time.Duration) error {
	select {
	case <-done:
		return nil
	case <-time.After(limit):
		return fmt.Errorf("waiting %v: %w", limit, errSlow)
	}
}

func main() {
	t := &tally{counts: map[string]int{}}
	in := produce(strings.Fields("go chan select go mutex chan go"))
	var wg sync.WaitGroup
	for i := 0; i < 3; i++ {
		wg.Add(1)
		go work(in, t, &wg)
	}
	done := make(chan struct{})
	go func() {
		wg.Wait()
		close(done)
	}()
	if err := await(done, time.Second); err != nil {
		fmt.Println(err, errors.Is(err, errSlow))
		return
	}
	keys := make([]string, 0, len(t.counts))
	for k := range t.counts {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		fmt.Printf("%-6s %d\n", k, t.counts[k])
	}
}
