// Concepts: panic with an error built by fmt.Errorf and %w, the message includes the wrapped error
package main

import (
	"errors"
	"fmt"
)

var errDisk = errors.New("disk full")

func save(name string) error {
	return fmt.Errorf("save %q: %w", name, errDisk)
}

func main() {
	if err := save("report.txt"); err != nil {
		fmt.Println("unwrapped is errDisk:", errors.Unwrap(err) == errDisk)
		panic(err)
	}
}
