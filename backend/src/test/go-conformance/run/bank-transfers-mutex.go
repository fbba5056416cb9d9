// Concepts: lock ordering by id to avoid deadlock, concurrent transfers, invariant total preserved
package main

import (
	"fmt"
	"sync"
)

type account struct {
	id      int
	mu      sync.Mutex
	balance int
}

// transfer locks both accounts in id order, so two opposite transfers cannot deadlock.
func transfer(from, to *account, amount int) bool {
	first, second := from, to
	if to.id < from.id {
		first, second = to, from
	}
	first.mu.Lock()
	defer first.mu.Unlock()
	second.mu.Lock()
	defer second.mu.Unlock()
	if from.balance < amount {
		return false
	}
	from.balance -= amount
	to.balance += amount
	return true
}

func main() {
	accounts := make([]*account, 4)
	for i := range accounts {
		accounts[i] = &account{id: i, balance: 100}
	}
	var wg sync.WaitGroup
	for g := 0; g < 8; g++ {
		wg.Add(1)
		go func(g int) {
			defer wg.Done()
			for k := 0; k < 200; k++ {
				from := accounts[(g+k)%4]
				to := accounts[(g+2*k+1)%4]
				if from != to {
					transfer(from, to, k%7)
				}
			}
		}(g)
	}
	wg.Wait()
	total := 0
	for _, a := range accounts {
		total += a.balance
	}
	fmt.Println("total after transfers:", total)
}
