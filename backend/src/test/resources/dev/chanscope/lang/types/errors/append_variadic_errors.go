package main

func main() {
	s := []int{}
	s = append(s, s)
	s = append(s, "a"...)
	b := []byte{}
	b = append(b, "x"...)
	_ = b
}
