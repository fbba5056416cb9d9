package main

import (
	"fmt"
	"time"
)

const items = {{items}}
const badItem = {{badItem}} // 0: every item is valid
const step = {{step}}

{{#fix}}
type outcome struct {
	sum int
	err error
}

{{/fix}}
func main() {
{{^fix}}
	result := make(chan int)
{{/fix}}
{{#fix}}
	result := make(chan outcome)
{{/fix}}
	go func() {
		sum := 0
		for i := 1; i <= items; i++ {
			time.Sleep(step) // parse item i
			if i == badItem {
{{^fix}}
				fmt.Println("worker: item", i, "is invalid, giving up")
				return // nothing is sent: main waits forever
{{/fix}}
{{#fix}}
				result <- outcome{err: fmt.Errorf("item %d is invalid", i)}
				return
{{/fix}}
			}
			sum += i
		}
{{^fix}}
		result <- sum
{{/fix}}
{{#fix}}
		result <- outcome{sum: sum}
{{/fix}}
	}()
{{^fix}}
	sum := <-result
	fmt.Printf("= sum %d\n", sum)
{{/fix}}
{{#fix}}
	r := <-result
	if r.err != nil {
		fmt.Printf("= error: %v\n", r.err)
		return
	}
	fmt.Printf("= sum %d\n", r.sum)
{{/fix}}
}
