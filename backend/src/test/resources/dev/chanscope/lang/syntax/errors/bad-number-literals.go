package main

func main() {
	x := 08
	y := 0x
	z := 1_
	a := 0b102
	b := 0o8
	c := 1e
	d := 0x1.5
	e := 0b1.0
	f := 1__0
	_, _, _, _, _, _, _, _, _ = x, y, z, a, b, c, d, e, f
}
