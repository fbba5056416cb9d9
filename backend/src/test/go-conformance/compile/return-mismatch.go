// Concepts: wrong return type, too many and not enough return values
package main

import "errors"

func parse(s string) (int, error) {
	if s == "" {
		return "empty", nil
	}
	if s == "x" {
		return 0
	}
	return 1, errors.New("bad"), nil
}

func nothing() {
	return 1
}

func main() {
	parse("")
	nothing()
}
