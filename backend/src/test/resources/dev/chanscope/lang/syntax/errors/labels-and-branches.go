package main

func main() {
L:
	for {
		break L
	}
L:
	for {
	}
	goto M
	x := 1
M:
	_ = x
	{
	N:
		_ = 1
	}
	goto N
	break
	continue
	switch {
	case true:
		fallthrough
	}
}
