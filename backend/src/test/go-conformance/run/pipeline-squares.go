// Concepts: pipeline, generator goroutine, close by sender, range over channel, unbuffered channels
package main

import "fmt"

// gen sends each number on the returned channel and closes it when done.
func gen(nums ...int) <-chan int {
	out := make(chan int)
	go func() {
		for _, n := range nums {
			out <- n
		}
		close(out)
	}()
	return out
}

// sq receives integers, squares them and sends them on; one goroutine keeps the order.
func sq(in <-chan int) <-chan int {
	out := make(chan int)
	go func() {
		for n := range in {
			out <- n * n
		}
		close(out)
	}()
	return out
}

func main() {
	// Set up the pipeline and consume the output.
	for n := range sq(sq(gen(1, 2, 3, 4))) {
		fmt.Println(n)
	}

	total := 0
	for n := range sq(gen(1, 2, 3, 4, 5, 6, 7, 8, 9, 10)) {
		total += n
	}
	fmt.Println("sum of squares 1..10:", total)
}
