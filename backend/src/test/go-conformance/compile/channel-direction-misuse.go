// Concepts: send on receive-only channel, receive from send-only channel, close of receive-only channel, range over send-only
package main

func producer(out chan<- int) {
	v := <-out
	_ = v
}

func consumer(in <-chan int) {
	in <- 1
	close(in)
}

func drain(out chan<- int) {
	for range out {
	}
}

func main() {
	ch := make(chan int)
	go producer(ch)
	consumer(ch)
	drain(ch)
}
