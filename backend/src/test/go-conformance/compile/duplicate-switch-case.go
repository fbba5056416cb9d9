// Concepts: duplicate case in expression switch, duplicate case in type switch, duplicate map literal key
package main

import "fmt"

func main() {
	x := 2
	switch x {
	case 1, 2:
		fmt.Println("small")
	case 2:
		fmt.Println("two")
	}
	var v interface{} = x
	switch v.(type) {
	case int, string:
	case int:
	}
	m := map[string]int{"a": 1, "b": 2, "a": 3}
	_ = m
}
