// Concepts: sync/atomic AddInt64, LoadInt64, CompareAndSwap, atomic.Int64 and atomic.Bool types (Go 1.19), Swap
package main

import (
	"fmt"
	"sync"
	"sync/atomic"
)

func main() {
	var ops int64
	var typed atomic.Int64
	var flag atomic.Bool
	var wg sync.WaitGroup
	for i := 0; i < 50; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for c := 0; c < 1000; c++ {
				atomic.AddInt64(&ops, 1)
				typed.Add(2)
			}
			flag.Store(true)
		}()
	}
	wg.Wait()
	fmt.Println("ops:", atomic.LoadInt64(&ops), "typed:", typed.Load(), "flag:", flag.Load())

	var u uint32 = 10
	fmt.Println(atomic.CompareAndSwapUint32(&u, 10, 20), u)
	fmt.Println(atomic.CompareAndSwapUint32(&u, 10, 30), u)
	fmt.Println("old:", atomic.SwapUint32(&u, 7), "new:", u)
	atomic.AddUint32(&u, ^uint32(0)) // subtract one
	fmt.Println("after decrement:", u)

	var winners int32
	var claimed int32
	for i := 0; i < 10; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			if atomic.CompareAndSwapInt32(&claimed, 0, 1) {
				atomic.AddInt32(&winners, 1)
			}
		}()
	}
	wg.Wait()
	fmt.Println("winners:", winners)
}
