// Concepts: sync.Mutex protecting a counter, 100 goroutines, WaitGroup, struct with embedded lock methods
package main

import (
	"fmt"
	"sync"
)

type counter struct {
	mu sync.Mutex
	n  map[string]int
}

func (c *counter) inc(key string) {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.n[key]++
}

func (c *counter) value(key string) int {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.n[key]
}

func main() {
	c := counter{n: make(map[string]int)}
	var wg sync.WaitGroup
	for i := 0; i < 100; i++ {
		wg.Add(1)
		go func(i int) {
			defer wg.Done()
			for j := 0; j < 100; j++ {
				if j%2 == 0 {
					c.inc("even")
				} else {
					c.inc("odd")
				}
			}
		}(i)
	}
	wg.Wait()
	fmt.Println(c.value("even"), c.value("odd"), c.value("none"))
	fmt.Println(c.n)
}
