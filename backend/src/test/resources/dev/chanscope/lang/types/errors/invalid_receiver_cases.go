package main

type I interface{}

func (i I) M() {}

func (p **T) N() {}

type T struct{}

func main() {
}
