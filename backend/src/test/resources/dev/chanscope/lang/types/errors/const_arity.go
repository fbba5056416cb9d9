package main

func main() {
	const a, b = 1
	const c = 1, 2
}
