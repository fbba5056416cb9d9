// Concepts: empty select blocks forever, deadlock once every other goroutine has finished, "wait forever" idiom
package main

import (
	"fmt"
	"sync"
)

func main() {
	var wg sync.WaitGroup
	results := make([]int, 3)
	for i := range results {
		wg.Add(1)
		go func(i int) {
			defer wg.Done()
			results[i] = (i + 1) * 100
		}(i)
	}
	wg.Wait()
	fmt.Println("background work done:", results)
	select {} // meant to serve forever, but nothing else is left to run
}
