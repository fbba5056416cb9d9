// Concepts: context.WithValue with a private key type, parent cancel propagates to children, String of contexts
package main

import (
	"context"
	"fmt"
)

type ctxKey string

func handle(ctx context.Context) {
	user, _ := ctx.Value(ctxKey("user")).(string)
	id, ok := ctx.Value(ctxKey("request-id")).(int)
	fmt.Printf("user=%q id=%d found=%v missing=%v\n", user, id, ok, ctx.Value(ctxKey("nope")))
}

func main() {
	root, cancelRoot := context.WithCancel(context.Background())
	withUser := context.WithValue(root, ctxKey("user"), "gopher")
	withID := context.WithValue(withUser, ctxKey("request-id"), 7)
	child, cancelChild := context.WithCancel(withID)
	defer cancelChild()

	handle(child)
	// A plain string key is a different key from ctxKey("user").
	fmt.Println("string key:", child.Value("user"))

	fmt.Println("child before:", child.Err())
	cancelRoot()
	<-child.Done()
	fmt.Println("child after:", child.Err())
	fmt.Println("root after:", root.Err())

	fmt.Println(context.Background())
	fmt.Println(context.TODO())
}
