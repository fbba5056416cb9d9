package main

import (
	"io"
	"os"
)

func main() {
	var w io.Writer = os.Stdout
	f := io.Writer.Write
	_, _ = f(w, nil)
	g := io.Writer.Close
	_ = g
}
