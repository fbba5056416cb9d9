package main

func main() {
	f := func() {}
	for range f {
	}
	var p *[]int
	for range p {
	}
}
