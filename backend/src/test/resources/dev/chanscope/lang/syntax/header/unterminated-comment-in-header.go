package main
/* never closed
import "fmt"
