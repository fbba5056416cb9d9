package main

import (
	"sync"
)

func main() {
	m := sync.Mutex{}
	m.Lock()
	sync.Mutex{}.Lock()
}
