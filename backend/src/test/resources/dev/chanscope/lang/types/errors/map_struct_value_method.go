package main

type Counter struct{ n int }

func (c *Counter) Inc() { c.n++ }

func main() {
	m := map[int]Counter{}
	m[1].Inc()
	m[1].n++
}
