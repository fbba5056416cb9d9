package main

func main() {
	x := 1
	if x = 2 {
	}
	for x := 0 {
	}
	switch x++ {
	}
}
