package main

func main() {
	var c chan<- chan int
	var d chan (<-chan int)
	c = d
}
