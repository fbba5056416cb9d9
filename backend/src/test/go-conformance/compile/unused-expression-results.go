// Concepts: expression evaluated but not used, comparison as a statement, unused result of append, value used as statement
package main

func main() {
	x := 1
	x == 2
	s := []int{}
	append(s, 1)
	x + 1
	"text"
	_ = s
}
