// Concepts: fan-out, fan-in, merge with WaitGroup, closer goroutine, sort results
package main

import (
	"fmt"
	"sort"
	"sync"
)

func gen(nums ...int) <-chan int {
	out := make(chan int, len(nums))
	for _, n := range nums {
		out <- n
	}
	close(out)
	return out
}

func sq(in <-chan int) <-chan int {
	out := make(chan int)
	go func() {
		for n := range in {
			out <- n * n
		}
		close(out)
	}()
	return out
}

// merge copies values from every input to one output until all inputs are closed.
func merge(cs ...<-chan int) <-chan int {
	var wg sync.WaitGroup
	out := make(chan int)
	output := func(c <-chan int) {
		for n := range c {
			out <- n
		}
		wg.Done()
	}
	wg.Add(len(cs))
	for _, c := range cs {
		go output(c)
	}
	go func() {
		wg.Wait()
		close(out)
	}()
	return out
}

func main() {
	in := gen(2, 3, 4, 5, 6, 7, 8, 9)

	// Distribute the work across three goroutines that all read from in.
	c1 := sq(in)
	c2 := sq(in)
	c3 := sq(in)

	var results []int
	for n := range merge(c1, c2, c3) {
		results = append(results, n)
	}
	sort.Ints(results)
	fmt.Println(len(results), "results:", results)
}
