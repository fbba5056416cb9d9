package main

type Walker interface{ Walk() }

type Dog struct{}

func (d *Dog) Walk() {}

func main() {
	var w Walker = Dog{}
	w.Walk()
}
