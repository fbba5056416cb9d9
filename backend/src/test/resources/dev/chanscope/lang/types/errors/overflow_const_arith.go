package main

func main() {
	const c int8 = 100
	_ = c * 2
	const big = 1 << 600
}
