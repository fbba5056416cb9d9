package main

func main() {
	const s = "a" + "b"
	const b = s == "ab"
	var i int = b
	_ = i
}
