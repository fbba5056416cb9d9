// Concepts: graceful shutdown, stop accepting work, close the queue, workers drain what is queued, shutdown deadline with context
package main

import (
	"context"
	"fmt"
	"sync"
	"time"
)

type server struct {
	queue     chan int
	wg        sync.WaitGroup
	mu        sync.Mutex
	handled   int
	sum       int
	accepting bool
}

func (s *server) start(workers int) {
	s.accepting = true
	for i := 0; i < workers; i++ {
		s.wg.Add(1)
		go func() {
			defer s.wg.Done()
			for job := range s.queue { // ends when the queue is closed and drained
				s.mu.Lock()
				s.handled++
				s.sum += job
				s.mu.Unlock()
			}
		}()
	}
}

func (s *server) submit(job int) bool {
	s.mu.Lock()
	ok := s.accepting
	s.mu.Unlock()
	if ok {
		s.queue <- job
	}
	return ok
}

// shutdown stops intake, lets the workers drain the queue and waits for them or the deadline.
func (s *server) shutdown(ctx context.Context) error {
	s.mu.Lock()
	s.accepting = false
	s.mu.Unlock()
	close(s.queue)
	done := make(chan struct{})
	go func() {
		s.wg.Wait()
		close(done)
	}()
	select {
	case <-done:
		return nil
	case <-ctx.Done():
		return ctx.Err()
	}
}

func main() {
	s := &server{queue: make(chan int, 100)}
	s.start(3)
	for j := 1; j <= 50; j++ {
		s.submit(j)
	}
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	defer cancel()
	fmt.Println("shutdown:", s.shutdown(ctx))
	fmt.Println("accepted after shutdown:", s.submit(51))
	fmt.Println("handled", s.handled, "jobs, sum", s.sum)
}
