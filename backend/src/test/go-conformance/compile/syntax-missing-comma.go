// Concepts: syntax error in a composite literal, missing comma before newline, unexpected newline
package main

import "fmt"

func main() {
	nums := []int{
		1,
		2
	}
	fmt.Println(nums)
}
