package main

func main() {
	ch := make(chan string, 1)
	ch <- 1
	var x int = <-ch
	_ = x
}
