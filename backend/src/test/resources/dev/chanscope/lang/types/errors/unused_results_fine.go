package main

func f() int { return 1 }

func main() {
	f()
	g := func() (int, error) { return 0, nil }
	g()
	<-make(chan int)
}
