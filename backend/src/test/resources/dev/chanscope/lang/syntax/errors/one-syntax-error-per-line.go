package main

func main() {
	x := [ ] ] int{ ) }
	y := 1 +* 2
}
