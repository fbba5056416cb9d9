package main

func main() {
	a := [3]int{}
	_ = a[5]
	s := "abc"
	_ = s[-1]
	_ = a["x"]
	x := 1
	_ = x[0]
	_ = "abc"[10]
}
