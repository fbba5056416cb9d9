package main

import (
	"sync"
)

func main() {
	var mu sync.Mutex
	mu.Lock()
	mu.Unlock()
	var wg sync.WaitGroup
	wg.Add()
	wg.Wait(1)
}
