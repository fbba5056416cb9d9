// Concepts: sync.Cond, Wait in a loop on a condition, Broadcast wakes every waiter, starting gate
package main

import (
	"fmt"
	"sync"
)

func main() {
	var mu sync.Mutex
	cond := sync.NewCond(&mu)
	ready := false
	waiting := 0

	var wg sync.WaitGroup
	results := make([]string, 5)
	for i := 0; i < 5; i++ {
		wg.Add(1)
		go func(i int) {
			defer wg.Done()
			mu.Lock()
			waiting++
			cond.Broadcast() // tell main one more runner is at the gate
			for !ready {
				cond.Wait()
			}
			mu.Unlock()
			results[i] = fmt.Sprintf("runner %d started", i)
		}(i)
	}

	mu.Lock()
	for waiting < 5 {
		cond.Wait()
	}
	fmt.Println("all", waiting, "runners at the gate")
	ready = true
	cond.Broadcast()
	mu.Unlock()

	wg.Wait()
	for _, r := range results {
		fmt.Println(r)
	}
}
