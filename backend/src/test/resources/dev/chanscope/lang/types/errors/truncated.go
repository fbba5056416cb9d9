package main

func main() {
	var i int = 1.5
	var j int = 1e100
	_, _ = i, j
}
