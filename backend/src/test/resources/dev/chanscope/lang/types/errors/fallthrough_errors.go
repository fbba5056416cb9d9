package main

func main() {
	x := 1
	switch x {
	case 1:
		fallthrough
	case 2:
		if true {
			fallthrough
		}
	}
}
