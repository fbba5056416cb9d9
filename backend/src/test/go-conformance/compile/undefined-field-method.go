// Concepts: undefined field or method, unexported field of another package type, method on value of pointer-to-interface, wrong selector
package main

import (
	"fmt"
	"strings"
)

type point struct{ X, Y int }

func (p *point) Move(dx int) { p.X += dx }

func main() {
	p := point{1, 2}
	fmt.Println(p.Z)
	p.Jump(3)
	var sb strings.Builder
	fmt.Println(sb.buf)
	n := 5
	fmt.Println(n.X)
}
