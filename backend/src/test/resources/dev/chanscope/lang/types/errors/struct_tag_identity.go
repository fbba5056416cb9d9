package main

func main() {
	type A struct {
		X int `json:"x"`
	}
	type B struct{ X int }
	var a A
	var b B = a
	_ = B(a)
	_ = b
}
