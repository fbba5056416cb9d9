// Concepts: deadlock ranging over a channel the producer never closes, results printed before the deadlock
package main

import "fmt"

func produce(ch chan<- int, n int) {
	for i := 1; i <= n; i++ {
		ch <- i * i
	}
	// missing close(ch): the consumer's range never ends
}

func main() {
	ch := make(chan int)
	go produce(ch, 3)
	sum := 0
	for v := range ch {
		sum += v
		fmt.Println("received", v, "sum", sum)
	}
	fmt.Println("never reached", sum)
}
