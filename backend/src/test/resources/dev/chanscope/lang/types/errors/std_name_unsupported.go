package main

import (
	"fmt"
	"os"
	"time"
)

func main() {
	data, err := os.ReadFile("x.txt")
	fmt.Println(data, err, time.Parse, fmt.NoSuchThing)
}
