// Concepts: arrays are values (copied on assignment and when passed), array comparison, [...] literals, multi-dimensional arrays, arrays of structs
package main

import "fmt"

func double(a [3]int) [3]int {
	for i := range a {
		a[i] *= 2
	}
	return a
}

func doubleInPlace(a *[3]int) {
	for i := range a {
		a[i] *= 2
	}
}

func main() {
	a := [3]int{1, 2, 3}
	b := a
	b[0] = 100
	fmt.Println(a, b, a == b, a == [3]int{1, 2, 3})
	fmt.Println(double(a), a)
	doubleInPlace(&a)
	fmt.Println(a, len(a))

	primes := [...]int{2, 3, 5, 7, 11}
	sparse := [...]string{2: "two", 5: "five"}
	fmt.Println(len(primes), len(sparse), sparse)
	fmt.Printf("%q\n", sparse)

	var board [3][3]rune
	for i := range board {
		for j := range board[i] {
			board[i][j] = '.'
		}
	}
	board[1][1] = 'X'
	board[0][2] = 'O'
	for _, row := range board {
		fmt.Println(string(row[:]))
	}
	copyBoard := board
	copyBoard[2][0] = 'X'
	fmt.Println(board == copyBoard, board[2][0] == '.')

	type cell struct {
		alive bool
		n     int
	}
	var cells [2][2]cell
	cells[0][1] = cell{true, 3}
	fmt.Println(cells)
	for i, row := range cells {
		row[0].n = 9 // row is a copy
		cells[i][1].n++
	}
	fmt.Println(cells)
	var grid [2][3]int
	fmt.Println(len(grid), len(grid[0]), grid)
}
