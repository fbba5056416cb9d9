// Concepts: time.NewTicker, receive a fixed number of ticks, Stop, deferred stop
package main

import (
	"fmt"
	"time"
)

func main() {
	ticker := time.NewTicker(3 * time.Millisecond)
	defer ticker.Stop()

	ticks := 0
	for range ticker.C {
		ticks++
		fmt.Println("tick", ticks)
		if ticks == 5 {
			break
		}
	}
	fmt.Println("done after", ticks, "ticks")
}
