// Concepts: split a slice into chunks, one goroutine per chunk sends a partial sum, main adds them up, int64 sums
package main

import "fmt"

func sumChunk(xs []int64, out chan<- int64) {
	var s int64
	for _, x := range xs {
		s += x
	}
	out <- s
}

func main() {
	const n = 100000
	data := make([]int64, n)
	for i := range data {
		data[i] = int64(i) * int64(i%7)
	}
	parts := 8
	out := make(chan int64)
	size := (n + parts - 1) / parts
	started := 0
	for lo := 0; lo < n; lo += size {
		hi := lo + size
		if hi > n {
			hi = n
		}
		go sumChunk(data[lo:hi], out)
		started++
	}
	var total int64
	for i := 0; i < started; i++ {
		total += <-out
	}
	fmt.Println("chunks:", started, "total:", total)
}
