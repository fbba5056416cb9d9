// Concepts: syntax error from a missing closing parenthesis, unexpected token, non-declaration after a broken function
package main

import "fmt"

func main() {
	fmt.Println("start"
	for i := 0; i < 3; i++ {
		fmt.Println(i)
	}
}
