package main

func Map[T any](x T) T { return x }

type List[T any] struct{ v T }

func main() {
}
