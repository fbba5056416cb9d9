package main

func main() {
	var m map[int]int
	_ = cap(m)
	var p *[3]int
	const n = len(p)
	_ = len(p)
	ch := make(chan int, 3)
	_ = cap(ch)
}
