// Concepts: worker pool, buffered jobs channel, results channel, close to stop workers, sum results
package main

import (
	"fmt"
	"time"
)

type result struct {
	job    int
	worker int
	value  int
}

func worker(id int, jobs <-chan int, results chan<- result) {
	for j := range jobs {
		time.Sleep(time.Millisecond) // pretend to work
		results <- result{job: j, worker: id, value: j * 2}
	}
}

func main() {
	const numJobs = 9
	jobs := make(chan int, numJobs)
	results := make(chan result, numJobs)

	for w := 1; w <= 3; w++ {
		go worker(w, jobs, results)
	}
	for j := 1; j <= numJobs; j++ {
		jobs <- j
	}
	close(jobs)

	byJob := make([]int, numJobs+1)
	workersSeen := 0
	for a := 1; a <= numJobs; a++ {
		r := <-results
		byJob[r.job] = r.value
		if r.worker >= 1 && r.worker <= 3 {
			workersSeen++
		}
	}
	for j := 1; j <= numJobs; j++ {
		fmt.Printf("job %d -> %d\n", j, byJob[j])
	}
	fmt.Println("results from valid workers:", workersSeen)
}
