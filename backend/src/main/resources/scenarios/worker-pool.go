package main

import (
	"fmt"
	"runtime"
	"time"
)

const workers = {{workers}}
const numJobs = {{jobs}}
const work = {{work}}       // "cpu": each job computes; "io": each job waits on I/O
const jobTime = {{jobTime}} // how long one job takes

// spin keeps a processor busy for d, like a CPU-bound computation.
func spin(d time.Duration) {
	for start := time.Now(); time.Since(start) < d; {
	}
}

// goroutinesLeft counts the running goroutines, main included, after giving those that have finished
// their work a moment to return (as leak checkers such as goleak do).
func goroutinesLeft() int {
	for i := 0; i < 100 && runtime.NumGoroutine() > 1; i++ {
		time.Sleep(time.Millisecond)
	}
	return runtime.NumGoroutine()
}

// worker takes jobs until the jobs channel is closed and drained, one at a time.
func worker(id int, jobs <-chan int, results chan<- int) {
	for j := range jobs {
		fmt.Println("worker", id, "started job", j)
		if work == "cpu" {
			spin(jobTime) // CPU-bound: needs a processor
		} else {
			time.Sleep(jobTime) // I/O-bound: a network call, no processor needed
		}
		results <- j
	}
}

func main() {
	jobs := make(chan int, numJobs)
	results := make(chan int, numJobs)
	for w := 1; w <= workers; w++ {
		go worker(w, jobs, results)
	}

	start := time.Now()
	for j := 1; j <= numJobs; j++ {
		jobs <- j
	}
	close(jobs) // no more jobs: workers return once it is drained

	received := make(map[int]int)
	for a := 1; a <= numJobs; a++ {
		received[<-results]++
	}
	fmt.Printf("%d %s jobs on %d workers, GOMAXPROCS %d: %v\n", numJobs, work, workers, runtime.GOMAXPROCS(0), time.Since(start))

	once := len(received) == numJobs
	for _, n := range received {
		once = once && n == 1
	}
	fmt.Println("= results received:", numJobs, "every job exactly once:", once)
	fmt.Println("= goroutines left:", goroutinesLeft())
}
