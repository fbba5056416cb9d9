package main

import (
	"context"
	"fmt"
	"math/rand"
	"runtime"
	"sync"
	"sync/atomic"
	"time"
)

const workers = {{workers}}
const queueSize = {{queueSize}}
const arrival = {{arrival}}           // a new request arrives this often
const jobTime = {{jobTime}}           // a request takes 0.5–1.5× this to serve
const signalAfter = {{signalAfter}}   // when SIGTERM arrives
const drainTimeout = {{drainTimeout}} // how long shutdown may wait for queued work

var served, dropped atomic.Int64

// worker serves requests until the queue is closed and empty. Once abort is cancelled it drops every
// request it still gets instead of serving it.
func worker(abort context.Context, queue <-chan int, wg *sync.WaitGroup) {
	defer wg.Done()
	for r := range queue {
		select {
		case <-time.After(jobTime/2 + time.Duration(rand.Int63n(int64(jobTime)))):
			served.Add(1)
			fmt.Println("served request", r)
		case <-abort.Done():
			dropped.Add(1)
			fmt.Println("dropped request", r)
		}
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
	// A real server: shutdown, stop := signal.NotifyContext(context.Background(), syscall.SIGTERM)
	shutdown, stop := context.WithCancel(context.Background())
	defer stop()
	go func() { // the operator sends SIGTERM after signalAfter
		select {
		case <-time.After(signalAfter):
			fmt.Println("SIGTERM")
			stop()
		case <-shutdown.Done():
		}
	}()

	abort, abortNow := context.WithCancel(context.Background())
	defer abortNow()
	queue := make(chan int, queueSize)
	var wg sync.WaitGroup
	for w := 0; w < workers; w++ {
		wg.Add(1)
		go worker(abort, queue, &wg)
	}

	// Accept a request every arrival until the signal comes.
	accepted := 0
	tick := time.NewTicker(arrival)
accept:
	for r := 1; ; r++ {
		select {
		case <-shutdown.Done(): // SIGTERM: stop accepting
			break accept
		case <-tick.C: // request r arrives
		}
		select {
		case queue <- r:
			accepted++
		case <-shutdown.Done(): // SIGTERM while the queue is full
			break accept
		}
	}
	tick.Stop()
	close(queue) // no new requests: the workers finish what is queued, then return

	// Drain, but only for so long.
	drain, cancel := context.WithTimeout(context.Background(), drainTimeout)
	defer cancel()
	finished := make(chan struct{})
	go func() { // closes finished once every worker has returned
		wg.Wait()
		close(finished)
	}()
	select {
	case <-finished:
	case <-drain.Done():
		abortNow() // out of time: drop what is left
		<-finished
	}

	fmt.Printf("accepted %d, served %d, dropped %d\n", accepted, served.Load(), dropped.Load())
	fmt.Println("= every accepted request was served or dropped:", int64(accepted) == served.Load()+dropped.Load())
	fmt.Println("= goroutines left:", goroutinesLeft())
}
