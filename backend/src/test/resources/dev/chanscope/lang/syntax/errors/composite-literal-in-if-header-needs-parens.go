package main

type P struct{ x int }

func main() {
	if p := P{x: 1}; p.x == 1 {
	}
}
