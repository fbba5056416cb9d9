// The interpreter benchmark's programs, run by real Go for comparison (docs/BENCHMARKS.md,
// "Interpreter speed"). collatzSteps is the CPU-bound loop; the interpreter runs the same function
// (InterpreterSpeed.CPU_LOOP in backend/src/bench/java/dev/chanscope/bench).
//
//	go run . -n 1000000 -runs 5
package main

import (
	"flag"
	"fmt"
	"runtime"
	"time"
)

func collatzSteps(limit int) int {
	total := 0
	for i := 1; i < limit; i++ {
		n := i
		for n != 1 {
			if n%2 == 0 {
				n /= 2
			} else {
				n = 3*n + 1
			}
			total++
		}
	}
	return total
}

func main() {
	limit := flag.Int("n", 1000000, "numbers whose Collatz sequences are walked")
	runs := flag.Int("runs", 5, "measured runs (after one warm-up)")
	flag.Parse()
	runtime.GOMAXPROCS(1)
	collatzSteps(*limit)
	best := time.Duration(1 << 62)
	steps := 0
	for r := 0; r < *runs; r++ {
		start := time.Now()
		steps = collatzSteps(*limit)
		if d := time.Since(start); d < best {
			best = d
		}
	}
	fmt.Printf("RESULT cpu-loop steps %d best %d ns %.3f ns/step\n", steps, best.Nanoseconds(),
		float64(best.Nanoseconds())/float64(steps))
}
