package main

func f() int { return 0 }

func main() {
	m := map[string]int{}
	m["a"]++
	const c = 1
	c++
	f()++
}
