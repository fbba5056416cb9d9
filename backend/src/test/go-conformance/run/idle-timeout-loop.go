// Concepts: for-select loop, idle timeout reset on every message, time.After inside a loop, producer that stops talking
package main

import (
	"fmt"
	"time"
)

// chatty sends its messages and then goes silent forever; sent is closed once they are all queued.
func chatty(messages chan<- string, sent chan<- struct{}) {
	for _, m := range []string{"hello", "how are you", "bye"} {
		messages <- m
	}
	close(sent)
	select {}
}

func main() {
	messages := make(chan string, 3)
	sent := make(chan struct{})
	go chatty(messages, sent)
	<-sent // every message is waiting in the buffer: the timeout can only win once they are read

	received := 0
	for {
		select {
		case m := <-messages:
			received++
			fmt.Printf("%d: %q\n", received, m)
		case <-time.After(50 * time.Millisecond):
			fmt.Println("idle timeout after", received, "messages")
			return
		}
	}
}
