package main

func main() {
	ch := make(chan int)
	var s string
	s = <-ch
	s, ok := <-ch
	_ = ok
}
