package main

import (
	"fmt"
	"time"
)

const messages = {{messages}}
const receiverDelay = {{receiverDelay}}

func main() {
	ch := make(chan int)
	go func() {
		for i := 0; i < messages; i++ {
			ch <- i
		}
		close(ch)
	}()
	count, sum := 0, 0
	for v := range ch {
		fmt.Println("received", v)
		time.Sleep(receiverDelay)
		count++
		sum += v
	}
	fmt.Printf("= received %d values, sum %d\n", count, sum)
}
