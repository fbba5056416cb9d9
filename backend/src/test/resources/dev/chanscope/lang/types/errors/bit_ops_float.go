package main

func main() {
	f := 1.5
	_ = f & 1
	_ = f % 2
	_ = ^f
	_ = 1.5 % 2
}
