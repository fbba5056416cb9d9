// Concepts: panic close of nil channel, a struct field channel never made, deferred calls run before the crash
package main

import "fmt"

type server struct {
	name string
	quit chan struct{}
}

func newServer(name string) *server {
	return &server{name: name} // forgot: quit: make(chan struct{})
}

func (s *server) stop() {
	fmt.Println("stopping", s.name, "- quit is nil:", s.quit == nil)
	close(s.quit)
}

func main() {
	s := newServer("api")
	defer fmt.Println("deferred print runs during panicking")
	s.stop()
	fmt.Println("never printed")
}
