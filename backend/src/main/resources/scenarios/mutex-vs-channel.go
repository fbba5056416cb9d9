package main

import (
	"fmt"
	"math/rand"
	"sync"
	"time"
)

const clients = {{clients}}
const deposits = {{deposits}} // deposits per client; client c always pays in 10*c
const style = {{style}}       // "mutex" or "channel"

// runClients starts the clients, each making its deposits through deposit, and waits for them all.
func runClients(deposit func(amount int)) {
	var wg sync.WaitGroup
	for c := 1; c <= clients; c++ {
		wg.Add(1)
		go func(c int) {
			defer wg.Done()
			for i := 0; i < deposits; i++ {
				time.Sleep(time.Duration(rand.Intn(1000)) * time.Microsecond) // a client's own pace
				deposit(10 * c)
			}
		}(c)
	}
	wg.Wait()
}

// withMutex: the balance is shared; every client updates it while holding mu.
func withMutex() int {
	var mu sync.Mutex
	balance := 0
	runClients(func(amount int) {
		mu.Lock()
		defer mu.Unlock()
		balance += amount
	})
	return balance
}

// withChannel: one teller goroutine owns the balance; clients send it their deposits.
func withChannel() int {
	payments := make(chan int)
	final := make(chan int)
	go func() { // the teller
		balance := 0 // only the teller ever touches balance
		for amount := range payments {
			balance += amount // no lock: nobody else can see it
		}
		final <- balance
	}()
	runClients(func(amount int) {
		payments <- amount
	})
	close(payments)
	return <-final
}

func main() {
	var total int
	if style == "mutex" {
		total = withMutex()
	} else {
		total = withChannel()
	}
	fmt.Println("= final balance:", total)
	fmt.Println("= sum of all deposits:", 10*deposits*clients*(clients+1)/2)
}
