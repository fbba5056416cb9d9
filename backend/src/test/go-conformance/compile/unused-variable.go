// Concepts: unused local variable, declared but not used
package main

import "fmt"

func main() {
	count := 0
	total := 10
	fmt.Println(total)
}
