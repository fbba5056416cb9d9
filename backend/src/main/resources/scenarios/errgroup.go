package main

import (
	"context"
	"errors"
	"fmt"
	"math/rand"
	"runtime"
	"sync"
	"time"
)

const tasks = {{tasks}}
const limit = {{limit}}         // at most this many tasks run at once
const steps = {{steps}}         // each task works in this many steps
const stepTime = {{stepTime}}   // a step takes 0.5–1.5× this
var failEvery = {{failEvery}}   // every failEvery-th task fails at a random step (0: none; a var, since id%0 does not compile)

// Group is a tiny stand-in for golang.org/x/sync/errgroup.Group, with the same API.
type Group struct {
	cancel  func()
	wg      sync.WaitGroup
	sem     chan struct{}
	errOnce sync.Once
	err     error
}

// WithContext returns a Group whose context is cancelled by the first error (or by Wait).
func WithContext(ctx context.Context) (*Group, context.Context) {
	ctx, cancel := context.WithCancel(ctx)
	return &Group{cancel: cancel}, ctx
}

// SetLimit lets at most n functions run at once; Go blocks while n are running.
func (g *Group) SetLimit(n int) {
	g.sem = make(chan struct{}, n)
}

// Go runs f in a new goroutine; the first error it returns is kept and cancels the context.
func (g *Group) Go(f func() error) {
	if g.sem != nil {
		g.sem <- struct{}{}
	}
	g.wg.Add(1)
	go func() {
		defer g.done()
		if err := f(); err != nil {
			g.errOnce.Do(func() {
				g.err = err
				if g.cancel != nil {
					g.cancel()
				}
			})
		}
	}()
}

func (g *Group) done() {
	if g.sem != nil {
		<-g.sem
	}
	g.wg.Done()
}

// Wait waits for every function, then returns the first error, if any.
func (g *Group) Wait() error {
	g.wg.Wait()
	if g.cancel != nil {
		g.cancel() // every function has returned: release the context
	}
	return g.err
}

// task works step by step, checking between steps whether the group has given up.
func task(ctx context.Context, id int) error {
	failAt := 0
	if failEvery > 0 && id%failEvery == 0 {
		failAt = 1 + rand.Intn(steps)
	}
	for step := 1; step <= steps; step++ {
		select {
		case <-ctx.Done():
			fmt.Printf("task %d: stopped before step %d\n", id, step)
			return ctx.Err()
		case <-time.After(stepTime/2 + time.Duration(rand.Int63n(int64(stepTime)))):
		}
		if step == failAt {
			fmt.Printf("task %d: failed at step %d\n", id, step)
			return fmt.Errorf("task %d failed at step %d", id, step)
		}
	}
	fmt.Printf("task %d: done\n", id)
	return nil
}

// goroutinesLeft counts the running goroutines, main included, after giving those that have finished
// their work a moment to return (as leak checkers such as goleak do).
func goroutinesLeft() int {
	for i := 0; i < 100 && runtime.NumGoroutine() > 1; i++ {
		time.Sleep(time.Millisecond)
	}
	return runtime.NumGoroutine()
}

func main() {
	g, ctx := WithContext(context.Background())
	g.SetLimit(limit)
	for id := 1; id <= tasks; id++ {
		id := id
		g.Go(func() error {
			return task(ctx, id)
		})
	}
	err := g.Wait()
	fmt.Println("Wait:", err)
	fmt.Println("= Wait returned an error:", err != nil)
	fmt.Println("= the error is a task's own, not a cancelled sibling's:", !errors.Is(err, context.Canceled))
	fmt.Println("= goroutines left:", goroutinesLeft())
}
