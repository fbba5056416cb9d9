// Concepts: nil channels in select, disable a closed input by setting it to nil, v, ok receive
package main

import "fmt"

func producer(prefix int, n int) <-chan int {
	c := make(chan int)
	go func() {
		defer close(c)
		for i := 1; i <= n; i++ {
			c <- prefix + i
		}
	}()
	return c
}

func main() {
	a := producer(100, 3)
	b := producer(200, 5)
	sumA, sumB, count := 0, 0, 0
	for a != nil || b != nil {
		select {
		case v, ok := <-a:
			if !ok {
				fmt.Println("a closed")
				a = nil
				continue
			}
			sumA += v
			count++
		case v, ok := <-b:
			if !ok {
				fmt.Println("b closed")
				b = nil
				continue
			}
			sumB += v
			count++
		}
	}
	fmt.Println("count", count, "sumA", sumA, "sumB", sumB)
}
