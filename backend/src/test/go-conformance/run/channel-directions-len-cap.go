// Concepts: send-only and receive-only channel parameters, len and cap of channels, nil channel len, %T of channels
package main

import "fmt"

func fill(out chan<- int, n int) {
	for i := 0; i < n; i++ {
		out <- i
	}
	fmt.Println("filled: len", len(out), "cap", cap(out))
}

func drain(in <-chan int) (sum int) {
	for len(in) > 0 {
		sum += <-in
	}
	return sum
}

func main() {
	ch := make(chan int, 5)
	fill(ch, 4)
	fmt.Println("sum", drain(ch), "len now", len(ch))

	var nilCh chan int
	fmt.Println("nil channel: len", len(nilCh), "cap", cap(nilCh), "is nil", nilCh == nil)

	var send chan<- int = ch
	var recv <-chan int = ch
	fmt.Printf("%T | %T | %T | %T\n", ch, send, recv, make(chan []string))
	unbuffered := make(chan bool)
	fmt.Println("unbuffered cap", cap(unbuffered))
}
