// Concepts: unlocking an unlocked sync.Mutex is a fatal error, not a recoverable panic, deferred unlock plus explicit unlock
package main

import (
	"fmt"
	"sync"
)

type account struct {
	mu      sync.Mutex
	balance int
}

func (a *account) withdraw(n int) {
	a.mu.Lock()
	defer a.mu.Unlock()
	if n > a.balance {
		a.mu.Unlock() // bug: the deferred Unlock will unlock again
		return
	}
	a.balance -= n
}

func main() {
	defer func() {
		fmt.Println("recover cannot help:", recover())
	}()
	a := &account{balance: 10}
	a.withdraw(4)
	fmt.Println("balance", a.balance)
	a.withdraw(100)
}
