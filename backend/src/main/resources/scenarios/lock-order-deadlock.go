package main

import (
	"fmt"
	"sync"
	"time"
)

const pairs = {{pairs}}
const hold = {{hold}}

type Account struct {
	id      int
	mu      sync.Mutex
	balance int
}

func transfer(from, to *Account, amount int, wg *sync.WaitGroup) {
	defer wg.Done()
{{^fix}}
	from.mu.Lock()
	defer from.mu.Unlock()
	time.Sleep(hold) // read the balance, check limits...
	to.mu.Lock()
	defer to.mu.Unlock()
{{/fix}}
{{#fix}}
	first, second := from, to
	if second.id < first.id {
		first, second = second, first // always lock the lower id first
	}
	first.mu.Lock()
	defer first.mu.Unlock()
	time.Sleep(hold) // read the balance, check limits...
	second.mu.Lock()
	defer second.mu.Unlock()
{{/fix}}
	from.balance -= amount
	to.balance += amount
}

func main() {
	a := &Account{id: 1, balance: 100}
	b := &Account{id: 2, balance: 100}
	var wg sync.WaitGroup
	for i := 0; i < pairs; i++ {
		wg.Add(2)
		go transfer(a, b, 10, &wg)
		go transfer(b, a, 20, &wg)
	}
	wg.Wait()
	fmt.Printf("= a %d, b %d, total %d\n", a.balance, b.balance, a.balance+b.balance)
}
