// Concepts: sync.RWMutex, many readers and a few writers, read-through cache, deterministic final state
package main

import (
	"fmt"
	"sort"
	"sync"
)

type cache struct {
	mu    sync.RWMutex
	items map[int]string
}

func (c *cache) get(k int) (string, bool) {
	c.mu.RLock()
	defer c.mu.RUnlock()
	v, ok := c.items[k]
	return v, ok
}

func (c *cache) getOrLoad(k int) string {
	if v, ok := c.get(k); ok {
		return v
	}
	c.mu.Lock()
	defer c.mu.Unlock()
	if v, ok := c.items[k]; ok { // another writer may have loaded it meanwhile
		return v
	}
	v := fmt.Sprintf("value-%02d", k*k)
	c.items[k] = v
	return v
}

func main() {
	c := &cache{items: map[int]string{}}
	var wg sync.WaitGroup
	var mu sync.Mutex
	seen := map[string]int{}
	for r := 0; r < 8; r++ {
		wg.Add(1)
		go func(r int) {
			defer wg.Done()
			for k := 0; k < 10; k++ {
				v := c.getOrLoad((k + r) % 10)
				mu.Lock()
				seen[v]++
				mu.Unlock()
			}
		}(r)
	}
	wg.Wait()

	keys := make([]int, 0, len(c.items))
	for k := range c.items {
		keys = append(keys, k)
	}
	sort.Ints(keys)
	for _, k := range keys {
		fmt.Println(k, c.items[k], seen[c.items[k]])
	}
}
