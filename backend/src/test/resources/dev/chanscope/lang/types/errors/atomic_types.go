package main

import (
	"sync/atomic"
)

func main() {
	var n atomic.Int64
	n.Add(1)
	n.Add("x")
	var x int32
	atomic.AddInt32(x, 1)
	atomic.AddInt64(&x, 1)
}
