// Concepts: channel of channels, request with its own reply channel, server goroutine, sequential clients
package main

import (
	"fmt"
	"strings"
)

type request struct {
	text  string
	reply chan string
}

func server(requests <-chan request) {
	for req := range requests {
		req.reply <- strings.ToUpper(req.text)
	}
}

func main() {
	requests := make(chan request)
	go server(requests)

	for _, word := range []string{"alpha", "beta", "gamma"} {
		r := request{text: word, reply: make(chan string)}
		requests <- r
		fmt.Println(word, "->", <-r.reply)
	}
	close(requests)

	// A channel of channels used as a queue of futures keeps the order of the requests.
	futures := make(chan chan int, 5)
	for i := 1; i <= 5; i++ {
		f := make(chan int, 1)
		futures <- f
		go func(i int, f chan<- int) { f <- i * 10 }(i, f)
	}
	close(futures)
	for f := range futures {
		fmt.Print(<-f, " ")
	}
	fmt.Println()
}
