// Concepts: runtime.Goexit in a goroutine runs its deferred calls, recover returns nil during Goexit
package main

import (
	"fmt"
	"runtime"
	"sync"
)

func main() {
	var wg sync.WaitGroup
	wg.Add(1)
	go func() {
		defer wg.Done()
		defer fmt.Println("deferred: recover() =", recover())
		defer func() {
			fmt.Println("deferred: recover() inside Goexit =", recover())
		}()
		fmt.Println("before Goexit")
		runtime.Goexit()
		fmt.Println("never printed")
	}()
	wg.Wait()
	fmt.Println("main continues")
}
