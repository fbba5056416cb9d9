// Concepts: deadlock waiting on a sync.Cond nobody signals, the condition changes without Signal or Broadcast
package main

import (
	"fmt"
	"sync"
)

type gate struct {
	mu    sync.Mutex
	cond  *sync.Cond
	ready bool
}

// open sets the condition but forgets g.cond.Broadcast(): the waiter is never woken to see it.
func (g *gate) open() {
	g.mu.Lock()
	fmt.Println("opening the gate without signalling")
	g.ready = true
	g.mu.Unlock()
}

func main() {
	g := &gate{}
	g.cond = sync.NewCond(&g.mu)
	g.mu.Lock()
	go g.open() // it can only take the lock once main waits, so main has checked ready already
	for !g.ready {
		g.cond.Wait()
	}
	g.mu.Unlock()
	fmt.Println("through the gate")
}
