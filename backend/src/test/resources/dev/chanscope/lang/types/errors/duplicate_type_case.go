package main

func main() {
	var x any
	switch x.(type) {
	case int, string:
	case int:
	case nil:
	case nil:
	}
}
