package main

type T struct{}

func (t *T) M() {}

func main() {
	m := map[string]T{}
	m["a"].M()
}
