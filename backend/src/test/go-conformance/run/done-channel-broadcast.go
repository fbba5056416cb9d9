// Concepts: closing a done channel wakes every receiver, chan struct{}, WaitGroup, goroutines report through a results slice
package main

import (
	"fmt"
	"sync"
)

func main() {
	done := make(chan struct{})
	started := make(chan int)
	var wg sync.WaitGroup
	woke := make([]bool, 6)
	for i := 0; i < 6; i++ {
		wg.Add(1)
		go func(i int) {
			defer wg.Done()
			started <- i
			<-done
			woke[i] = true
		}(i)
	}
	for i := 0; i < 6; i++ {
		<-started
	}
	fmt.Println("everyone is waiting; closing done")
	close(done)
	wg.Wait()
	fmt.Println(woke)

	// Receiving from a closed channel never blocks, again and again.
	for i := 0; i < 3; i++ {
		<-done
	}
	fmt.Println("done is still closed")
}
