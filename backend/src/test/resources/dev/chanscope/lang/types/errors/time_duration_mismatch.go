package main

import (
	"time"
)

func main() {
	n := 2
	time.Sleep(n * time.Second)
	var d time.Duration = 1.5
	_ = d
}
