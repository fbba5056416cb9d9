package main

func main() {
	x := 1.5
	for range x {
	}
	ch := make(chan int)
	for a, b := range ch {
		_, _ = a, b
	}
}
