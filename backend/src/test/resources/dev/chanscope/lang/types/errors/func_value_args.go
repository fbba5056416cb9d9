package main

func main() {
	f := func(a int, b ...string) {}
	f()
	f(1, 2)
	f(1, []string{}...)
}
