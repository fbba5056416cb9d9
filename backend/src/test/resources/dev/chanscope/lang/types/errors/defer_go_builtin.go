package main

func main() {
	defer close(make(chan int))
	defer recover()
	go println(1)
	defer append([]int{}, 1)
}
