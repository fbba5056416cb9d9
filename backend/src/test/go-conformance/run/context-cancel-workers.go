// Concepts: context.WithCancel, workers stop on ctx.Done, ctx.Err, WaitGroup, cancel is idempotent
package main

import (
	"context"
	"fmt"
	"sync"
)

func worker(ctx context.Context, id int, jobs <-chan int, wg *sync.WaitGroup, processed *[4]int) {
	defer wg.Done()
	for {
		select {
		case <-ctx.Done():
			return
		case j := <-jobs:
			processed[id] += j
		}
	}
}

func main() {
	ctx, cancel := context.WithCancel(context.Background())
	jobs := make(chan int)
	var processed [4]int
	var wg sync.WaitGroup
	for id := 0; id < 4; id++ {
		wg.Add(1)
		go worker(ctx, id, jobs, &wg, &processed)
	}
	for j := 1; j <= 20; j++ {
		jobs <- j
	}
	fmt.Println("before cancel:", ctx.Err())
	cancel()
	wg.Wait()
	cancel()

	total := 0
	for _, p := range processed {
		total += p
	}
	fmt.Println("after cancel:", ctx.Err())
	fmt.Println("total processed:", total)
}
