// Concepts: atomic.Value Load before Store is nil, Store and Load a struct, readers see whole values
package main

import (
	"fmt"
	"sync"
	"sync/atomic"
)

type settings struct {
	Level   string
	Retries int
}

func main() {
	var current atomic.Value
	fmt.Println("before store:", current.Load())
	current.Store(settings{Level: "info", Retries: 3})

	var wg sync.WaitGroup
	valid := int32(0)
	for i := 0; i < 10; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			s := current.Load().(settings)
			if (s.Level == "info" && s.Retries == 3) || (s.Level == "debug" && s.Retries == 5) {
				atomic.AddInt32(&valid, 1)
			}
		}()
	}
	current.Store(settings{Level: "debug", Retries: 5})
	wg.Wait()
	fmt.Println("consistent reads:", valid)
	fmt.Printf("%+v\n", current.Load())
	old := current.Swap(settings{Level: "warn"})
	fmt.Printf("%v %v\n", old, current.Load())
}
