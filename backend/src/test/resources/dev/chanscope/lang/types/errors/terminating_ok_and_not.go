package main

func a() int {
	for {
	}
}

func b() int {
	select {}
}

func c(x int) int {
	switch x {
	case 1:
		return 1
	}
}

func d() int {
	panic(1)
}

func e(x int) int {
	switch {
	case x > 0:
		return 1
	default:
		return 2
	}
}

func f() int {
L:
	for {
		break L
	}
}

func main() {
}
