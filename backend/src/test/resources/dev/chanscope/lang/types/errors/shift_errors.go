package main

func main() {
	s := 1.5
	_ = 1 << s
	_ = 1 << -1
	x := 2.0
	_ = x << 2
}
