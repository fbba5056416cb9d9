// Concepts: strings.Builder, bytes.Buffer read and write, fmt.Fprintf into a builder, Len, Grow, WriteRune, bytes package helpers
package main

import (
	"bytes"
	"fmt"
	"strings"
)

func main() {
	var sb strings.Builder
	for i := 3; i > 0; i-- {
		fmt.Fprintf(&sb, "%d...", i)
	}
	sb.WriteString("liftoff")
	sb.WriteByte(' ')
	sb.WriteRune('🚀')
	fmt.Println(sb.String(), sb.Len())

	var buf bytes.Buffer
	buf.WriteString("hello ")
	buf.Write([]byte("world"))
	fmt.Fprintf(&buf, " #%d", 1)
	fmt.Println(buf.String(), buf.Len())
	p := make([]byte, 5)
	n, _ := buf.Read(p)
	fmt.Printf("read %d: %q, rest %q\n", n, p[:n], buf.String())
	b, err := buf.ReadByte()
	fmt.Println(b, err)
	line, err := buf.ReadString('#')
	fmt.Printf("%q %v\n", line, err)
	rest, err := buf.ReadString('\n')
	fmt.Printf("%q %v\n", rest, err)
	buf.Reset()
	fmt.Println(buf.Len(), buf.String() == "")

	fmt.Println(bytes.Equal([]byte("a"), []byte("a")), bytes.Compare([]byte("a"), []byte("b")))
	fmt.Println(bytes.Contains([]byte("seafood"), []byte("foo")), string(bytes.ToUpper([]byte("x"))))
	fmt.Printf("%q\n", bytes.Split([]byte("a b c"), []byte(" ")))
	fmt.Println(string(bytes.TrimSpace([]byte("  pad  "))), bytes.IndexByte([]byte("chicken"), 'k'))
	var nb *bytes.Buffer = bytes.NewBufferString("from string")
	fmt.Println(nb.String(), bytes.NewBuffer([]byte("xy")).Len())
}
