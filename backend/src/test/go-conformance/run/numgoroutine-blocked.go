// Concepts: runtime.NumGoroutine while goroutines are parked, GOMAXPROCS set then read back
package main

import (
	"fmt"
	"runtime"
	"sync"
)

func main() {
	fmt.Println("start:", runtime.NumGoroutine())
	release := make(chan struct{})
	var started, finished sync.WaitGroup
	for i := 0; i < 5; i++ {
		started.Add(1)
		finished.Add(1)
		go func() {
			defer finished.Done()
			started.Done()
			<-release
		}()
	}
	started.Wait()
	fmt.Println("parked:", runtime.NumGoroutine())
	close(release)
	finished.Wait()

	prev := runtime.GOMAXPROCS(3)
	fmt.Println("previous setting positive:", prev > 0)
	fmt.Println("now:", runtime.GOMAXPROCS(0))
}
