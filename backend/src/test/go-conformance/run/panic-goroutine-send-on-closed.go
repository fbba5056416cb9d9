// Concepts: a worker goroutine sends on a results channel main already closed, panic in a non-main goroutine
package main

import "fmt"

func worker(jobs <-chan int, results chan<- int) {
	for j := range jobs {
		results <- j * j
	}
}

func main() {
	jobs := make(chan int)
	results := make(chan int)
	go worker(jobs, results)

	jobs <- 3
	fmt.Println("first result:", <-results)
	close(results) // wrong: only the sender should close
	fmt.Println("results closed by the receiver")
	jobs <- 4
	select {} // the worker's panic ends the program
}
