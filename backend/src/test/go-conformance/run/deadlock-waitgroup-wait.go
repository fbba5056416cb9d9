// Concepts: deadlock in wg.Wait, Add counted more goroutines than were started
package main

import (
	"fmt"
	"sync"
)

func main() {
	var wg sync.WaitGroup
	wg.Add(3)
	for i := 0; i < 2; i++ {
		go func() {
			defer wg.Done()
		}()
	}
	fmt.Println("started 2 workers, waiting for 3")
	wg.Wait()
	fmt.Println("never reached")
}
