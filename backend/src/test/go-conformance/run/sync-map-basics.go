// Concepts: sync.Map Store, Load, LoadOrStore, LoadAndDelete, Delete, Range collected and sorted, concurrent stores
package main

import (
	"fmt"
	"sort"
	"sync"
)

func main() {
	var m sync.Map
	var wg sync.WaitGroup
	for i := 0; i < 10; i++ {
		wg.Add(1)
		go func(i int) {
			defer wg.Done()
			m.Store(fmt.Sprintf("k%d", i), i*i)
		}(i)
	}
	wg.Wait()

	v, ok := m.Load("k3")
	fmt.Println("load k3:", v, ok)
	v, ok = m.Load("missing")
	fmt.Println("load missing:", v, ok)

	actual, loaded := m.LoadOrStore("k3", 100)
	fmt.Println("LoadOrStore existing:", actual, loaded)
	actual, loaded = m.LoadOrStore("new", 100)
	fmt.Println("LoadOrStore new:", actual, loaded)

	v, loaded = m.LoadAndDelete("k9")
	fmt.Println("LoadAndDelete k9:", v, loaded)
	m.Delete("k0")

	var keys []string
	sum := 0
	m.Range(func(k, v any) bool {
		keys = append(keys, k.(string))
		sum += v.(int)
		return true
	})
	sort.Strings(keys)
	fmt.Println(keys, "sum", sum)
}
