package main

import "fmt"

func Map[T, U any](s []T, f func(T) U) []U {
	var r []U
	for _, v := range s {
		r = append(r, f(v))
	}
	return r
}

func main() {
	fmt.Println(Map([]int{1, 2}, func(i int) string { return fmt.Sprint(i) }))
	var n int = "not an int"
	fmt.Println(n)
}
