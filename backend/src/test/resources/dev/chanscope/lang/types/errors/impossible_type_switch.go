package main

type Reader interface{ Read() }

type T struct{}

func main() {
	var r Reader
	switch r.(type) {
	case T:
	}
}
