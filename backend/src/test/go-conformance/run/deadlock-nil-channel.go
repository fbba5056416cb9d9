// Concepts: receive from a nil channel blocks forever, deadlock with chan receive (nil chan), zero-value struct
package main

import "fmt"

type service struct {
	name   string
	events chan string
}

func (s *service) start() {
	go func() {
		s.events <- s.name + " started" // also a nil channel: blocks forever
	}()
}

func main() {
	var s service // events was never made
	s.name = "indexer"
	s.start()
	fmt.Println("waiting for an event; events is nil:", s.events == nil)
	fmt.Println(<-s.events)
}
