package main

import (
	"fmt"
	"math/rand"
	"runtime"
{{^ordered}}
	"sync"
{{/ordered}}
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
{{^ordered}}
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
{{/ordered}}
{{#ordered}}
	// Fan out: one goroutine per task, each with its own channel, buffered so it never waits.
	results := make([]chan int, tasks+1)
	for t := 1; t <= tasks; t++ {
		results[t] = make(chan int, 1)
		go func(task int, result chan<- int) { // task goroutine
			result <- fetch(task)
		}(t, results[t])
	}

	// Fan in, in task order: each receive waits for that task, however early the others finished.
	inOrder := true
	for t, result := range results[1:] {
		r := <-result
		fmt.Println("result", r)
		inOrder = inOrder && r == (t+1)*10
	}
	fmt.Println("= results received in task order:", inOrder)
{{/ordered}}
	fmt.Println("= goroutines left:", goroutinesLeft())
}
