// Concepts: switch with fallthrough, switch with init statement, tagless switch, multiple values per case, switch on types of constants
package main

import "fmt"

func grade(score int) string {
	switch {
	case score >= 90:
		return "A"
	case score >= 80:
		return "B"
	case score >= 70:
		return "C"
	default:
		return "F"
	}
}

func main() {
	for n := 0; n < 4; n++ {
		fmt.Print(n, ":")
		switch n {
		case 0:
			fmt.Print(" zero")
			fallthrough
		case 1:
			fmt.Print(" one-or-fell")
		case 2, 3:
			fmt.Print(" two-or-three")
			if n == 3 {
				break
			}
			fmt.Print(" (two)")
		default:
			fmt.Print(" never")
		}
		fmt.Println()
	}

	for _, s := range []int{95, 85, 72, 10} {
		fmt.Print(grade(s), " ")
	}
	fmt.Println()

	switch day := 6; {
	case day == 0 || day == 6:
		fmt.Println("weekend")
		fallthrough
	case day < 0:
		fmt.Println("fell into the next case without testing it")
	default:
		fmt.Println("weekday")
	}

	switch c := 'x'; c {
	case 'a', 'e', 'i', 'o', 'u':
		fmt.Println("vowel")
	default:
		fmt.Println("consonant", string(c))
	}
	switch {
	}
	fmt.Println("empty switch is fine")
}
