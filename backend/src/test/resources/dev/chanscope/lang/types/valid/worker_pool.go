package main

import (
	"fmt"
	"sync"
	"time"
)

type Job struct {
	ID    int
	Input int
}

type Result struct {
	Job
	Output int
}

func worker(id int, jobs <-chan Job, results chan<- Result, wg *sync.WaitGroup) {
	defer wg.Done()
	for j := range jobs {
		time.Sleep(time.Duration(j.Input) * time.Millisecond)
		results <- Result{Job: j, Output: j.Input * j.Input}
	}
	_ = id
}

func main() {
	jobs := make(chan Job, 10)
	results := make(chan Result, 10)
	var wg sync.WaitGroup
	for w := 1; w <= 3; w++ {
		wg.Add(1)
		go worker(w, jobs, results, &wg)
	}
	for i := 0; i < 5; i++ {
		jobs <- Job{ID: i, Input: i + 1}
	}
	close(jobs)
	go func() {
		wg.Wait()
		close(results)
	}()
	sum := 0
	for r := range results {
		sum += r.Output
		fmt.Printf("job %d -> %d (%v)\n", r.ID, r.Output, r.Job)
	}
	fmt.Println("sum:", sum)
}
