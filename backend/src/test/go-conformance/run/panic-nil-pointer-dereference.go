// Concepts: nil pointer dereference panic with SIGSEGV line, method call on nil pointer receiver that works
package main

import "fmt"

type node struct {
	value int
	next  *node
}

// length works on a nil *node: methods with pointer receivers may be called on nil.
func (n *node) length() int {
	if n == nil {
		return 0
	}
	return 1 + n.next.length()
}

func main() {
	list := &node{1, &node{2, nil}}
	fmt.Println("length:", list.length())
	var empty *node
	fmt.Println("empty length:", empty.length())
	fmt.Println(empty.value)
}
