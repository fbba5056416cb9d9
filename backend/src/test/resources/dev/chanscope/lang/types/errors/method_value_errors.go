package main

type T struct{}

func (t *T) M() {}

func (t T) N() {}

func main() {
	T.M(T{})
	_ = T.N
}
