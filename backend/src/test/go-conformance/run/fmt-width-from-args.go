// Concepts: width and precision from arguments %*d %-*s %.*f %*.*f, explicit argument indexes %[1]d, table alignment
package main

import "fmt"

func main() {
	fmt.Printf("[%*d] [%-*d] [%.*f] [%*.*f]\n", 6, 42, 6, 42, 2, 3.14159, 8, 3, 2.71828)
	fmt.Printf("[%*s]\n", -6, "neg")
	fmt.Printf("%[2]d %[1]d %[2]d\n", 10, 20)
	fmt.Printf("%[1]d %[1]x %#[1]o %[1]b\n", 64)
	fmt.Printf("%d %d %[1]d %d\n", 1, 2)

	rows := []struct {
		item  string
		qty   int
		price float64
	}{{"apple", 3, 0.5}, {"watermelon", 1, 3.25}, {"fig", 12, 0.2}}
	width := 0
	for _, r := range rows {
		if len(r.item) > width {
			width = len(r.item)
		}
	}
	for _, r := range rows {
		fmt.Printf("%-*s | %3d | %6.2f\n", width, r.item, r.qty, float64(r.qty)*r.price)
	}
}
