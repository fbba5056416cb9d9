package main

import (
	"fmt"
	"math/rand"
	"runtime"
	"time"
)

const replicas = {{replicas}}
const latency = {{latency}}

// query asks one replica; each answers after a different, random delay.
func query(replica int) string {
	time.Sleep(latency/2 + time.Duration(rand.Int63n(int64(latency))))
	return fmt.Sprintf("answer from replica %d", replica)
}

// first asks every replica at once and returns the first answer.
func first() string {
{{^fix}}
	results := make(chan string)
{{/fix}}
{{#fix}}
	results := make(chan string, replicas)
{{/fix}}
	for r := 0; r < replicas; r++ {
		go func(r int) {
			results <- query(r)
		}(r)
	}
	return <-results
}

func main() {
	fmt.Println(first())
	time.Sleep(3 * latency) // the slower replicas answer meanwhile
	fmt.Printf("= goroutines still running: %d\n", runtime.NumGoroutine())
}
