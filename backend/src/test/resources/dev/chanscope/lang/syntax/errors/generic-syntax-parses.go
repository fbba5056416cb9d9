package main

type List[T any] struct{ next *List[T] }

type Number interface {
	~int | ~float64
}

func Map[T, U any](s []T, f func(T) U) []U { return nil }

func main() {
	_ = Map[int, string]
	var _ List[int]
}
