package main

func main() {
	var b bool = 1 < 2
	type MyBool bool
	var mb MyBool = 1 < 2
	var i int = 1 < 2
	_, _, _ = b, mb, i
}
