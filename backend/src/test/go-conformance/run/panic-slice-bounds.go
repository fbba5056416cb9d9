// Concepts: panic slice bounds out of range with capacity, slicing past len but within cap is fine, paging helper
package main

import "fmt"

func page(items []string, n, size int) []string {
	start := n * size
	end := start + size
	return items[start:end] // no clamping to len(items)
}

func main() {
	items := make([]string, 5, 6)
	for i := range items {
		items[i] = fmt.Sprint("item", i)
	}
	fmt.Println(page(items, 0, 2))
	fmt.Println(page(items, 1, 2))
	fmt.Println(len(page(items, 2, 2)), "(reaches into the spare capacity)")
	fmt.Println(page(items, 3, 2))
}
