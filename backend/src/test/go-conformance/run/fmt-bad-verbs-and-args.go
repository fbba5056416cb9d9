// Concepts: fmt error outputs %!d(string=...), missing and extra arguments, bad width, nil pointers with String methods
package main

import "fmt"

type named struct{ n int }

func (p *named) String() string { return fmt.Sprint("named ", p.n) }

func main() {
	fmt.Printf("%d\n", "text")
	fmt.Printf("%s\n", 42)
	fmt.Printf("%d %d\n", 1)
	fmt.Printf("%d\n", 1, 2, "x")
	fmt.Printf("%z\n", 3)
	fmt.Printf("%!\n")
	fmt.Printf("%*d\n", "w", 5)
	fmt.Printf("%.2f\n", "notfloat")
	fmt.Printf("%t\n", 1)
	fmt.Println(fmt.Sprintf("%[3]d", 1, 2))
	var p *named
	fmt.Printf("%v|%s\n", p, p)
	fmt.Println(p)
	fmt.Printf("%d %s\n", []string{"a"}, []int{1})
	fmt.Printf("no verbs\n", "extra")
}
