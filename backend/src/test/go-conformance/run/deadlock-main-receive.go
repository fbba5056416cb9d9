// Concepts: deadlock, main receives from a channel nobody sends on, fatal error all goroutines are asleep
package main

import "fmt"

func sum(n int, results chan int) {
	total := 0
	for i := 1; i <= n; i++ {
		total += i
	}
	fmt.Println("computed", total, "but forgot to send it")
	// results <- total
}

func main() {
	results := make(chan int)
	fmt.Println("starting the sum, then waiting for the result")
	go sum(10, results)
	total := <-results
	fmt.Println("total:", total)
}
