package main

func main() {
	s := "a"
	s -= "b"
	x := 1
	x += 1.5
	var b bool
	b++
}
