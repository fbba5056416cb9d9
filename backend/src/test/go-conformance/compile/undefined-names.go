// Concepts: undefined identifiers, undefined package member, unexported name of another package, misspelled method
package main

import (
	"fmt"
	"strings"
)

func main() {
	fmt.Println(total)
	fmt.Printn("typo")
	var b strings.builder
	var sb strings.Builder
	sb.WriteStrin("x")
	_ = b
}
