// Concepts: interface implemented only by the pointer type, value does not implement it, method has pointer receiver
package main

import "fmt"

type Counter interface{ Inc() }

type clicks struct{ n int }

func (c *clicks) Inc() { c.n++ }

func main() {
	var c Counter = clicks{}
	var s fmt.Stringer = &clicks{}
	c.Inc()
	_ = s
}
