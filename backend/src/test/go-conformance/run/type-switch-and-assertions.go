// Concepts: type switch with multiple types per case, nil case, assertion comma-ok, interface holding pointers, %T
package main

import (
	"errors"
	"fmt"
)

type celsius float64

func describe(i interface{}) string {
	switch v := i.(type) {
	case nil:
		return "nil"
	case int, int64:
		return fmt.Sprintf("an integer %v (%T)", v, v)
	case string:
		return fmt.Sprintf("a string of %d bytes", len(v))
	case celsius:
		return fmt.Sprintf("%.1f degrees", float64(v))
	case error:
		return "an error: " + v.Error()
	case fmt.Stringer:
		return "a stringer: " + v.String()
	case []int:
		return fmt.Sprintf("a slice of %d ints", len(v))
	case func() int:
		return fmt.Sprint("a func returning ", v())
	default:
		return fmt.Sprintf("something else: %T", v)
	}
}

func main() {
	values := []interface{}{nil, 42, int64(7), "héllo", celsius(21.5), errors.New("boom"),
		[]int{1, 2}, func() int { return 9 }, 3.14, map[string]int{}, struct{}{}, &[]int{}}
	for _, v := range values {
		fmt.Println(describe(v))
	}

	var i interface{} = 10
	if n, ok := i.(int); ok {
		fmt.Println("int", n)
	}
	if s, ok := i.(string); !ok {
		fmt.Printf("not a string: %q\n", s)
	}
	var st fmt.Stringer
	_, ok := st.(fmt.Stringer)
	fmt.Println("nil interface asserts:", ok)
}
