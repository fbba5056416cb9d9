package main

import (
	"fmt"
	"sync"
)

const workers = {{workers}}
const increments = {{increments}}

func main() {
	var counter int
{{#fix}}
	var mu sync.Mutex
{{/fix}}
	var wg sync.WaitGroup
	for w := 0; w < workers; w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := 0; i < increments; i++ {
{{#fix}}
				mu.Lock()
{{/fix}}
				v := counter
				counter = v + 1
{{#fix}}
				mu.Unlock()
{{/fix}}
			}
		}()
	}
	wg.Wait()
	fmt.Println("counter:", counter, "lost updates:", workers*increments-counter)
	fmt.Printf("= expected %d\n", workers*increments)
{{#fix}}
	fmt.Printf("= counter %d\n", counter)
{{/fix}}
}
