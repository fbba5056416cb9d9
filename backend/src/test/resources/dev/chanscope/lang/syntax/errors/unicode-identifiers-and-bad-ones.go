package main

func main() {
	größe := 1
	x€ := 2
	_ = größe + x€
	٣x := 3
	_ = ٣x
}
