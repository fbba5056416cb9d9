package main

func main() {
	x := 1
	x
	x + 1
	len("a")
	int(x)
}
