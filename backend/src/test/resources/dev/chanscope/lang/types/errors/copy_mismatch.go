package main

func main() {
	a := []int{}
	b := []string{}
	copy(a, b)
	c := []byte{}
	copy(c, "abc")
}
