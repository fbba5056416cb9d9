// Concepts: select picks among ready cases at random, totals stay schedule-independent
package main

import "fmt"

func main() {
	odd := make(chan int, 100)
	even := make(chan int, 100)
	for i := 1; i <= 100; i++ {
		if i%2 == 1 {
			odd <- i
		} else {
			even <- i
		}
	}
	close(odd)
	close(even)

	oddSum, evenSum, received := 0, 0, 0
	for odd != nil || even != nil {
		select {
		case v, ok := <-odd:
			if !ok {
				odd = nil
				break
			}
			oddSum += v
			received++
		case v, ok := <-even:
			if !ok {
				even = nil
				break
			}
			evenSum += v
			received++
		}
	}
	fmt.Println("received", received, "odd sum", oddSum, "even sum", evenSum)
}
