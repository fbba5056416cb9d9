package main

import (
	"fmt"
	"sync"
	"sync/atomic"
	"time"
)

const items = {{items}}
const consumers = {{consumers}}
const bound = {{bound}}
const produceEvery = {{produceEvery}}
const consumeTime = {{consumeTime}}

func produce(jobs chan<- int) {
	for i := 1; i <= items; i++ {
		time.Sleep(produceEvery)
		jobs <- i
		fmt.Println("queued job", i, "backlog", len(jobs))
	}
	close(jobs)
}

func main() {
{{^fix}}
	jobs := make(chan int, items) // room for everything: the producer never waits
{{/fix}}
{{#fix}}
	jobs := make(chan int, bound) // full queue: the producer waits for the consumers
{{/fix}}
	go produce(jobs)
	var processed, sum atomic.Int64
	var wg sync.WaitGroup
	for c := 0; c < consumers; c++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for j := range jobs {
				time.Sleep(consumeTime)
				processed.Add(1)
				sum.Add(int64(j))
			}
		}()
	}
	wg.Wait()
	fmt.Printf("= processed %d jobs, sum %d\n", processed.Load(), sum.Load())
}
