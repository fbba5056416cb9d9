package main

func main() {
	m := map[string]int{}
	_ = m[1]
	var k []int
	_ = m[k]
	delete(m, 1)
}
