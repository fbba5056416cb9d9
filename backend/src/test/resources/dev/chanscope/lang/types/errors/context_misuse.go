package main

import (
	"context"
)

func main() {
	ctx := context.Background()
	ctx, cancel := context.WithCancel(ctx)
	cancel(1)
	<-ctx.Done
}
