package main

type R interface{ Do() int }

type W interface{ Do() string }

type ReadWriter interface {
	R
	W
}

func main() {
	var rw ReadWriter
	_ = rw
}
