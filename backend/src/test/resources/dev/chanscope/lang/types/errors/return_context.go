package main

func f() string {
	x := 1
	return x
}

func g() (int, error) {
	return nil, 1
}

func main() {
}
