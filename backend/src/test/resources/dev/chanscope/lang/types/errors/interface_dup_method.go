package main

type I interface {
	M()
	M(int)
}

func main() {
}
