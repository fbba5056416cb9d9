// Concepts: deadlock, send on an unbuffered channel with no receiver, chan send wait reason, buffered channel would work
package main

import "fmt"

func greet(ch chan string, name string) {
	ch <- "hello, " + name
}

func main() {
	buffered := make(chan string, 1)
	greet(buffered, "buffer")
	fmt.Println(<-buffered)

	ch := make(chan string)
	go greet(ch, "goroutine")
	fmt.Println(<-ch)

	fmt.Println("sending on an unbuffered channel from main itself...")
	greet(ch, "main") // nobody is receiving, and the receive below is never reached
	fmt.Println(<-ch)
}
