package main

import (
	"sync"
	"time"
)

func main() {
	_ = time.Timer{nil, 1}
	_ = sync.Mutex{1, 2}
}
