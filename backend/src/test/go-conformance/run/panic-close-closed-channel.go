// Concepts: panic close of closed channel, closing twice from two code paths, sync.Once would prevent it
package main

import (
	"fmt"
	"sync"
)

type stopper struct {
	quit chan struct{}
	once sync.Once
}

func (s *stopper) safeStop(who string) {
	s.once.Do(func() {
		fmt.Println(who, "closes quit (once)")
		close(s.quit)
	})
}

func (s *stopper) stop(who string) {
	fmt.Println(who, "closes quit")
	close(s.quit)
}

func main() {
	a := &stopper{quit: make(chan struct{})}
	a.safeStop("signal handler")
	a.safeStop("main")
	b := &stopper{quit: make(chan struct{})}
	b.stop("signal handler")
	b.stop("main")
}
