// Concepts: deadlock in a select whose cases can never proceed, workers blocked on a full results channel
package main

import "fmt"

func main() {
	results := make(chan int, 1)
	errs := make(chan error)
	for i := 0; i < 3; i++ {
		go func(i int) {
			results <- i * i
		}(i)
	}
	sum := 0
	for n := 0; n < 4; n++ {
		select {
		case r := <-results:
			sum += r
			fmt.Println("partial sum", n+1)
		case err := <-errs:
			fmt.Println("error", err)
		}
	}
	fmt.Println(sum)
}
