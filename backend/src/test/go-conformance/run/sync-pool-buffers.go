// Concepts: sync.Pool with New, Get/Put of *bytes.Buffer, Reset before reuse, output independent of reuse
package main

import (
	"bytes"
	"fmt"
	"sync"
)

var bufPool = sync.Pool{
	New: func() any { return new(bytes.Buffer) },
}

func render(name string, n int) string {
	buf := bufPool.Get().(*bytes.Buffer)
	buf.Reset()
	defer bufPool.Put(buf)
	buf.WriteString("<")
	buf.WriteString(name)
	for i := 0; i < n; i++ {
		buf.WriteByte('!')
	}
	buf.WriteString(">")
	return buf.String()
}

func main() {
	var wg sync.WaitGroup
	out := make([]string, 6)
	for i := range out {
		wg.Add(1)
		go func(i int) {
			defer wg.Done()
			out[i] = render(fmt.Sprint("item", i), i)
		}(i)
	}
	wg.Wait()
	for _, s := range out {
		fmt.Println(s)
	}
	var empty sync.Pool
	fmt.Println("Get from a pool without New:", empty.Get())
}
