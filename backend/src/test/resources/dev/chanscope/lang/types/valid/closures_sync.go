package main

import (
	"fmt"
	"math"
	"math/rand"
	"os"
	"runtime"
	"strings"
	"sync"
	"sync/atomic"
	"unicode"
	"unicode/utf8"
)

type SafeCounter struct {
	mu sync.Mutex
	v  map[string]int
}

func (c *SafeCounter) Inc(key string) {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.v[key]++
}

func fib() func() int {
	a, b := 0, 1
	return func() int {
		a, b = b, a+b
		return a
	}
}

var (
	total   = compute()
	base    = 10
	counter int64
)

func compute() int { return base * 2 }

func init() {
	base++
}

func main() {
	c := SafeCounter{v: make(map[string]int)}
	var wg sync.WaitGroup
	var once sync.Once
	var ops atomic.Int64
	for i := 0; i < 10; i++ {
		wg.Add(1)
		go func(i int) {
			defer wg.Done()
			c.Inc("k")
			once.Do(func() { fmt.Println("once") })
			ops.Add(1)
			atomic.AddInt64(&counter, int64(i))
		}(i)
	}
	wg.Wait()
	f := fib()
	for i := 0; i < 5; i++ {
		fmt.Print(f(), " ")
	}
	fmt.Println(c.v["k"], ops.Load(), atomic.LoadInt64(&counter), total, base)
	var rw sync.RWMutex
	cond := sync.NewCond(&rw)
	_ = cond
	rw.RLock()
	rw.RUnlock()
	fmt.Println(math.Sqrt(2), math.MaxInt64, math.Pi, math.Inf(1), rand.Intn(10) >= 0)
	fmt.Println(runtime.NumGoroutine(), runtime.GOMAXPROCS(0) > 0)
	fmt.Println(strings.Fields(" a b  c "), strings.Repeat("ab", 3), unicode.IsUpper('A'), utf8.RuneLen('é'))
	defer fmt.Println("deferred")
	if len(os.Args) > 5 {
		os.Exit(3)
	}
	funcs := make([]func(), 3)
	for i := range funcs {
		funcs[i] = func() { fmt.Print(i) }
	}
	for _, g := range funcs {
		g()
	}
	fmt.Println()
	var sm sync.Map
	sm.Store("a", 1)
	if v, ok := sm.Load("a"); ok {
		fmt.Println(v.(int) + 1)
	}
	pool := sync.Pool{New: func() any { return new(strings.Builder) }}
	b := pool.Get().(*strings.Builder)
	b.WriteString("pooled")
	fmt.Println(b.String())
	pool.Put(b)
}
