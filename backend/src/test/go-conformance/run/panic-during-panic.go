// Concepts: a deferred call panics while panicking (no recover), both panics are printed in order
package main

import "fmt"

type file struct {
	name   string
	closed bool
}

func (f *file) Close() {
	if f.closed {
		panic("close " + f.name + ": already closed")
	}
	f.closed = true
	fmt.Println("closed", f.name)
}

func main() {
	f := &file{name: "data.txt"}
	defer f.Close() // runs second: panics again
	defer f.Close() // runs first: fine
	defer fmt.Println("first deferred call")
	panic("write " + f.name + ": disk full")
}
