package main

import (
	"fmt"
	"runtime"
	"sync"
	"sync/atomic"
	"time"
)

const workers = {{workers}}
const jobs = {{jobs}}
const jobTime = {{jobTime}} // how long one job takes on its own
const kind = {{kind}}       // "cpu" or "io"

var sink atomic.Int64

// burn does about d of CPU work (roughly one loop round per nanosecond on a current CPU): like
// hashing or compressing, it needs a processor the whole time.
func burn(d time.Duration) {
	x := 0
	for i := 0; i < int(d); i++ {
		x = x*31 + i
	}
	sink.Store(int64(x)) // keeps the work from being optimised away
}

func main() {
	fmt.Println("GOMAXPROCS:", runtime.GOMAXPROCS(0))
	start := time.Now()
	queue := make(chan int)
	done := make([]int, workers) // jobs done by each worker
	var wg sync.WaitGroup
	for w := 0; w < workers; w++ {
		wg.Add(1)
		go func(w int) {
			defer wg.Done()
			for range queue {
				if kind == "cpu" {
					burn(jobTime) // needs a processor the whole time
				} else {
					time.Sleep(jobTime) // waiting on I/O needs no processor
				}
				done[w]++
			}
		}(w)
	}
	for j := 1; j <= jobs; j++ {
		queue <- j
	}
	close(queue)
	wg.Wait()
	total := 0
	for _, n := range done {
		total += n
	}
	fmt.Println("took", time.Since(start).Round(time.Millisecond))
	fmt.Println("= jobs done:", total)
}
