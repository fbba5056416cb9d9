package main

type P struct{ x int }

func main() {
	_ = (P){x: 1}
}
