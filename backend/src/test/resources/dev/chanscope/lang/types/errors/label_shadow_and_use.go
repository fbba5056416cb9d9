package main

func main() {
L:
	for i := 0; i < 2; i++ {
		switch {
		case i == 0:
			continue L
		default:
			break L
		}
	}
}
