package main

func main() {
	s := "abc"
	_ = "a" + s[0]
	_ = s[0] + 'a'
	var b byte = s[1] + 300
	_ = b
}
