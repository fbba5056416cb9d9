// Concepts: time.AfterFunc, callback on its own goroutine, Stop of a pending AfterFunc
package main

import (
	"fmt"
	"time"
)

func main() {
	done := make(chan string)
	time.AfterFunc(2*time.Millisecond, func() {
		done <- "callback ran"
	})
	fmt.Println(<-done)

	never := time.AfterFunc(time.Hour, func() {
		fmt.Println("this never prints")
	})
	fmt.Println("cancelled:", never.Stop())
}
