// Concepts: recover returns runtime.Error values, their messages for index, slice, nil map, divide, conversion, nil deref
package main

import (
	"fmt"
	"runtime"
)

func try(name string, f func()) {
	defer func() {
		r := recover()
		_, isRuntime := r.(runtime.Error)
		err, isError := r.(error)
		if isError {
			fmt.Printf("%-10s runtime=%v: %v\n", name, isRuntime, err.Error())
		} else {
			fmt.Printf("%-10s runtime=%v: %v\n", name, isRuntime, r)
		}
	}()
	f()
}

type point struct{ x, y int }

func main() {
	s := []int{1, 2, 3}
	i, j := 5, 1
	var m map[string]int
	var p *point
	var arr [4]int
	zero := 0
	var e interface{} = 3.5
	try("index", func() { _ = s[i] })
	try("array", func() { _ = arr[i] })
	try("slice", func() { _ = s[2:i] })
	try("inverted", func() { _ = s[2:j] })
	try("3-index", func() { _ = s[0:1:i] })
	try("string", func() { _ = "abc"[i] })
	try("nil map", func() { m["a"] = 1 })
	try("divide", func() { _ = 10 / zero })
	try("modulo", func() { _ = 10 % zero })
	try("nil deref", func() { _ = p.y })
	try("assert", func() { _ = e.(string) })
	try("to array", func() { _ = (*[4]int)(s) })
	try("shift", func() { _ = 1 << (zero - 1) })
	try("custom", func() { panic(fmt.Errorf("wrapped: %w", fmt.Errorf("inner"))) })
}
