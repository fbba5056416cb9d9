package main

import (
	"io"
	"os"
)

func main() {
	var w io.Writer = os.Stdout
	w.Write("abc")
	w.Write([]byte("a"), 1)
}
