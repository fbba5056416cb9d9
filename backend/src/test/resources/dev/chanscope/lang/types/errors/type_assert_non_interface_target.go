package main

import (
	"fmt"
	"os"
)

func main() {
	var e error
	_ = e.(fmt.Stringer)
	_ = e.(*os.File)
	_ = e.(int)
}
