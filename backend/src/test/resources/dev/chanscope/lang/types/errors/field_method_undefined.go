package main

type P struct{ x int }

func main() {
	var p P
	_ = p.z
	p.Foo()
	_ = p.X
}
