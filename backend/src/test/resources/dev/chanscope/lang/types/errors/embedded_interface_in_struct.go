package main

import (
	"io"
)

type ReadCloser interface {
	io.Reader
	io.Closer
}

type rc struct{ io.ReadCloser }

func main() {
	var r ReadCloser = rc{}
	r.Close()
	var w io.Writer = rc{}
	_ = w
}
