// Concepts: select with timeout, time.After, a reply that never comes, a reply already buffered
package main

import (
	"fmt"
	"time"
)

// ask returns a channel that will carry the answer, if the server ever answers.
func ask(answers bool) <-chan string {
	c := make(chan string, 1)
	if answers {
		c <- "42"
	}
	return c
}

func main() {
	for _, answers := range []bool{true, false, true} {
		select {
		case v := <-ask(answers):
			fmt.Println("answer:", v)
		case <-time.After(50 * time.Millisecond):
			fmt.Println("timed out after", 50*time.Millisecond)
		}
	}
}
