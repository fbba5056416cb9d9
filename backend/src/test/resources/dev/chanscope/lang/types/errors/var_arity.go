package main

func main() {
	var a, b = 1, 2, 3
	var c, d int = 1
	_, _, _, _ = a, b, c, d
}
