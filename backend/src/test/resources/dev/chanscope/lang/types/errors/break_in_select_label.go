package main

func main() {
	ch := make(chan int)
	for {
		select {
		case <-ch:
			continue
		default:
			break
		}
	}
	fallthrough
}
