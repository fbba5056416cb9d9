package main

func main() {
	_ = len(1)
	append(nil, 1)
	_ = append(1, 2)
	copy(1, 2)
	delete(1, 2)
	_ = cap(map[int]int{})
	new(int)
}
