// Concepts: fixed-size 2D arrays as values, copying a whole grid, neighbour counting with wrap-around, strings.Builder rendering
package main

import (
	"fmt"
	"strings"
)

const size = 6

type grid [size][size]bool

func (g grid) alive(r, c int) bool {
	return g[(r+size)%size][(c+size)%size]
}

func (g grid) next() grid {
	var n grid // a fresh value; g is a copy and stays unchanged
	for r := 0; r < size; r++ {
		for c := 0; c < size; c++ {
			count := 0
			for dr := -1; dr <= 1; dr++ {
				for dc := -1; dc <= 1; dc++ {
					if (dr != 0 || dc != 0) && g.alive(r+dr, c+dc) {
						count++
					}
				}
			}
			n[r][c] = count == 3 || (count == 2 && g[r][c])
		}
	}
	return n
}

func (g grid) String() string {
	var sb strings.Builder
	for _, row := range g {
		for _, cell := range row {
			if cell {
				sb.WriteByte('#')
			} else {
				sb.WriteByte('.')
			}
		}
		sb.WriteByte('\n')
	}
	return sb.String()
}

func main() {
	var g grid
	// A glider.
	g[0][1], g[1][2], g[2][0], g[2][1], g[2][2] = true, true, true, true, true
	start := g
	for gen := 0; gen < 4; gen++ {
		g = g.next()
	}
	fmt.Print(start, "\n", g)
	fmt.Println("unchanged start:", start != g, start[0][1])
}
