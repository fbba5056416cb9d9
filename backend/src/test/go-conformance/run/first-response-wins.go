// Concepts: query replicas concurrently, take the first reply, buffered channel sized to avoid leaking the losers, all replies agree
package main

import (
	"fmt"
	"runtime"
	"sync"
)

type replica func(query string) string

func first(query string, replicas ...replica) string {
	c := make(chan string, len(replicas)) // room for every reply: no goroutine blocks forever
	for _, r := range replicas {
		go func(r replica) { c <- r(query) }(r)
	}
	return <-c
}

func main() {
	var mu sync.Mutex
	calls := 0
	mk := func(name string) replica {
		return func(q string) string {
			mu.Lock()
			calls++
			mu.Unlock()
			return "result for " + q
		}
	}
	fmt.Println(first("golang", mk("r1"), mk("r2"), mk("r3")))
	fmt.Println(first("gophers", mk("r1"), mk("r2")))
	fmt.Println("goroutines now at least 1:", runtime.NumGoroutine() >= 1)
}
