package main

func main() {
Unused:
	for i := 0; i < 3; i++ {
		continue Missing
	}
	goto Nowhere
	for {
		break Outer
	}
	switch x := 1; x {
	case 1:
		fallthrough
	case 2:
		fallthrough
	default:
	}
	var v interface{} = 1
	switch v.(type) {
	case int:
		fallthrough
	case string:
	}
}
