// Concepts: Go 1.19 loop variables are shared by all iterations, closures see the last value, the i := i fix
package main

import "fmt"

func main() {
	var prints []func()
	for i := 0; i < 3; i++ {
		prints = append(prints, func() { fmt.Print(i, " ") })
	}
	for _, p := range prints {
		p()
	}
	fmt.Println("<- for i: one variable, seen after the loop")

	prints = nil
	for _, s := range []string{"a", "b", "c"} {
		prints = append(prints, func() { fmt.Print(s, " ") })
	}
	for _, p := range prints {
		p()
	}
	fmt.Println("<- for range: one variable too")

	var ptrs []*int
	for i := 0; i < 3; i++ {
		ptrs = append(ptrs, &i)
	}
	fmt.Println(*ptrs[0], *ptrs[1], *ptrs[2], ptrs[0] == ptrs[2])

	prints = nil
	for i := 0; i < 3; i++ {
		i := i
		prints = append(prints, func() { fmt.Print(i, " ") })
	}
	for _, p := range prints {
		p()
	}
	fmt.Println("<- with i := i")
}
