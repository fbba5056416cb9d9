// Concepts: each request gets its own timeout via select and time.After, servers that answer at once or never, results in request order
package main

import (
	"fmt"
	"time"
)

func call(id int) <-chan string {
	reply := make(chan string, 1)
	if id%3 != 0 { // every third server hangs
		reply <- fmt.Sprintf("reply %d", id)
	}
	return reply
}

func main() {
	results := make([]chan string, 6)
	for id := range results {
		results[id] = make(chan string, 1)
		go func(id int, out chan<- string) {
			select {
			case r := <-call(id):
				out <- r
			case <-time.After(30 * time.Millisecond):
				out <- fmt.Sprintf("request %d timed out", id)
			}
		}(id, results[id])
	}
	for _, c := range results {
		fmt.Println(<-c)
	}
}
