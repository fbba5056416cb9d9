package main

func main() {
L:
	for {
	}
M:
	x := 1
	_ = x
}
