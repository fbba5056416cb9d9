package main

type A[] int

func f[]() {}

type B[T] int

func main() {
	_ = func[T any]() {}
}
