package main
import fmt // printing
func main() {}
