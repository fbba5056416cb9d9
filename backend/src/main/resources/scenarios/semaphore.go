package main

import (
	"fmt"
	"math/rand"
	"sync"
	"sync/atomic"
	"time"
)

const tasks = {{tasks}}
const limit = {{limit}}     // the most requests allowed in flight at once
const latency = {{latency}} // a request takes 0.5–1.5× this

var inFlight, peak atomic.Int64

// fetch makes one request and keeps count of how many are in flight.
func fetch(url int) {
	n := inFlight.Add(1)
	raisePeak(n)
	fmt.Printf("fetching url %d (%d in flight)\n", url, n)
	time.Sleep(latency/2 + time.Duration(rand.Int63n(int64(latency)))) // the request
	inFlight.Add(-1)
}

// raisePeak records n as the peak if it is the highest so far.
func raisePeak(n int64) {
	for {
		p := peak.Load()
		if n <= p || peak.CompareAndSwap(p, n) {
			return
		}
	}
}

func main() {
	var wg sync.WaitGroup
{{#bounded}}
	sem := make(chan struct{}, limit) // a token per request in flight
{{/bounded}}
	for url := 1; url <= tasks; url++ {
{{#bounded}}
		sem <- struct{}{} // acquire: waits while limit requests are in flight
{{/bounded}}
		wg.Add(1)
		go func(url int) {
			defer wg.Done()
{{#bounded}}
			defer func() { <-sem }() // release
{{/bounded}}
			fetch(url)
		}(url)
	}
	wg.Wait()
	fmt.Println("peak in flight:", peak.Load())
	fmt.Println("= requests made:", tasks)
{{#bounded}}
	fmt.Println("= never more than the limit in flight:", peak.Load() <= limit)
{{/bounded}}
}
