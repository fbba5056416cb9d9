package main

func main() {
	var r rune = 'a'
	s := "x"
	_ = s + r
	_ = s + 'a'
}
