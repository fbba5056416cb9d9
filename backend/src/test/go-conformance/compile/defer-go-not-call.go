// Concepts: expression in defer and go must be a function call, deferring a builtin that is not allowed
package main

import "fmt"

func work() int { return 1 }

func main() {
	defer fmt.Println
	go work
	defer len("x")
	defer recover()
	fmt.Println("ok")
}
