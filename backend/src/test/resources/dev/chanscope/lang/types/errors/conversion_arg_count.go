package main

func main() {
	_ = int(1, 2)
	_ = int()
	x := []int{1}
	_ = int(x...)
}
