// Concepts: panic(nil) in Go 1.19, recover returns nil so the panic looks like none, then a formatted string panic
package main

import "fmt"

func tryNil() (recovered bool) {
	defer func() {
		r := recover()
		fmt.Println("recover() returned", r)
		recovered = true
	}()
	var err error // nil interface
	panic(err)
}

func main() {
	fmt.Println("recovered:", tryNil())
	code, reason := 7, "formatted"
	panic(fmt.Sprintf("%d %s", code, reason))
}
