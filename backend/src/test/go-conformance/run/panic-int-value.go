// Concepts: panic with an int value, printed by the runtime without a type name, recover of an int in a helper
package main

import "fmt"

func checkedSqrt(n int) int {
	if n < 0 {
		panic(n)
	}
	r := 0
	for (r+1)*(r+1) <= n {
		r++
	}
	return r
}

func tryIt(n int) (r int) {
	defer func() {
		if v := recover(); v != nil {
			fmt.Printf("recovered %v of type %T\n", v, v)
			r = -1
		}
	}()
	return checkedSqrt(n)
}

func main() {
	fmt.Println(tryIt(17), tryIt(-4))
	fmt.Println("about to panic with 42")
	panic(42)
}
