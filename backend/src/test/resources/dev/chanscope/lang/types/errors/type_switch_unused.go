package main

func main() {
	var x any
	switch v := x.(type) {
	case int:
	}
}
