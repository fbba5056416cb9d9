// Concepts: unbuffered channel hand-off, strict alternation between two goroutines, pointer passed through channels
package main

import "fmt"

type ball struct{ hits int }

// player receives the ball on in, hits it and passes it on out; the one who sees max hits stops.
func player(name string, in <-chan *ball, out chan<- *ball, done chan<- string, max int) {
	for b := range in {
		if b.hits == max {
			done <- name
			return
		}
		b.hits++
		fmt.Println(name, b.hits)
		out <- b
	}
}

func main() {
	toPing := make(chan *ball)
	toPong := make(chan *ball)
	done := make(chan string)
	go player("ping", toPing, toPong, done, 7)
	go player("pong", toPong, toPing, done, 7)

	toPing <- new(ball)
	fmt.Println("stopped by:", <-done)
}
