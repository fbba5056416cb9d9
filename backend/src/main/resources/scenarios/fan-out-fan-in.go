package main

import (
	"fmt"
	"math/rand"
	"runtime"
	"sync"
	"time"
)

const tasks = {{tasks}}
const maxLatency = {{maxLatency}} // each call takes a random time below this

// fetch stands in for a slow call, such as an HTTP request, whose latency varies.
func fetch(task int) int {
	time.Sleep(time.Duration(rand.Int63n(int64(maxLatency)))) // waiting for the reply
	return task * 10
}

// goroutinesLeft counts the running goroutines, main included, after giving those that have finished
// their work a moment to return (as leak checkers such as goleak do).
func goroutinesLeft() int {
	for i := 0; i < 100 && runtime.NumGoroutine() > 1; i++ {
		time.Sleep(time.Millisecond)
	}
	return runtime.NumGoroutine()
}

func main() {
	results := make(chan int)
	var wg sync.WaitGroup

	// Fan out: one goroutine per task.
	for t := 1; t <= tasks; t++ {
		wg.Add(1)
		go func(task int) { // task goroutine
			defer wg.Done()
			results <- fetch(task)
		}(t)
	}

	// The closer: once every task goroutine has sent its result, nobody will send again.
	go func() { // closer
		wg.Wait()
		close(results)
	}()

	// Fan in: a single loop receives every result, in whatever order they finish.
	received := make(map[int]int)
	for r := range results {
		fmt.Println("result", r)
		received[r]++
	}

	once := len(received) == tasks
	for t := 1; t <= tasks; t++ {
		once = once && received[t*10] == 1
	}
	fmt.Println("= results received:", len(received), "each exactly once:", once)
	fmt.Println("= goroutines left:", goroutinesLeft())
}
