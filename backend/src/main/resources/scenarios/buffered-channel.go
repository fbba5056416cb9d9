package main

import (
	"fmt"
	"time"
)

const items = {{items}}
const bufferSize = {{bufferSize}}
const produceTime = {{produceTime}} // time to make one item
const consumeTime = {{consumeTime}} // time to use one item

func main() {
	ch := make(chan int, bufferSize)
	go func() { // producer
		for i := 1; i <= items; i++ {
			time.Sleep(produceTime) // make item i
			ch <- i                 // blocks only while the buffer is full
			fmt.Println("produced", i, "buffered", len(ch))
		}
		close(ch)
	}()

	count, sum, inOrder := 0, 0, true
	for v := range ch { // blocks only while the buffer is empty
		fmt.Println("consumed", v)
		time.Sleep(consumeTime) // use item v
		count++
		sum += v
		inOrder = inOrder && v == count
	}
	fmt.Printf("= consumed %d items, sum %d\n", count, sum)
	fmt.Println("= in the order produced:", inOrder)
}
