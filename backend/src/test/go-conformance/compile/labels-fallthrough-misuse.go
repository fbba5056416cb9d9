// Concepts: label defined and not used, fallthrough in the last case, fallthrough in a type switch, fallthrough out of place
package main

func main() {
unused:
	for i := 0; i < 2; i++ {
	}
	x := 1
	switch x {
	case 1:
		if x > 0 {
			fallthrough
		}
	case 2:
		fallthrough
	}
	var v interface{} = x
	switch v.(type) {
	case int:
		fallthrough
	case string:
	}
}
