// Concepts: Print vs Println vs Sprint spacing rules, Sprintln, Fprint to stdout and stderr, builtin println to stderr
package main

import (
	"fmt"
	"os"
)

func main() {
	fmt.Print("a", "b", 1, 2, "c", 3.5, true, false, "\n")
	fmt.Print(1, 2, 3, "\n")
	fmt.Println("a", "b", 1, 2)
	s := fmt.Sprint("x", 1, 2, "y", "z", nil, 3)
	fmt.Printf("%q\n", s)
	fmt.Printf("%q\n", fmt.Sprintln("line", 1))
	n, err := fmt.Println("counted")
	fmt.Println(n, err)
	fmt.Fprint(os.Stdout, "to stdout ", 1, "\n")
	fmt.Fprintln(os.Stderr, "to stderr", 2)
	fmt.Fprintf(os.Stderr, "%s %d\n", "formatted to stderr", 3)
	println("builtin println", 4, true, 2.5, 'x')
	print("builtin print", 5, "\n")
}
