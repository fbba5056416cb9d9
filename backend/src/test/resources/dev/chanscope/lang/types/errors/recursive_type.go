package main

type T struct {
	a int
	t T
}

type A struct{ b B }

type B struct{ a A }

func main() {
}
