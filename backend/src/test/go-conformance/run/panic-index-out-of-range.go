// Concepts: panic index out of range with length, loop off by one, len of a slice
package main

import "fmt"

// sumFirst adds up the first n elements of xs.
func sumFirst(xs []int, n int) int {
	total := 0
	for i := 0; i <= n; i++ { // bug: should be i < n
		total += xs[i]
	}
	return total
}

func main() {
	primes := []int{2, 3, 5}
	fmt.Println("len:", len(primes), "cap:", cap(primes))
	fmt.Println("sum of first 1:", sumFirst(primes, 1))
	fmt.Println("sum of first 2:", sumFirst(primes, 2))
	fmt.Println("sum of all:", sumFirst(primes, len(primes)))
}
