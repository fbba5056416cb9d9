package main

import (
	"time"
)

func main() {
	d := time.Second
	_ = d * 1.5
	var n int = 2
	_ = d * n
	_ = time.Duration(n) * d
	_ = time.Now() + d
}
