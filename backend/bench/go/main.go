// Command bench measures Go channel operations per second for the four workloads of Chanscope's
// engine benchmark (backend/src/bench/java/dev/chanscope/bench/Workload.java), with the same sizes:
//
//	PINGPONG  unbuffered ping-pong between two goroutines, 20,000 round trips per run
//	BUFFERED  buffered producer/consumer, capacity 100, 50,000 values per run
//	FANOUT    10,000 goroutines each send one result on a shared unbuffered channel; main receives all
//	SELECT    4 producers on 4 unbuffered channels, one consumer selecting, 20,000 values per run
//
// A channel operation is one completed send or one completed receive of a value (a value passed from
// one goroutine to another is two operations); closing and the final receive that sees the close are
// not counted. Like the JMH suite, each measurement iteration repeats whole runs for at least -time
// and reports operations / elapsed time; warm-up iterations come first and are not reported. It also
// reports operations per second of CPU time used by the process (getrusage), which load from other
// processes on the machine barely moves.
//
// Usage: go run . [-procs 1] [-wi 1] [-i 5] [-time 1s] [-workload all]
// -procs 0 leaves GOMAXPROCS at its default (the number of CPUs). Stdlib only, Go 1.19 compatible.
package main

import (
	"flag"
	"fmt"
	"math"
	"os"
	"runtime"
	"strings"
	"syscall"
	"time"
)

type workload struct {
	name string
	n    int
	ops  func(n int) int64 // channel operations one run performs
	run  func(n int) int64 // returns a checksum so nothing is optimised away
}

var workloads = []workload{
	{"PINGPONG", 20000, func(n int) int64 { return 4 * int64(n) }, pingPong},
	{"BUFFERED", 50000, func(n int) int64 { return 2 * int64(n) }, buffered},
	{"FANOUT", 10000, func(n int) int64 { return 2 * int64(n) }, fanOut},
	{"SELECT", 20000, func(n int) int64 { return 2 * int64(n/4*4) }, select4},
}

// pingPong: main sends on ping, the other goroutine answers on pong; 2 sends + 2 receives per round trip.
func pingPong(n int) int64 {
	ping := make(chan int)
	pong := make(chan int)
	go func() {
		for i := 0; i < n; i++ {
			v := <-ping
			pong <- v
		}
	}()
	var sum int64
	for i := 0; i < n; i++ {
		ping <- i
		sum += int64(<-pong)
	}
	return sum
}

// buffered: a producer sends n values on a channel of capacity 100 and closes it; main ranges over it.
func buffered(n int) int64 {
	ch := make(chan int, 100)
	go func() {
		for i := 0; i < n; i++ {
			ch <- i
		}
		close(ch)
	}()
	var sum int64
	for v := range ch {
		sum += int64(v)
	}
	return sum
}

// fanOut: n goroutines each send one result on a shared unbuffered channel; main receives them all.
func fanOut(n int) int64 {
	results := make(chan int)
	for i := 0; i < n; i++ {
		go func(i int) {
			results <- i
		}(i)
	}
	var sum int64
	for i := 0; i < n; i++ {
		sum += int64(<-results)
	}
	return sum
}

// select4: 4 producers each send n/4 values on their own unbuffered channel; main selects over all 4.
func select4(n int) int64 {
	var cs [4]chan int
	for p := range cs {
		cs[p] = make(chan int)
	}
	for p := range cs {
		go func(c chan int) {
			for i := 0; i < n/4; i++ {
				c <- i
			}
		}(cs[p])
	}
	var sum int64
	for i := 0; i < n/4*4; i++ {
		select {
		case v := <-cs[0]:
			sum += int64(v)
		case v := <-cs[1]:
			sum += int64(v)
		case v := <-cs[2]:
			sum += int64(v)
		case v := <-cs[3]:
			sum += int64(v)
		}
	}
	return sum
}

// cpuTime is the CPU time (user + system) the whole process has used so far, all threads included.
func cpuTime() time.Duration {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}

// iteration repeats whole runs for at least d and returns channel operations per second of wall time,
// the number of runs, and channel operations per second of process CPU time.
func iteration(w workload, d time.Duration) (float64, int, float64) {
	var ops int64
	runs := 0
	var sink int64
	cpuStart := cpuTime()
	start := time.Now()
	for {
		sink += w.run(w.n)
		ops += w.ops(w.n)
		runs++
		if time.Since(start) >= d {
			break
		}
	}
	elapsed := time.Since(start)
	cpu := cpuTime() - cpuStart
	if sink == 42 {
		fmt.Fprintln(os.Stderr, "unlikely")
	}
	return float64(ops) / elapsed.Seconds(), runs, float64(ops) / cpu.Seconds()
}

func main() {
	procs := flag.Int("procs", 1, "GOMAXPROCS to run with; 0 keeps the default (number of CPUs)")
	wi := flag.Int("wi", 1, "warm-up iterations")
	mi := flag.Int("i", 5, "measurement iterations")
	iterTime := flag.Duration("time", time.Second, "length of one iteration")
	which := flag.String("workload", "all", "PINGPONG, BUFFERED, FANOUT, SELECT or all (comma-separated)")
	flag.Parse()
	if *procs > 0 {
		runtime.GOMAXPROCS(*procs)
	}
	p := runtime.GOMAXPROCS(0)
	fmt.Printf("# %s, GOMAXPROCS=%d, NumCPU=%d, %d warm-up + %d measured iterations of %v\n",
		runtime.Version(), p, runtime.NumCPU(), *wi, *mi, *iterTime)
	for _, w := range workloads {
		if *which != "all" && !contains(strings.Split(*which, ","), w.name) {
			continue
		}
		for i := 0; i < *wi; i++ {
			_, _, _ = iteration(w, *iterTime)
		}
		scores := make([]float64, *mi)
		cpuScores := make([]float64, *mi)
		runs := 0
		for i := range scores {
			s, r, c := iteration(w, *iterTime)
			scores[i] = s
			cpuScores[i] = c
			runs += r
		}
		mean, sd := meanSd(scores)
		cpuMean, _ := meanSd(cpuScores)
		// One line per workload, parsed by compare.sh:
		// RESULT name GOMAXPROCS ops/s stddev runs ops/run ops-per-CPU-second
		fmt.Printf("RESULT %s %d %.0f %.0f %d %d %.0f\n", w.name, p, mean, sd, runs, w.ops(w.n), cpuMean)
	}
}

func contains(list []string, s string) bool {
	for _, x := range list {
		if strings.EqualFold(strings.TrimSpace(x), s) {
			return true
		}
	}
	return false
}

func meanSd(xs []float64) (float64, float64) {
	var sum float64
	for _, x := range xs {
		sum += x
	}
	mean := sum / float64(len(xs))
	var ss float64
	for _, x := range xs {
		ss += (x - mean) * (x - mean)
	}
	if len(xs) < 2 {
		return mean, 0
	}
	return mean, math.Sqrt(ss / float64(len(xs)-1))
}
