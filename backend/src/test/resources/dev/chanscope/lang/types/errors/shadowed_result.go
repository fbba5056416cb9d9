package main

func f() (err error) {
	if true {
		err := g()
		_ = err
		return
	}
	return
}

func g() error { return nil }

func main() {
}
