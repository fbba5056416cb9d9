package main

func main() {
	var a int = "a"
	var b string = 1
	c := undefined1
	d := undefined2
	e := undefined3
	f := undefined4
	g := undefined5
	h := undefined6
	i := undefined7
	j := undefined8
	k := undefined9
	_, _, _, _, _, _, _, _, _, _ = a, b, c, d, e, f, g, h, i, j
	_ = k
}
