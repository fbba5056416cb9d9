// Concepts: tee channel to two consumers, bridge a channel of channels, or-done pattern with a done channel
package main

import "fmt"

func orDone(done <-chan struct{}, c <-chan int) <-chan int {
	out := make(chan int)
	go func() {
		defer close(out)
		for {
			select {
			case <-done:
				return
			case v, ok := <-c:
				if !ok {
					return
				}
				select {
				case out <- v:
				case <-done:
					return
				}
			}
		}
	}()
	return out
}

func tee(done <-chan struct{}, in <-chan int) (<-chan int, <-chan int) {
	out1, out2 := make(chan int), make(chan int)
	go func() {
		defer close(out1)
		defer close(out2)
		for v := range orDone(done, in) {
			a, b := out1, out2
			for i := 0; i < 2; i++ {
				select {
				case a <- v:
					a = nil
				case b <- v:
					b = nil
				}
			}
		}
	}()
	return out1, out2
}

func bridge(done <-chan struct{}, chans <-chan (<-chan int)) <-chan int {
	out := make(chan int)
	go func() {
		defer close(out)
		for c := range chans {
			for v := range orDone(done, c) {
				out <- v
			}
		}
	}()
	return out
}

func main() {
	done := make(chan struct{})
	defer close(done)

	src := make(chan int)
	go func() {
		defer close(src)
		for i := 1; i <= 4; i++ {
			src <- i
		}
	}()
	left, right := tee(done, src)
	for v := range left {
		fmt.Println("left", v, "right", <-right)
	}

	chans := make(chan (<-chan int))
	go func() {
		defer close(chans)
		for i := 0; i < 3; i++ {
			c := make(chan int, 2)
			c <- i * 10
			c <- i*10 + 1
			close(c)
			chans <- c
		}
	}()
	for v := range bridge(done, chans) {
		fmt.Print(v, " ")
	}
	fmt.Println()
}
