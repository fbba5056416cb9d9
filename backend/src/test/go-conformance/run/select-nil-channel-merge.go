// Concepts: nil channels in select, disable a closed input by setting it to nil, v, ok receive, loop until both inputs are done
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
	sumA, sumB, countA, countB, closes := 0, 0, 0, 0, 0
	for a != nil || b != nil {
		select {
		case v, ok := <-a:
			if !ok {
				a = nil // a receive from a nil channel never proceeds: this case is off
				closes++
				continue
			}
			sumA += v
			countA++
		case v, ok := <-b:
			if !ok {
				b = nil
				closes++
				continue
			}
			sumB += v
			countB++
		}
	}
	// Which input closed first depends on scheduling; what each one delivered does not.
	fmt.Println("a delivered", countA, "values, sum", sumA)
	fmt.Println("b delivered", countB, "values, sum", sumB)
	fmt.Println("closes seen:", closes, "a and b are nil:", a == nil, b == nil)
	var never chan int
	select {
	case v := <-never:
		fmt.Println("impossible", v)
	default:
		fmt.Println("a nil channel is never ready")
	}
}
