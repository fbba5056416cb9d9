// Concepts: os.Exit from a goroutine ends the program while main is blocked, exit code from the goroutine
package main

import (
	"fmt"
	"os"
)

func watchdog(heartbeats <-chan int, limit int) {
	missed := 0
	for beat := range heartbeats {
		if beat < 0 {
			missed++
		}
		if missed == limit {
			fmt.Println("watchdog: giving up after", missed, "missed heartbeats")
			os.Exit(7)
		}
	}
}

func main() {
	heartbeats := make(chan int)
	go watchdog(heartbeats, 2)
	for _, b := range []int{1, -1, 2, -1, 3} {
		heartbeats <- b
	}
	select {}
}
