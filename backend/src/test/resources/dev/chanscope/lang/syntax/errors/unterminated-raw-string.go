package main

func main() {
	s := `never closed
}
