package main

func main() {
	ch := make(chan int)
	go func() int { return 1 }()
	go ch <- 1
}
