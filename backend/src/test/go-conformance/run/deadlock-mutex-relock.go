// Concepts: deadlock locking a sync.Mutex twice in one goroutine (Go mutexes are not reentrant)
package main

import (
	"fmt"
	"sync"
)

type store struct {
	mu   sync.Mutex
	data map[string]int
}

func (s *store) get(k string) int {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.data[k]
}

func (s *store) incr(k string) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.data[k] = s.get(k) + 1 // get locks again
}

func main() {
	s := &store{data: map[string]int{"a": 1}}
	fmt.Println("a =", s.get("a"))
	s.incr("a")
}
