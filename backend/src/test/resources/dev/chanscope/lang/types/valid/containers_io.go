package main

import (
	"bufio"
	"bytes"
	"container/heap"
	"container/list"
	"container/ring"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"strconv"
	"time"
)

type IntHeap []int

func (h IntHeap) Len() int           { return len(h) }
func (h IntHeap) Less(i, j int) bool { return h[i] < h[j] }
func (h IntHeap) Swap(i, j int)      { h[i], h[j] = h[j], h[i] }

func (h *IntHeap) Push(x any) { *h = append(*h, x.(int)) }

func (h *IntHeap) Pop() any {
	old := *h
	n := len(old)
	x := old[n-1]
	*h = old[0 : n-1]
	return x
}

type MyErr struct{ Code int }

func (e *MyErr) Error() string { return "code " + strconv.Itoa(e.Code) }

func find(code int) error {
	if code > 0 {
		return fmt.Errorf("wrapped: %w", &MyErr{code})
	}
	return nil
}

var n = flag.Int("n", 3, "count")

func main() {
	flag.Parse()
	h := &IntHeap{5, 2, 8}
	heap.Init(h)
	heap.Push(h, 3)
	for h.Len() > 0 {
		fmt.Print(heap.Pop(h), " ")
	}
	fmt.Println()
	l := list.New()
	l.PushBack(1)
	l.PushFront(0)
	for e := l.Front(); e != nil; e = e.Next() {
		fmt.Print(e.Value, " ")
	}
	r := ring.New(*n)
	for i := 0; i < r.Len(); i++ {
		r.Value = i
		r = r.Next()
	}
	r.Do(func(p any) { fmt.Print(p) })
	fmt.Println()
	w := bufio.NewWriter(os.Stdout)
	defer w.Flush()
	fmt.Fprintf(w, "%s %q %x %08.3f %-5d|\n", "s", "q", 255, 3.14159, 42)
	var buf bytes.Buffer
	buf.WriteString("hello ")
	buf.WriteByte('w')
	io.WriteString(&buf, "orld")
	fmt.Fprintln(w, buf.String(), buf.Len())
	err := find(7)
	var me *MyErr
	if errors.As(err, &me) {
		fmt.Fprintln(w, "as:", me.Code, err)
	}
	fmt.Fprintln(w, errors.Unwrap(err) == error(me), errors.Is(err, io.EOF))
	d := 1500 * time.Millisecond
	fmt.Fprintln(w, d, d.Seconds(), time.Duration(90)*time.Second, time.Since(time.Now()) >= 0)
	v, perr := strconv.Atoi("12x")
	fmt.Fprintln(w, v, perr)
	sc := bufio.NewScanner(&buf)
	sc.Split(bufio.ScanWords)
	for sc.Scan() {
		fmt.Fprint(w, "[", sc.Text(), "]")
	}
	fmt.Fprintln(w)
}
