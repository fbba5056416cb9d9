package main

func main() {
	b := true
	_ = b && 1
	_ = !b == 1
	_ = b < false
}
