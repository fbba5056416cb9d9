package main

func main() {
	c := 1 + 2i
	var d complex128
	_ = real(c)
	_ = d
}
