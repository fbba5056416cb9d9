package main

func f() int { return 1 }

func main() {
	const c = 1
	c = 2
	s := "abc"
	s[0] = 1
	m := map[string]struct{ x int }{}
	m["a"].x = 1
	f() = 1
}
