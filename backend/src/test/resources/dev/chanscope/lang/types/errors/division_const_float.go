package main

func main() {
	const a = 1 / 2
	const b = 1 / 2.0
	var x int = b
	_ = x
	_ = a
}
