package main

func main() {
	var x int8 = 200
	var y uint8 = -1
	var z int = 1 << 63
	_, _, _ = x, y, z
}
