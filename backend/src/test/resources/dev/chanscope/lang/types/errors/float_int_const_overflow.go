package main

func main() {
	var f float32 = 1e40
	var g float64 = 1e309
	_, _ = f, g
	const h = 1e1000
	_ = h
}
