// Concepts: panic with a bool, recovered; re-panic with a named float type printed in the runtime's float format
package main

import "fmt"

type celsius float64

func check(reading celsius) {
	if reading < -40 {
		panic(true)
	}
}

func main() {
	defer func() {
		r := recover()
		fmt.Printf("recovered %v (%T)\n", r, r)
		panic(celsius(-40.5))
	}()
	check(20)
	fmt.Println("20 degrees is fine")
	check(-40.5)
}
