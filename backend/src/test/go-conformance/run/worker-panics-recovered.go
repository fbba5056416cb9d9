// Concepts: each worker recovers its own panics and reports them as errors, panics do not cross goroutines, results sorted by job
package main

import (
	"fmt"
	"sort"
	"sync"
)

type outcome struct {
	job int
	res int
	err error
}

func process(job int) (res int, err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("job %d panicked: %v", job, r)
		}
	}()
	data := []int{10, 20, 30}
	return data[job] / (job - 1), nil
}

func main() {
	jobs := make(chan int)
	results := make(chan outcome)
	var wg sync.WaitGroup
	for w := 0; w < 3; w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for j := range jobs {
				r, err := process(j)
				results <- outcome{j, r, err}
			}
		}()
	}
	go func() {
		for j := 0; j < 5; j++ {
			jobs <- j
		}
		close(jobs)
	}()
	go func() {
		wg.Wait()
		close(results)
	}()

	var all []outcome
	for o := range results {
		all = append(all, o)
	}
	sort.Slice(all, func(i, k int) bool { return all[i].job < all[k].job })
	for _, o := range all {
		if o.err != nil {
			fmt.Println("error:", o.err)
		} else {
			fmt.Println("job", o.job, "=", o.res)
		}
	}
}
