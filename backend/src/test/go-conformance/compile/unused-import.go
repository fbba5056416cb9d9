// Concepts: unused imports, imported but not used, aliased import
package main

import (
	"fmt"
	"os"
	str "strings"
	"sync"
)

func main() {
	var wg sync.WaitGroup
	wg.Wait()
	fmt.Println("hi")
}
