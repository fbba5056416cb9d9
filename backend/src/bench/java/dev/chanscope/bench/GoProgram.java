package dev.chanscope.bench;

/**
 * A realistic Go program of a given size for the front-end benchmarks: pipelines, worker pools,
 * select loops, structs with methods, maps, closures and formatted output, repeated with numbered
 * names until it has at least the requested number of lines. Deterministic.
 */
public final class GoProgram {

    private GoProgram() {}

    private static final String HEADER = """
            // Package main is a generated benchmark program.
            package main

            import (
            \t"errors"
            \t"fmt"
            \t"sort"
            \t"strings"
            \t"sync"
            \t"time"
            )

            var errStopped = errors.New("stopped")
            """;

    private static final String UNIT = """

            // Stage%1$d is one step of a pipeline.
            type Stage%1$d struct {
            \tmu      sync.Mutex
            \tname    string
            \tcounts  map[string]int
            \tlatency time.Duration // per item
            }

            func NewStage%1$d(name string) *Stage%1$d {
            \treturn &Stage%1$d{name: name, counts: make(map[string]int), latency: %1$d * time.Millisecond}
            }

            func (s *Stage%1$d) Run(in <-chan string, out chan<- string, done <-chan struct{}) error {
            \tdefer close(out)
            \tfor {
            \t\tselect {
            \t\tcase v, ok := <-in:
            \t\t\tif !ok {
            \t\t\t\treturn nil
            \t\t\t}
            \t\t\ts.mu.Lock()
            \t\t\ts.counts[v]++
            \t\t\ts.mu.Unlock()
            \t\t\tout <- strings.ToUpper(v) + fmt.Sprint(len(v)*2+%1$d)
            \t\tcase <-done:
            \t\t\treturn errStopped
            \t\t}
            \t}
            }

            func pool%1$d(jobs []int, workers int) []int {
            \tin := make(chan int, len(jobs))
            \tout := make(chan int, len(jobs))
            \tvar wg sync.WaitGroup
            \tfor w := 0; w < workers; w++ {
            \t\twg.Add(1)
            \t\tgo func(id int) {
            \t\t\tdefer wg.Done()
            \t\t\tfor j := range in {
            \t\t\t\tout <- j*j + id%%2
            \t\t\t}
            \t\t}(w)
            \t}
            \tfor _, j := range jobs {
            \t\tin <- j
            \t}
            \tclose(in)
            \twg.Wait()
            \tclose(out)
            \tvar res []int
            \tfor v := range out {
            \t\tres = append(res, v)
            \t}
            \tsort.Ints(res)
            \treturn res
            }

            func summarize%1$d(words []string) (total int, longest string) {
            \tseen := map[string]bool{}
            \tfor i, w := range words {
            \t\tif seen[w] || len(w) == 0 {
            \t\t\tcontinue
            \t\t}
            \t\tseen[w] = true
            \t\ttotal += len(w) << (i %% 3)
            \t\tswitch {
            \t\tcase len(w) > len(longest):
            \t\t\tlongest = w
            \t\tcase len(w) == len(longest) && w < longest:
            \t\t\tlongest = w
            \t\tdefault:
            \t\t}
            \t}
            \treturn
            }
            """;

    /** A program of at least {@code lines} lines. */
    public static String ofLines(int lines) {
        StringBuilder b = new StringBuilder(HEADER);
        int n = 0;
        while (count(b) < lines - 12) {
            b.append(String.format(UNIT, ++n));
        }
        b.append("\nfunc main() {\n");
        for (int i = 1; i <= n; i++) {
            b.append(String.format("\tfmt.Println(pool%d([]int{3, 1, 2}, 2), NewStage%d(\"s\").name)%n", i, i));
        }
        b.append("\tt, l := summarize1([]string{\"go\", \"chan\"})\n\tfmt.Println(t, l)\n}\n");
        return b.toString();
    }

    private static int count(CharSequence s) {
        int n = 0;
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) == '\n') {
                n++;
            }
        }
        return n;
    }
}
