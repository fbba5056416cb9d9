// Concepts: os.Exit(0) ends the program successfully even with goroutines blocked and defers pending
package main

import (
	"fmt"
	"os"
)

func main() {
	defer fmt.Println("not printed")
	ch := make(chan int)
	go func() { ch <- 1 }()
	fmt.Println("received", <-ch)

	stuck := make(chan int)
	for i := 0; i < 3; i++ {
		go func() { <-stuck }() // never released
	}
	if len(os.Args) > 0 {
		fmt.Println("done early")
		os.Exit(0)
	}
	fmt.Println("not printed either")
}
