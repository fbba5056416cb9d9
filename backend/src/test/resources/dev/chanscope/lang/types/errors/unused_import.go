package main

import (
	"os"
	"fmt"
)

var _ = fmt.Sprint

func main() {
}
