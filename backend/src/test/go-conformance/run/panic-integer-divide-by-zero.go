// Concepts: integer divide by zero panics at run time, float division by zero gives Inf, average of an empty slice
package main

import "fmt"

func average(xs []int) int {
	total := 0
	for _, x := range xs {
		total += x
	}
	return total / len(xs)
}

func averageFloat(xs []float64) float64 {
	total := 0.0
	for _, x := range xs {
		total += x
	}
	return total / float64(len(xs))
}

func main() {
	fmt.Println(averageFloat(nil), averageFloat([]float64{1, 2}))
	fmt.Println(average([]int{10, 20, 31}))
	fmt.Println(average(nil))
}
