package main

func main() {
	var m map[[]int]string
	_ = m
}
