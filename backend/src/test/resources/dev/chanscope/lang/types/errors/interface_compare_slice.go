package main

func main() {
	var e any
	_ = e == []int{}
	_ = e == 1
}
