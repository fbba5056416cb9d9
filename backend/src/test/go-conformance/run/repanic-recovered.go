// Concepts: recover then panic again with a new value, the runtime prints both with [recovered]
package main

import (
	"errors"
	"fmt"
)

func cleanup(name string) {
	if r := recover(); r != nil {
		fmt.Println("cleanup of", name, "saw:", r)
		panic(errors.New("cleanup failed"))
	}
	fmt.Println("cleanup of", name, "had nothing to do")
}

func step(name string, fail bool) {
	defer cleanup(name)
	if fail {
		panic("first failure")
	}
}

func main() {
	step("a", false)
	step("b", true)
}
