package main

func f() {
	return nil
}

func g() (x int) {
	{
		x := 2
		_ = x
		return
	}
}

func main() {
}
