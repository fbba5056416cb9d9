package main

func main() {
	s := []int{}
	_ = s == nil
	t := []int{}
	_ = s == t
	var m map[int]int
	_ = m != nil
}
