// Concepts: close by sender, range drains a closed buffered channel, v, ok after close, zero values from closed channels
package main

import "fmt"

func main() {
	ch := make(chan string, 3)
	ch <- "a"
	ch <- "b"
	close(ch)
	fmt.Println("len after close:", len(ch), "cap:", cap(ch))
	for s := range ch {
		fmt.Println("got", s)
	}
	v, ok := <-ch
	fmt.Printf("after drain: %q %v\n", v, ok)

	nums := make(chan int, 1)
	nums <- 7
	close(nums)
	x, ok := <-nums
	fmt.Println(x, ok)
	x, ok = <-nums
	fmt.Println(x, ok)
	fmt.Println(<-nums, <-nums)

	type point struct{ X, Y int }
	pts := make(chan *point)
	close(pts)
	p, ok := <-pts
	fmt.Println(p == nil, ok)
}
