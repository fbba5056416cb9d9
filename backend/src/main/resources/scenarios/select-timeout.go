package main

import (
	"context"
	"errors"
	"fmt"
	"math/rand"
	"runtime"
	"time"
)

const calls = {{calls}}
const latency = {{latency}} // the dependency answers after 0.5–1.5× this
const timeout = {{timeout}} // how long a caller waits for it
const via = {{via}}         // "time.After" or "context"

var errTimeout = errors.New("timed out")

// fetch starts the slow call in its own goroutine and returns where its answer will arrive. The
// channel has room for the one answer, so the goroutine can deliver it and return even when the
// caller has given up and nobody will ever read it.
func fetch(call int) <-chan string {
	result := make(chan string, 1)
	go func() {
		time.Sleep(latency/2 + time.Duration(rand.Int63n(int64(latency)))) // the network round trip
		result <- fmt.Sprintf("reply %d", call)
	}()
	return result
}

// callWithAfter races the answer against a timer.
func callWithAfter(call int) (string, error) {
	result := fetch(call)
	select {
	case reply := <-result: // the answer came first
		return reply, nil
	case <-time.After(timeout): // the timer fired first
		return "", errTimeout
	}
}

// callWithContext races the answer against a context's deadline.
func callWithContext(call int) (string, error) {
	ctx, cancel := context.WithTimeout(context.Background(), timeout)
	defer cancel() // stops the deadline's timer when the answer wins
	result := fetch(call)
	select {
	case reply := <-result: // the answer beat the deadline
		return reply, nil
	case <-ctx.Done(): // the deadline passed first
		return "", ctx.Err()
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

func main() {
	for call := 1; call <= calls; call++ {
		var reply string
		var err error
		if via == "time.After" {
			reply, err = callWithAfter(call)
		} else {
			reply, err = callWithContext(call)
		}
		if err != nil {
			fmt.Printf("call %d: %v\n", call, err)
		} else {
			fmt.Printf("call %d: %s\n", call, reply)
		}
	}
	fmt.Println("= calls made:", calls)
	fmt.Println("= goroutines left:", goroutinesLeft())
}
