package main

func main() {
	var func = 1
	type := 2
}
