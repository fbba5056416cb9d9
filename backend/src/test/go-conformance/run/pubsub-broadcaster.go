// Concepts: publish-subscribe broker goroutine, subscribe and unsubscribe through channels, fan-out to subscriber channels, ordered delivery per subscriber
package main

import (
	"fmt"
	"sync"
)

type broker struct {
	publish     chan string
	subscribe   chan chan string
	unsubscribe chan chan string
	stop        chan struct{}
}

func newBroker() *broker {
	return &broker{
		publish:     make(chan string),
		subscribe:   make(chan chan string),
		unsubscribe: make(chan chan string),
		stop:        make(chan struct{}),
	}
}

func (b *broker) run() {
	subs := map[chan string]bool{}
	for {
		select {
		case s := <-b.subscribe:
			subs[s] = true
		case s := <-b.unsubscribe:
			delete(subs, s)
			close(s)
		case msg := <-b.publish:
			for s := range subs {
				s <- msg // buffered, big enough for this demo
			}
		case <-b.stop:
			for s := range subs {
				close(s)
			}
			return
		}
	}
}

func main() {
	b := newBroker()
	go b.run()

	var wg sync.WaitGroup
	got := make([][]string, 3)
	subs := make([]chan string, 3)
	for i := range subs {
		subs[i] = make(chan string, 10)
		b.subscribe <- subs[i]
		wg.Add(1)
		go func(i int) {
			defer wg.Done()
			for msg := range subs[i] {
				got[i] = append(got[i], msg)
			}
		}(i)
	}
	b.publish <- "one"
	b.publish <- "two"
	b.unsubscribe <- subs[1]
	b.publish <- "three"
	close(b.stop)
	wg.Wait()
	for i, msgs := range got {
		fmt.Println("subscriber", i, msgs)
	}
}
