package main

func main() {
	x := 1 << 100
	_ = x
	var y int64 = 1<<63 - 1
	y = y + 1<<63
}
