package main

import f "fmt"
import r "math/rand"

var _ = r.Intn

func main() {}
