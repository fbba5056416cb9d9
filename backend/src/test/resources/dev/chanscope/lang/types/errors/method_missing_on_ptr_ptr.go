package main

type T struct{}

func (T) M() {}

func main() {
	p := &T{}
	pp := &p
	pp.M()
}
