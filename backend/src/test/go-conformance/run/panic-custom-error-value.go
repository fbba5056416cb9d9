// Concepts: panic with a custom error type, the panic message is the Error() text
package main

import "fmt"

type ValidationError struct {
	Field string
	Value int
}

func (e *ValidationError) Error() string {
	return fmt.Sprintf("invalid %s: %d", e.Field, e.Value)
}

func mustPositive(field string, v int) int {
	if v <= 0 {
		panic(&ValidationError{field, v})
	}
	return v
}

func main() {
	fmt.Println(mustPositive("width", 3))
	fmt.Println(mustPositive("height", -2))
}
