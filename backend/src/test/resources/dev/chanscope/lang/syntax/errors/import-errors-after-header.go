package main

import "fmt"

var x = 1

import "os"

func main() { fmt.Println(os.Args) }
