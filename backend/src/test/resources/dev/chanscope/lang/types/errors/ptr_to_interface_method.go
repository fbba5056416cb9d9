package main

import (
	"io"
)

func main() {
	var w io.Writer
	p := &w
	p.Write(nil)
}
