// Concepts: os.Exit with a non-zero code, deferred calls do not run, stdout and stderr written before are kept
package main

import (
	"fmt"
	"os"
)

func validate(cfg map[string]string) []string {
	var missing []string
	for _, key := range []string{"host", "port", "user"} {
		if cfg[key] == "" {
			missing = append(missing, key)
		}
	}
	return missing
}

func main() {
	defer fmt.Println("this deferred line is never printed")
	fmt.Println("checking configuration")
	if missing := validate(map[string]string{"host": "localhost"}); len(missing) > 0 {
		fmt.Fprintln(os.Stderr, "error: configuration missing", missing)
		os.Exit(3)
	}
	fmt.Println("never printed")
}
