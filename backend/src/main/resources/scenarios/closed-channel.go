package main

import (
	"fmt"
	"sync"
	"time"
)

const producers = {{producers}}
const perProducer = {{perProducer}}
const produceTime = {{produceTime}}

func main() {
	results := make(chan int)
	var wg sync.WaitGroup
	for p := 0; p < producers; p++ {
		wg.Add(1)
		go func(p int) {
			defer wg.Done()
			for i := 0; i < perProducer; i++ {
				time.Sleep(produceTime)
				results <- p*perProducer + i
			}
{{^fix}}
			close(results) // "I'm done": but the other producers are not
{{/fix}}
		}(p)
	}
{{#fix}}
	go func() {
		wg.Wait()      // every producer has sent its last value
		close(results) // so exactly one goroutine closes, exactly once
	}()
{{/fix}}
	seen := make([]int, producers*perProducer)
	for v := range results {
		seen[v]++
	}
{{^fix}}
	wg.Wait()
{{/fix}}
	count, once := 0, 0
	for _, n := range seen {
		count += n
		if n == 1 {
			once++
		}
	}
	fmt.Printf("= received %d values, %d of %d exactly once\n", count, once, len(seen))
}
