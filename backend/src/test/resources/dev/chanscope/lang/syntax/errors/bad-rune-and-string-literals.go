package main

func main() {
	a := ''
	b := 'ab'
	c := '\q'
	d := "\400"
	e := "\xZZ"
	f := "\uD800"
	g := "\U00110000"
	h := 'x
	_, _, _, _, _, _, _, _ = a, b, c, d, e, f, g, h
}
