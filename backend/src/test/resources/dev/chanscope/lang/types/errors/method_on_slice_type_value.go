package main

type S []int

func (s *S) Add(x int) { *s = append(*s, x) }

func main() {
	var s S
	s.Add(1)
	S{}.Add(2)
}
