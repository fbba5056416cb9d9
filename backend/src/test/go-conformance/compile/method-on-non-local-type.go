// Concepts: cannot define new methods on non-local type int, on a type from another package, on a pointer to a pointer
package main

import "time"

func (i int) Double() int { return i * 2 }

func (d time.Duration) Hours2() float64 { return 0 }

type ptr *int

func (p ptr) Get() int { return 0 }

func main() {}
