// Concepts: missing return at the end of a function with results, if without else, for with condition
package main

func sign(x int) int {
	if x > 0 {
		return 1
	} else if x < 0 {
		return -1
	}
}

func find(xs []int, v int) int {
	for i := 0; i < len(xs); i++ {
		if xs[i] == v {
			return i
		}
	}
}

func forever() int {
	for {
	}
}

func main() {
	_ = sign(1) + find(nil, 1) + forever()
}
