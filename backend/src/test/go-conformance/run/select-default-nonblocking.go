// Concepts: select with default, non-blocking send and receive, buffered channel filling up
package main

import "fmt"

func main() {
	messages := make(chan string)
	signals := make(chan bool)

	select {
	case msg := <-messages:
		fmt.Println("received message", msg)
	default:
		fmt.Println("no message received")
	}

	msg := "hi"
	select {
	case messages <- msg:
		fmt.Println("sent message", msg)
	default:
		fmt.Println("no message sent")
	}

	select {
	case msg := <-messages:
		fmt.Println("received message", msg)
	case sig := <-signals:
		fmt.Println("received signal", sig)
	default:
		fmt.Println("no activity")
	}

	queue := make(chan int, 3)
	for i := 1; i <= 5; i++ {
		select {
		case queue <- i:
			fmt.Println("queued", i, "len", len(queue))
		default:
			fmt.Println("dropped", i, "queue full")
		}
	}
	for {
		select {
		case v := <-queue:
			fmt.Println("drained", v)
		default:
			fmt.Println("empty")
			return
		}
	}
}
