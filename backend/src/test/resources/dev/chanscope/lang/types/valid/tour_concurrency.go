package main

import (
	"errors"
	"fmt"
	"math"
	"strings"
	"sync"
	"time"
)

type ErrNegativeSqrt float64

func (e ErrNegativeSqrt) Error() string {
	return fmt.Sprint("cannot Sqrt negative number: ", float64(e))
}

func Sqrt(x float64) (float64, error) {
	if x < 0 {
		return 0, ErrNegativeSqrt(x)
	}
	z := 1.0
	for i := 0; i < 10; i++ {
		z -= (z*z - x) / (2 * z)
	}
	return z, nil
}

type IPAddr [4]byte

func (ip IPAddr) String() string {
	return fmt.Sprintf("%v.%v.%v.%v", ip[0], ip[1], ip[2], ip[3])
}

type Tree struct {
	Left  *Tree
	Value int
	Right *Tree
}

func Walk(t *Tree, ch chan int) {
	var walk func(t *Tree)
	walk = func(t *Tree) {
		if t == nil {
			return
		}
		walk(t.Left)
		ch <- t.Value
		walk(t.Right)
	}
	walk(t)
	close(ch)
}

type SafeCounter struct {
	mu sync.Mutex
	v  map[string]int
}

func (c *SafeCounter) Value(key string) int {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.v[key]
}

type Fetcher interface {
	Fetch(url string) (body string, urls []string, err error)
}

type fakeResult struct {
	body string
	urls []string
}

type fakeFetcher map[string]*fakeResult

func (f fakeFetcher) Fetch(url string) (string, []string, error) {
	if res, ok := f[url]; ok {
		return res.body, res.urls, nil
	}
	return "", nil, fmt.Errorf("not found: %s", url)
}

func Crawl(url string, depth int, fetcher Fetcher, seen map[string]bool, mu *sync.Mutex, wg *sync.WaitGroup) {
	defer wg.Done()
	if depth <= 0 {
		return
	}
	mu.Lock()
	if seen[url] {
		mu.Unlock()
		return
	}
	seen[url] = true
	mu.Unlock()
	_, urls, err := fetcher.Fetch(url)
	if err != nil {
		return
	}
	for _, u := range urls {
		wg.Add(1)
		go Crawl(u, depth-1, fetcher, seen, mu, wg)
	}
}

func fibonacci(c, quit chan int) {
	x, y := 0, 1
	for {
		select {
		case c <- x:
			x, y = y, x+y
		case <-quit:
			return
		}
	}
}

func main() {
	fmt.Println(Sqrt(2))
	_, err := Sqrt(-2)
	var neg ErrNegativeSqrt
	fmt.Println(err, errors.As(err, &neg), math.Abs(float64(neg)))
	hosts := map[string]IPAddr{"loopback": {127, 0, 0, 1}}
	for name, ip := range hosts {
		fmt.Printf("%v: %v\n", name, ip)
	}
	t := &Tree{&Tree{nil, 1, nil}, 2, &Tree{nil, 3, nil}}
	ch := make(chan int)
	go Walk(t, ch)
	var vals []string
	for v := range ch {
		vals = append(vals, fmt.Sprint(v))
	}
	fmt.Println(strings.Join(vals, ","))
	c := make(chan int)
	quit := make(chan int)
	go func() {
		for i := 0; i < 10; i++ {
			fmt.Print(<-c, " ")
		}
		quit <- 0
	}()
	fibonacci(c, quit)
	fmt.Println()
	tick := time.Tick(100 * time.Millisecond)
	boom := time.After(350 * time.Millisecond)
	for done := false; !done; {
		select {
		case <-tick:
			fmt.Println("tick.")
		case <-boom:
			fmt.Println("BOOM!")
			done = true
		default:
			time.Sleep(50 * time.Millisecond)
		}
	}
	var wg sync.WaitGroup
	var mu sync.Mutex
	seen := map[string]bool{}
	f := fakeFetcher{"a": &fakeResult{"A", []string{"b", "c"}}, "b": &fakeResult{"B", []string{"a"}}}
	wg.Add(1)
	go Crawl("a", 3, f, seen, &mu, &wg)
	wg.Wait()
	fmt.Println(len(seen))
	sc := SafeCounter{v: make(map[string]int)}
	fmt.Println(sc.Value("x"))
	var nilch chan int
	select {
	case v := <-nilch:
		fmt.Println(v)
	case <-time.After(time.Millisecond):
		fmt.Println("nil channel never ready")
	}
	cond := sync.NewCond(&sync.Mutex{})
	ready := false
	go func() {
		cond.L.Lock()
		ready = true
		cond.L.Unlock()
		cond.Broadcast()
	}()
	cond.L.Lock()
	for !ready {
		cond.Wait()
	}
	cond.L.Unlock()
	fmt.Println("ready")
}
