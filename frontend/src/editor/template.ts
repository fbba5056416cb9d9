/** The program "New program" starts from: small, and already showing goroutines, a channel and output. */
export const NEW_PROGRAM = `package main

import (
	"fmt"
	"sync"
)

func main() {
	results := make(chan int)
	var wg sync.WaitGroup
	for i := 1; i <= 3; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			results <- i * i
		}()
	}
	go func() {
		wg.Wait()
		close(results)
	}()
	for r := range results {
		fmt.Println("got", r)
	}
}
`;
