package main

func f() (int, int, int) { return 1, 2, 3 }

func main() {
	a, b := f()
	c := f()
	d, e := 1
	_, _, _, _, _ = a, b, c, d, e
}
