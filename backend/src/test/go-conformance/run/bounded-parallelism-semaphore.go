// Concepts: semaphore via buffered channel, bounded parallelism, atomic max tracking, WaitGroup
package main

import (
	"fmt"
	"sync"
	"sync/atomic"
	"time"
)

func main() {
	const limit = 3
	sem := make(chan struct{}, limit)
	var running, peak int32
	var wg sync.WaitGroup
	squares := make([]int, 12)

	for i := range squares {
		wg.Add(1)
		go func(i int) {
			defer wg.Done()
			sem <- struct{}{}        // acquire
			defer func() { <-sem }() // release

			n := atomic.AddInt32(&running, 1)
			for {
				p := atomic.LoadInt32(&peak)
				if n <= p || atomic.CompareAndSwapInt32(&peak, p, n) {
					break
				}
			}
			time.Sleep(2 * time.Millisecond)
			squares[i] = i * i
			atomic.AddInt32(&running, -1)
		}(i)
	}
	wg.Wait()

	fmt.Println(squares)
	fmt.Println("peak within limit:", peak >= 1 && peak <= limit)
	fmt.Println("running at end:", running, "semaphore len:", len(sem), "cap:", cap(sem))
}
