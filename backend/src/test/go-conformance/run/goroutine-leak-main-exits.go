// Concepts: goroutine leak, main returns while goroutines are blocked, runtime.NumGoroutine counts them
package main

import (
	"fmt"
	"runtime"
)

// search starts one goroutine per replica but takes only the first answer; the others leak.
func search(replicas int) string {
	results := make(chan string) // unbuffered: the losers block forever on send
	for i := 0; i < replicas; i++ {
		go func(i int) {
			results <- "result"
		}(i)
	}
	return <-results
}

func main() {
	fmt.Println("goroutines at start:", runtime.NumGoroutine())
	fmt.Println(search(4))

	block := make(chan int)
	for i := 0; i < 3; i++ {
		go func() { <-block }()
	}
	fmt.Println("started 3 more that wait forever")
	fmt.Println("main returns; leaked goroutines do not keep the program alive")
}
