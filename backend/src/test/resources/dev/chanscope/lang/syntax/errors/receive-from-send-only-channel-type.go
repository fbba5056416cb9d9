package main

func main() {
	var c <-chan<- int
	_ = c
	_ = <-chan<- int(nil)
	_ = <-chan<- chan<- int(nil)
}
