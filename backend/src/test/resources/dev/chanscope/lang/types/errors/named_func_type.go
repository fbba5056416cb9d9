package main

type Handler func(string) error

func main() {
	var h Handler = func(s string) error { return nil }
	var g Handler = func(s int) error { return nil }
	_, _ = h, g
}
