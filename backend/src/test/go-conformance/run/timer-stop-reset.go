// Concepts: time.NewTimer, Stop before firing, Reset, receive from timer.C, Duration printing
package main

import (
	"fmt"
	"time"
)

func main() {
	t := time.NewTimer(time.Hour)
	fmt.Println("stopped before firing:", t.Stop())
	fmt.Println("stopped again:", t.Stop())

	t.Reset(5 * time.Millisecond)
	<-t.C
	fmt.Println("fired after reset")
	fmt.Println("stop after firing:", t.Stop())

	t2 := time.NewTimer(2 * time.Millisecond)
	select {
	case <-t2.C:
		fmt.Println("timer 2 fired")
	case <-time.After(time.Second):
		fmt.Println("unexpected: one second passed first")
	}

	d := 1500 * time.Millisecond
	fmt.Println(d, d.Seconds(), d.Milliseconds(), time.Duration(0), 90*time.Second, 36*time.Hour+time.Microsecond)
}
