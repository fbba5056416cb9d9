package main

func main() {
	break
	for {
		continue L
	}
}
