package main

func main() {
	const x int = 7 / 2
	const y = 7 / 2.0
	var z int = y
	_ = z
	var w uint = -x
	_ = w
}
