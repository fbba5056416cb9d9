// Concepts: panic send on closed channel, output before the panic is kept, exit code 2, a buffered value survives close
package main

import "fmt"

func produce(out chan<- int, values ...int) {
	for _, v := range values {
		out <- v
	}
}

func main() {
	ch := make(chan int, 2)
	produce(ch, 1)
	close(ch)
	fmt.Println("closed with", len(ch), "buffered value")
	v, ok := <-ch
	fmt.Println("still receivable:", v, ok)
	produce(ch, 2, 3)
	fmt.Println("never printed")
}
