package main

func main() {
	_ = len()
	_ = len(1, 2)
	panic()
	_ = recover(1)
}
