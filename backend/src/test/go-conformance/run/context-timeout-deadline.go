// Concepts: context.WithTimeout, DeadlineExceeded, errors.Is, select on ctx.Done versus a slow result
package main

import (
	"context"
	"errors"
	"fmt"
	"time"
)

// slowQuery never answers: its reply channel is never written.
func slowQuery(ctx context.Context) (string, error) {
	reply := make(chan string)
	select {
	case r := <-reply:
		return r, nil
	case <-ctx.Done():
		return "", ctx.Err()
	}
}

// fastQuery answers at once.
func fastQuery(ctx context.Context) (string, error) {
	reply := make(chan string, 1)
	reply <- "row 1"
	select {
	case r := <-reply:
		return r, nil
	case <-ctx.Done():
		return "", ctx.Err()
	}
}

func main() {
	ctx, cancel := context.WithTimeout(context.Background(), 50*time.Millisecond)
	defer cancel()

	r, err := fastQuery(ctx)
	fmt.Printf("fast: %q %v\n", r, err)

	r, err = slowQuery(ctx)
	fmt.Printf("slow: %q %v\n", r, err)
	fmt.Println("is deadline exceeded:", errors.Is(err, context.DeadlineExceeded))
	fmt.Println("is canceled:", errors.Is(err, context.Canceled))
	_, hasDeadline := ctx.Deadline()
	fmt.Println("has deadline:", hasDeadline)
	_, bgDeadline := context.Background().Deadline()
	fmt.Println("background has deadline:", bgDeadline)
}
