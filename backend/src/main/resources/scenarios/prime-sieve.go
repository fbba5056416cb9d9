package main

import (
	"fmt"
	"runtime"
	"time"
)

const n = {{primes}} // how many primes to print

// generate sends 2, 3, 4, … on ch until done is closed.
func generate(done <-chan struct{}, ch chan<- int) {
	defer close(ch)
	for i := 2; ; i++ {
		select {
		case ch <- i:
		case <-done: // stop generating
			return
		}
	}
}

// filter passes on the numbers from in that prime does not divide.
func filter(done <-chan struct{}, in <-chan int, out chan<- int, prime int) {
	defer close(out)
	for i := range in {
		if i%prime != 0 {
			select {
			case out <- i:
			case <-done: // stop filtering
				return
			}
		}
	}
}

// goroutinesLeft counts the running goroutines, main included, after giving those that have finished
// their work a moment to return (as leak checkers such as goleak do).
func goroutinesLeft() int {
	for i := 0; i < 100 && runtime.NumGoroutine() > 1; i++ {
		time.Sleep(time.Millisecond)
	}
	return runtime.NumGoroutine()
}

func main() {
	done := make(chan struct{})
	ch := make(chan int)
	go generate(done, ch)
	var primes []int
	for i := 0; i < n; i++ {
		prime := <-ch // the first number through every filter so far is prime
		fmt.Println("prime", prime)
		primes = append(primes, prime)
		out := make(chan int)
		go filter(done, ch, out, prime) // a new link at the end of the chain
		ch = out
	}
	close(done) // stop the generator and every filter
	fmt.Println("= primes:", primes)
	fmt.Println("= goroutines left:", goroutinesLeft())
}
