package main

var a = b

var b = f()

func f() int { return a }

var c = c

func main() {
}
