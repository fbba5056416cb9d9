package main

func main() {
	if x := 1; true {
	}
	for i := 0; ; {
	}
}
