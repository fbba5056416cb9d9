package main

import (
	"fmt"
	"runtime"
	"time"
)

const requests = {{requests}}
const period = {{period}} // one token is added per period
const burst = {{burst}}   // how many tokens can be saved up

// goroutinesLeft counts the running goroutines, main included, after giving those that have finished
// their work a moment to return (as leak checkers such as goleak do).
func goroutinesLeft() int {
	for i := 0; i < 100 && runtime.NumGoroutine() > 1; i++ {
		time.Sleep(time.Millisecond)
	}
	return runtime.NumGoroutine()
}

func main() {
	queue := make(chan int, requests)
	for r := 1; r <= requests; r++ {
		queue <- r // every request is already waiting
	}
	close(queue)

	start := time.Now()
	tokens := make(chan struct{}, burst)
	for i := 0; i < burst; i++ {
		tokens <- struct{}{} // the bucket starts full
	}
	ticker := time.NewTicker(period)
	done := make(chan struct{})
	go func() { // refill: one token per tick
		for {
			select {
			case <-ticker.C:
				select {
				case tokens <- struct{}{}:
				default: // the bucket is full and nobody waits: the token is lost
				}
			case <-done:
				return
			}
		}
	}()

	served := 0
	for r := range queue {
		<-tokens // wait for a token
		served++
		fmt.Println("served request", r, "at", time.Since(start).Round(time.Millisecond))
	}
	elapsed := time.Since(start)
	ticker.Stop()
	close(done)

	fmt.Println("= requests served:", served)
	fmt.Println("= took at least (requests - burst) periods:", elapsed >= (requests-burst)*period)
	fmt.Println("= goroutines left:", goroutinesLeft())
}
