package main

func main() {
	s := "a"
	_ = -s
	b := true
	_ = b + b
	_ = !1
}
