// Concepts: deadlock from passing a sync.WaitGroup by value, Done on a copy never reaches main's counter
package main

import (
	"fmt"
	"sync"
)

// worker receives a copy of the WaitGroup: its Done lowers the copy's counter, not main's.
func worker(id int, results chan<- int, wg sync.WaitGroup) {
	defer wg.Done()
	results <- id * 10
}

func main() {
	var wg sync.WaitGroup
	results := make(chan int, 3)
	for i := 1; i <= 3; i++ {
		wg.Add(1)
		go worker(i, results, wg)
	}
	sum := 0
	for i := 0; i < 3; i++ {
		sum += <-results
	}
	fmt.Println("all results arrived, sum", sum)
	wg.Wait() // the counter is still 3
	fmt.Println("never printed")
}
