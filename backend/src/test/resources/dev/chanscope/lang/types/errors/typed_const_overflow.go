package main

func main() {
	const x uint8 = 255
	_ = x + 1
	const y int32 = 1 << 31
	var z int16 = 1 << 15
	_ = z
}
