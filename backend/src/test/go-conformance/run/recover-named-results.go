// Concepts: recover in a deferred closure sets named results, converting a panic into an error, recover outside defer is nil
package main

import (
	"errors"
	"fmt"
)

func safeDivide(a, b int) (q int, err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("recovered: %v", r)
			q = -1
		}
	}()
	return a / b, nil
}

func parse(s string) (n int, err error) {
	defer func() {
		if r := recover(); r != nil {
			if e, ok := r.(error); ok {
				err = e
				return
			}
			panic(r)
		}
	}()
	if s == "" {
		panic(errors.New("empty input"))
	}
	for _, c := range s {
		n = n*10 + int(c-'0')
	}
	return n, nil
}

func deferredDouble() (result int) {
	defer func() { result *= 2 }()
	return 21
}

func main() {
	fmt.Println(safeDivide(7, 2))
	fmt.Println(safeDivide(7, 0))
	fmt.Println(parse("123"))
	fmt.Println(parse(""))
	fmt.Println(deferredDouble())
	fmt.Println("recover outside a deferred call:", recover())
}
