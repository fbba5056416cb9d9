// Concepts: an interface holding a typed nil pointer is not nil, the classic error return trap, comparing interfaces
package main

import "fmt"

type MyError struct{ msg string }

func (e *MyError) Error() string {
	if e == nil {
		return "<nil MyError>"
	}
	return e.msg
}

func mayFail(fail bool) error {
	var p *MyError // nil pointer
	if fail {
		p = &MyError{"failed"}
	}
	return p // never a nil error!
}

func fixed(fail bool) error {
	if fail {
		return &MyError{"failed"}
	}
	return nil
}

func main() {
	err := mayFail(false)
	fmt.Println(err == nil, err)
	fmt.Printf("%T %v\n", err, err)
	err = fixed(false)
	fmt.Println(err == nil, err)
	fmt.Printf("%T %v\n", err, err)

	var a, b interface{} = 1, 1
	var c interface{} = int64(1)
	fmt.Println(a == b, a == c, a == 1)
	var s fmt.Stringer
	var e error
	fmt.Println(s == nil, e == nil)
}
