package main

func main() {
	go func() {}
	defer func() {}
}
