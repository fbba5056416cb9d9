// Concepts: runtime.Goexit in main runs main's defers, other goroutines finish, then fatal error no goroutines
package main

import (
	"fmt"
	"runtime"
	"sync"
)

func main() {
	var wg sync.WaitGroup
	for i := 1; i <= 2; i++ {
		wg.Add(1)
		go func(id int) {
			defer wg.Done()
			_ = id * id
		}(i)
	}
	wg.Wait()
	fmt.Println("workers finished")
	defer fmt.Println("main's defer runs at Goexit")
	runtime.Goexit()
	fmt.Println("never printed")
}
