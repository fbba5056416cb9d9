// Concepts: errgroup written by hand, sync.Once keeps the first error, context cancels the siblings
package main

import (
	"context"
	"errors"
	"fmt"
	"sync"
)

// group runs functions in goroutines; Wait returns the first error and cancels the others.
type group struct {
	wg      sync.WaitGroup
	errOnce sync.Once
	err     error
	cancel  func()
}

func withContext(ctx context.Context) (*group, context.Context) {
	ctx, cancel := context.WithCancel(ctx)
	return &group{cancel: cancel}, ctx
}

func (g *group) Go(f func() error) {
	g.wg.Add(1)
	go func() {
		defer g.wg.Done()
		if err := f(); err != nil {
			g.errOnce.Do(func() {
				g.err = err
				g.cancel()
			})
		}
	}()
}

func (g *group) Wait() error {
	g.wg.Wait()
	g.cancel()
	return g.err
}

var errNotFound = errors.New("not found")

func main() {
	g, ctx := withContext(context.Background())
	var mu sync.Mutex
	stopped := 0
	for i := 0; i < 5; i++ {
		i := i
		g.Go(func() error {
			if i == 3 {
				return fmt.Errorf("fetch %d: %w", i, errNotFound)
			}
			<-ctx.Done() // the others wait until the group gives up
			mu.Lock()
			stopped++
			mu.Unlock()
			return ctx.Err()
		})
	}
	err := g.Wait()
	fmt.Println("error:", err)
	fmt.Println("is not found:", errors.Is(err, errNotFound))
	fmt.Println("siblings stopped:", stopped)
}
