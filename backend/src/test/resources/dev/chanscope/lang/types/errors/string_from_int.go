package main

func main() {
	x := 65
	_ = string(x)
	var f float64 = 1
	_ = string(f)
}
