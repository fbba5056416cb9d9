package main

func f() {}

func main() {
	x := 1
	go int(x)
	defer len("a")
	go f
}
