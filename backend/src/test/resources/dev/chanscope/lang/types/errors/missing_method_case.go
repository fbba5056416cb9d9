package main

type T struct{}

func (T) error() string { return "" }

func main() {
	var e error = T{}
	_ = e
}
