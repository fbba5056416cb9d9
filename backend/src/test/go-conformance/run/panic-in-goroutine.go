// Concepts: an unrecovered panic in a goroutine kills the whole program, recover in main cannot catch it
package main

import "fmt"

func addJob(queues map[string][]int, job int) {
	queues["jobs"] = append(queues["jobs"], job) // queues is nil
}

func main() {
	defer func() {
		fmt.Println("main's recover sees:", recover())
	}()
	started := make(chan bool)
	block := make(chan bool)
	go func() {
		started <- true
		var queues map[string][]int
		addJob(queues, 1)
	}()
	<-started
	<-block
}
