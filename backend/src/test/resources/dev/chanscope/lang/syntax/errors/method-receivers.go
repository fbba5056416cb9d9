package main

type T struct{}

func () none() {}
func (a, b T) two() {}
