// Concepts: slices share a backing array, writes visible through aliases, append within cap overwrites, append beyond cap detaches, 3-index slices limit cap
package main

import "fmt"

func main() {
	arr := [6]int{0, 1, 2, 3, 4, 5}
	a := arr[1:4]
	b := arr[2:]
	fmt.Println(a, len(a), cap(a), b, len(b), cap(b))
	a[1] = 99
	fmt.Println(arr, b[0])

	a = append(a, 100) // fits in cap: overwrites arr[4]
	fmt.Println(arr, a, b)

	c := a[:2:2]      // len 2, cap 2
	c = append(c, -1) // must reallocate
	c[0] = -100
	fmt.Println(arr, a, c, len(c), cap(c))

	s := make([]int, 3, 10)
	t := append(s, 4)
	u := append(s, 5) // shares the backing array with t
	fmt.Println(t, u, t[3] == u[3])

	full := s[0:3:3]
	v := append(full, 4)
	w := append(full, 5)
	fmt.Println(v, w)

	grow := func(x []int) {
		x[0] = 42
		x = append(x, 1, 2, 3, 4, 5, 6, 7, 8)
		x[1] = 43
	}
	data := []int{0, 0, 0}
	grow(data)
	fmt.Println(data)

	matrix := make([][]int, 3)
	row := make([]int, 9)
	for i := range matrix {
		matrix[i] = row[i*3 : (i+1)*3]
	}
	matrix[1][2] = 7
	fmt.Println(matrix, row)
	str := "hello"
	fmt.Println(str[1:3], str[:0] == "", len(str[5:]))
}
