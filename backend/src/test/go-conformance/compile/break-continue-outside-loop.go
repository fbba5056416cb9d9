// Concepts: break outside a loop, continue outside a loop, continue in a switch without a loop, undefined label
package main

func main() {
	x := 1
	if x > 0 {
		break
	}
	switch x {
	case 1:
		continue
	}
	for {
		break missing
	}
}
