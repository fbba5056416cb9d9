package main

func main() {
	x := nil
	var i int = nil
	_ = nil == nil
	_ = i
}
