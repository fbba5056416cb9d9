package main

var a, b = 1

var c = 1, 2

func main() {
}
