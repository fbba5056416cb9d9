// Concepts: labeled break and continue in nested loops, break out of select and switch inside for, goto-free search
package main

import "fmt"

func main() {
	grid := [][]int{{1, 2, 3}, {4, 42, 6}, {7, 8, 9}}
	found := false
search:
	for i, row := range grid {
		for j, v := range row {
			if v == 42 {
				fmt.Println("found at", i, j)
				found = true
				break search
			}
		}
	}
	fmt.Println("found:", found)

outer:
	for i := 0; i < 4; i++ {
		for j := 0; j < 4; j++ {
			if j > i {
				continue outer
			}
			if i == 3 {
				break outer
			}
			fmt.Print(i, j, " ")
		}
	}
	fmt.Println()

	ch := make(chan int, 5)
	for i := 0; i < 5; i++ {
		ch <- i
	}
	close(ch)
loop:
	for {
		select {
		case v, ok := <-ch:
			if !ok {
				break loop
			}
			switch {
			case v%2 == 0:
				continue loop
			case v == 3:
				break // leaves the switch only
			}
			fmt.Println("odd", v)
		}
	}
	fmt.Println("loop done")
}
