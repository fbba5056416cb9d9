package main

func main() {
	var r <-chan int
	select {
	case r <- 1:
	case v := <-r:
		_ = v
	}
}
