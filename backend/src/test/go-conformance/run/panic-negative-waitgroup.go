// Concepts: sync.WaitGroup negative counter panic from calling Done once too often
package main

import (
	"fmt"
	"sync"
)

func main() {
	var wg sync.WaitGroup
	var mu sync.Mutex
	total := 0
	for i := 1; i <= 3; i++ {
		wg.Add(1)
		go func(n int) {
			defer wg.Done()
			mu.Lock()
			total += n
			mu.Unlock()
		}(i)
	}
	wg.Wait()
	fmt.Println("balanced, total", total)
	wg.Done() // one Done too many
	fmt.Println("never printed")
}
