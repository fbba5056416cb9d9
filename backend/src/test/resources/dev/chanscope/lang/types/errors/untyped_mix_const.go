package main

func main() {
	const a = 'a' + 1.5
	const b = "x" + 'a'
	var c int = 'a' * 2.0
	_ = c
}
