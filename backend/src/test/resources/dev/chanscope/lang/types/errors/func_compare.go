package main

func main() {
	f := func() {}
	_ = f == nil
	g := func() {}
	_ = f == g
}
