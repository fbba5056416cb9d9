package main

type A struct{ x int }

type B struct{ x int }

func main() {
	a := &A{}
	b := &B{}
	_ = a == b
	_ = *a == A{}
}
