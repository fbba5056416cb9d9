// Concepts: sync.Mutex TryLock (Go 1.18), RWMutex TryRLock and TryLock, lock states
package main

import (
	"fmt"
	"sync"
)

func main() {
	var mu sync.Mutex
	fmt.Println("trylock free:", mu.TryLock())
	fmt.Println("trylock held:", mu.TryLock())
	mu.Unlock()
	fmt.Println("trylock after unlock:", mu.TryLock())
	mu.Unlock()

	var rw sync.RWMutex
	rw.RLock()
	fmt.Println("second reader:", rw.TryRLock())
	fmt.Println("writer while read-locked:", rw.TryLock())
	rw.RUnlock()
	rw.RUnlock()
	fmt.Println("writer when free:", rw.TryLock())
	fmt.Println("reader while write-locked:", rw.TryRLock())
	rw.Unlock()
}
