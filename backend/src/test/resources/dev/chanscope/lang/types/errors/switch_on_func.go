package main

func main() {
	f := func() {}
	switch f {
	case nil:
	}
	s := []int{}
	switch s {
	}
}
