// doc
/* x */ package main // c

import (
	"fmt" // f
	os2 "os"
	. "strings"
)
import _ "embed"
func main() { fmt.Println(os2.Args, ToUpper("x")) }
