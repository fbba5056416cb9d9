package main

func main() {
	var p *int
	_ = p == nil
	var i int
	_ = i == nil
	var s struct{}
	_ = s == nil
}
