// Concepts: output left in a bufio.Writer is lost when os.Exit skips the deferred Flush, unbuffered output survives
package main

import (
	"bufio"
	"fmt"
	"os"
)

func report(w *bufio.Writer, lines []string) {
	for i, l := range lines {
		fmt.Fprintf(w, "%d: %s\n", i+1, l)
	}
}

func main() {
	w := bufio.NewWriter(os.Stdout)
	defer w.Flush()
	report(w, []string{"this stays in the buffer", "and so does this"})
	fmt.Println("this goes straight to stdout; buffered bytes:", w.Buffered())
	os.Exit(1)
}
