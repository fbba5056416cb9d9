package main

func init(x int) {}

func main() int { return 0 }

func f() {
	init()
}
