package main

func main() {
	x := 1
//line generated.go:100
	y := 'ab'
	z := /*line :20:5*/ "unterminated
//line :30:1
	if x = 2 {
	}
//line bad.go:notanumber
//line bad.go:0
//line bad.go:7:0
	_, _, _ = x, y, z
}
