// Concepts: deadlock upgrading a read lock to a write lock on a sync.RWMutex
package main

import (
	"fmt"
	"sync"
)

func main() {
	var rw sync.RWMutex
	config := map[string]string{}
	rw.RLock()
	if _, ok := config["mode"]; !ok {
		fmt.Println("missing, upgrading to write lock")
		rw.Lock()
		config["mode"] = "fast"
		rw.Unlock()
	}
	rw.RUnlock()
}
