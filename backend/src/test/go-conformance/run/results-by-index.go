// Concepts: goroutine per item writes its own slice slot, WaitGroup, loop variable passed as argument
package main

import (
	"fmt"
	"strings"
	"sync"
)

func main() {
	words := []string{"go", "channel", "select", "mutex", "waitgroup", "context"}
	upper := make([]string, len(words))
	lengths := make([]int, len(words))

	var wg sync.WaitGroup
	for i, w := range words {
		wg.Add(1)
		go func(i int, w string) {
			defer wg.Done()
			upper[i] = strings.ToUpper(w)
			lengths[i] = len(w)
		}(i, w)
	}
	wg.Wait()

	fmt.Println(strings.Join(upper, ","))
	fmt.Println(lengths)
}
