package main

func main() {
	_ = int("a")
	_ = string(1.5)
	var f float64
	_ = bool(f)
	_ = []int("abc")
}
