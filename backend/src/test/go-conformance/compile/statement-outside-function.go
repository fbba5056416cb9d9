// Concepts: short variable declaration outside a function body, non-declaration statement at package level
package main

import "fmt"

count := 0

func main() {
	fmt.Println(count)
}
