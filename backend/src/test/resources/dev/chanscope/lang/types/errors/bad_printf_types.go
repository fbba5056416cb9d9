package main

func main() {
	var x interface{ M() }
	var y interface{ N() }
	x = y
	_ = x
}
