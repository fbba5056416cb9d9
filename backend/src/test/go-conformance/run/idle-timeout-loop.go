// Concepts: for-select loop, timeout reset on every message, time.After inside a loop, producer that stops talking
package main

import (
	"fmt"
	"time"
)

func main() {
	messages := make(chan string)
	go func() {
		for _, m := range []string{"hello", "how are you", "bye"} {
			messages <- m
		}
		// Then silence: this goroutine stays blocked forever.
		select {}
	}()

	received := 0
	for {
		select {
		case m := <-messages:
			received++
			fmt.Printf("%d: %q\n", received, m)
		case <-time.After(100 * time.Millisecond):
			fmt.Println("idle timeout after", received, "messages")
			return
		}
	}
}
