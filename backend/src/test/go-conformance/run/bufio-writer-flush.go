// Concepts: bufio.Writer over os.Stdout, Flush at the end, Fprintf into the writer, Buffered, bufio.Scanner over a strings.Reader
package main

import (
	"bufio"
	"fmt"
	"os"
	"strings"
)

func main() {
	w := bufio.NewWriter(os.Stdout)
	defer w.Flush()
	fmt.Fprintf(w, "%s %d\n", "buffered line", 1)
	w.WriteString("second line\n")
	fmt.Fprintln(w, "buffered bytes so far:", w.Buffered())

	sc := bufio.NewScanner(strings.NewReader("alpha beta\ngamma\n\ndelta"))
	lines := 0
	for sc.Scan() {
		lines++
		fmt.Fprintf(w, "line %d: %q\n", lines, sc.Text())
	}
	words := bufio.NewScanner(strings.NewReader("one two  three\nfour"))
	words.Split(bufio.ScanWords)
	count := 0
	for words.Scan() {
		count++
	}
	fmt.Fprintln(w, "words:", count, "err:", words.Err())
}
