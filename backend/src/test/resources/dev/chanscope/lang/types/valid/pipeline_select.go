package main

import (
	"context"
	"errors"
	"fmt"
	"os"
	"strings"
	"time"
)

func gen(ctx context.Context, nums ...int) <-chan int {
	out := make(chan int)
	go func() {
		defer close(out)
		for _, n := range nums {
			select {
			case out <- n:
			case <-ctx.Done():
				return
			}
		}
	}()
	return out
}

func sq(in <-chan int) <-chan int {
	out := make(chan int, 1)
	go func() {
		for n := range in {
			out <- n * n
		}
		close(out)
	}()
	return out
}

var ErrTimeout = errors.New("timeout")

func first(ch <-chan int, d time.Duration) (int, error) {
	select {
	case v, ok := <-ch:
		if !ok {
			return 0, fmt.Errorf("closed: %w", ErrTimeout)
		}
		return v, nil
	case <-time.After(d):
		return 0, ErrTimeout
	}
}

func main() {
	ctx, cancel := context.WithTimeout(context.Background(), 50*time.Millisecond)
	defer cancel()
	var sb strings.Builder
	for v := range sq(sq(gen(ctx, 1, 2, 3))) {
		fmt.Fprintf(&sb, "%d ", v)
	}
	fmt.Println(strings.TrimSpace(sb.String()))
	if _, err := first(make(chan int), time.Millisecond); errors.Is(err, ErrTimeout) {
		fmt.Fprintln(os.Stderr, "timed out:", err)
	}
	ticker := time.NewTicker(10 * time.Millisecond)
	defer ticker.Stop()
	n := 0
loop:
	for {
		select {
		case <-ticker.C:
			n++
			if n == 3 {
				break loop
			}
		case <-ctx.Done():
			fmt.Println(ctx.Err())
			return
		default:
			time.Sleep(time.Millisecond)
		}
	}
	fmt.Println("ticks", n)
}
