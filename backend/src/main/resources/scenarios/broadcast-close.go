package main

import (
	"fmt"
	"runtime"
	"sync"
	"sync/atomic"
	"time"
)

const listeners = {{listeners}}
const closeAfter = {{closeAfter}} // how long main waits before broadcasting

// goroutinesLeft counts the running goroutines, main included, after giving those that have finished
// their work a moment to return (as leak checkers such as goleak do).
func goroutinesLeft() int {
	for i := 0; i < 100 && runtime.NumGoroutine() > 1; i++ {
		time.Sleep(time.Millisecond)
	}
	return runtime.NumGoroutine()
}

func main() {
	done := make(chan struct{})
	var woken atomic.Int64
	var wg sync.WaitGroup
	for i := 1; i <= listeners; i++ {
		wg.Add(1)
		go func(id int) { // listener id
			defer wg.Done()
			<-done // wait for the broadcast
			woken.Add(1)
			fmt.Println("listener", id, "woke")
		}(i)
	}

	time.Sleep(closeAfter)
	close(done) // one close wakes every receiver, now and later
	wg.Wait()
	fmt.Println("= listeners woken:", woken.Load(), "of", listeners)
	fmt.Println("= goroutines left:", goroutinesLeft())
}
