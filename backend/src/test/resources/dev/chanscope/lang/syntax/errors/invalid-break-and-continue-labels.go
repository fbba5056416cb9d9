package main

func main() {
Block:
	{
		for {
			break Block
		}
	}
Sw:
	switch {
	default:
		for {
			continue Sw
		}
	}
}
