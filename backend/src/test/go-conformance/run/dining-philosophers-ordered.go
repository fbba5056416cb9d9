// Concepts: dining philosophers, resource ordering, mutex per fork, meals counted per philosopher
package main

import (
	"fmt"
	"sync"
)

func main() {
	const n = 5
	forks := make([]sync.Mutex, n)
	meals := make([]int, n)
	var wg sync.WaitGroup
	for p := 0; p < n; p++ {
		wg.Add(1)
		go func(p int) {
			defer wg.Done()
			left, right := p, (p+1)%n
			if left > right { // always pick up the lower-numbered fork first
				left, right = right, left
			}
			for i := 0; i < 3; i++ {
				forks[left].Lock()
				forks[right].Lock()
				meals[p]++
				forks[right].Unlock()
				forks[left].Unlock()
			}
		}(p)
	}
	wg.Wait()
	fmt.Println("meals:", meals)
}
