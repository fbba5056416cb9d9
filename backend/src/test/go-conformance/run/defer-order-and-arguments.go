// Concepts: defer runs last-in first-out, arguments are evaluated when the defer statement runs, defer in a loop
package main

import "fmt"

func trace(msg string) string {
	fmt.Println("enter", msg)
	return msg
}

func un(msg string) {
	fmt.Println("leave", msg)
}

func a() {
	defer un(trace("a"))
	fmt.Println("in a")
}

func b() {
	defer un(trace("b"))
	fmt.Println("in b")
	a()
}

func main() {
	b()
	for i := 0; i < 4; i++ {
		defer fmt.Print(i, " ")
	}
	x := 10
	defer fmt.Println("deferred x =", x)
	defer func() { fmt.Println("closure sees x =", x) }()
	x = 20
	fmt.Println("main ends with x =", x)
}
