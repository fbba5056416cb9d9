package main

import (
	"time"
)

func (d time.Duration) Foo() {}

func (x int) Bar() {}

type P *int

func (p P) M() {}

func main() {
}
