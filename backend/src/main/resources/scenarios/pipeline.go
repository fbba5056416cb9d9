package main

import (
	"fmt"
	"time"
)

const records = {{records}}
const bufferSize = {{bufferSize}}       // capacity of the channels between stages
const readTime = {{readTime}}           // the read stage's time per record
const transformTime = {{transformTime}} // the transform stage's time per record
const writeTime = {{writeTime}}         // the write stage's time per record

// read is the first stage: it produces the records 1, 2, 3, … in order.
func read(out chan<- int) {
	for i := 1; i <= records; i++ {
		time.Sleep(readTime) // read record i
		out <- i
	}
	close(out) // no more records
}

// transform is the middle stage: it squares each record it receives.
func transform(in <-chan int, out chan<- int) {
	for v := range in {
		time.Sleep(transformTime) // transform v
		out <- v * v
	}
	close(out) // no more squares
}

func main() {
	raw := make(chan int, bufferSize)
	squares := make(chan int, bufferSize)
	go read(raw)
	go transform(raw, squares)

	// The write stage runs in main.
	written, inOrder := 0, true
	for sq := range squares {
		time.Sleep(writeTime) // write sq
		written++
		fmt.Println("wrote", sq)
		inOrder = inOrder && sq == written*written
	}
	fmt.Println("= records written:", written)
	fmt.Println("= output order equals input order:", inOrder)
}
