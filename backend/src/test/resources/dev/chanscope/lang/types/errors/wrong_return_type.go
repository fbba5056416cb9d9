package main

func f() (int, string) {
	return "a", 1
}

func g() error {
	return 1
}

func main() {
}
