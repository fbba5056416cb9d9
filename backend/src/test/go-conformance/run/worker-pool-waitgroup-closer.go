// Concepts: worker pool, WaitGroup, close results after wg.Wait in a goroutine, map aggregation printed by fmt
package main

import (
	"fmt"
	"strings"
	"sync"
)

func main() {
	words := strings.Fields("the quick brown fox jumps over the lazy dog the end")
	jobs := make(chan string)
	results := make(chan map[string]int)

	var wg sync.WaitGroup
	for i := 0; i < 4; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			counts := map[string]int{}
			for w := range jobs {
				counts[w]++
			}
			results <- counts
		}()
	}

	go func() {
		for _, w := range words {
			jobs <- w
		}
		close(jobs)
	}()

	go func() {
		wg.Wait()
		close(results)
	}()

	total := map[string]int{}
	for partial := range results {
		for w, n := range partial {
			total[w] += n
		}
	}
	fmt.Println(total)
	fmt.Println("distinct:", len(total), "the:", total["the"])
}
