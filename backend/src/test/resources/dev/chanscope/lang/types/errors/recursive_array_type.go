package main

type T [2]T

type L struct {
	next *L
	all  []L
}

func main() {
}
