package main

func main() {
	_ = int8(300)
	_ = uint(-1)
	_ = int(1.5)
}
