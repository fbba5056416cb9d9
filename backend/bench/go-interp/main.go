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
	"syscall"
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
	bestCPU := time.Duration(1 << 62)
	steps := 0
	for r := 0; r < *runs; r++ {
		start := time.Now()
		cpuStart := cpuTime()
		steps = collatzSteps(*limit)
		if d := time.Since(start); d < best {
			best = d
		}
		if d := cpuTime() - cpuStart; d < bestCPU {
			bestCPU = d
		}
	}
	fmt.Printf("RESULT cpu-loop steps %d wall-ns %d ns/step %.3f cpu-ns %d cpu-ns/step %.3f\n", steps,
		best.Nanoseconds(), float64(best.Nanoseconds())/float64(steps),
		bestCPU.Nanoseconds(), float64(bestCPU.Nanoseconds())/float64(steps))
}

// cpuTime is the process's user and system CPU time (one goroutine runs, GOMAXPROCS=1).
func cpuTime() time.Duration {
	var u syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &u); err != nil {
		panic(err)
	}
	return time.Duration(u.Utime.Nano() + u.Stime.Nano())
}
