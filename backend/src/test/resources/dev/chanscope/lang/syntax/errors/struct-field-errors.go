package main

type T struct {
	*(int)
	(Foo)
	x, y
	1
}
