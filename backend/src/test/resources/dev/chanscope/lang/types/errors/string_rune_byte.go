package main

func main() {
	var b byte = 'a'
	var r rune = 300
	var b2 byte = 'é'
	var s string = 'a'
	_, _, _, _ = b, r, b2, s
}
