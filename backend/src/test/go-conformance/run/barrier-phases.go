// Concepts: phases separated by WaitGroup barriers, goroutines write disjoint slots, each phase reads the previous phase's results
package main

import (
	"fmt"
	"sync"
)

func main() {
	const n = 6
	values := make([]int, n)
	for i := range values {
		values[i] = i + 1
	}
	for phase := 1; phase <= 3; phase++ {
		next := make([]int, n)
		var wg sync.WaitGroup
		for i := 0; i < n; i++ {
			wg.Add(1)
			go func(i int) {
				defer wg.Done()
				left := values[(i+n-1)%n]
				right := values[(i+1)%n]
				next[i] = left + values[i] + right
			}(i)
		}
		wg.Wait() // barrier: nobody reads next before everyone wrote it
		values = next
		fmt.Println("phase", phase, values)
	}
}
