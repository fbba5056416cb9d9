package main

func main() {
	if x := 1; false {
	} else {
		_ = 2
	}
	if y := 2; y > 1 {
	}
}
