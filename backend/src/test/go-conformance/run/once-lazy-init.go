// Concepts: sync.Once from many goroutines, the function runs exactly once, Do after Do is a no-op
package main

import (
	"fmt"
	"sync"
)

type config struct {
	name  string
	ports []int
}

var (
	once  sync.Once
	cfg   *config
	loads int
)

func load() *config {
	once.Do(func() {
		loads++
		cfg = &config{name: "prod", ports: []int{80, 443}}
	})
	return cfg
}

func main() {
	var wg sync.WaitGroup
	results := make([]*config, 20)
	for i := range results {
		wg.Add(1)
		go func(i int) {
			defer wg.Done()
			results[i] = load()
		}(i)
	}
	wg.Wait()

	same := true
	for _, r := range results {
		same = same && r == results[0]
	}
	fmt.Println("loads:", loads, "all the same pointer:", same)
	fmt.Printf("%+v\n", *load())

	var o sync.Once
	for i := 0; i < 3; i++ {
		o.Do(func() { fmt.Println("first call, i =", i) })
	}
}
