package main

type P struct{ x, y int }

func main() {
	_ = P{1}
	_ = P{x: 1, 2}
	_ = P{z: 1}
	_ = P{1, 2, 3}
	_ = [2]int{1, 2, 3}
	_ = map[string]int{"a": 1, "a": 2}
	_ = []int{0: 1, 0: 2}
}
