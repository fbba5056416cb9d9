package main
import ("fmt"; x "os" y)
func main() {}
