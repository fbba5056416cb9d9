package main

func main() {
	_ = iota
}
