package main

import (
	"fmt"
{{#fix}}
	"math/rand"
{{/fix}}
	"time"
)

const corridors = {{corridors}}
const maxAttempts = {{maxAttempts}}
const stepTime = {{stepTime}}

// walk moves one person along a two-lane corridor towards someone coming the
// other way. On every attempt both show which lane they are in (tell) and look
// at the other (see); in the same lane they block each other.
func walk(name string, tell chan<- int, see <-chan int, done chan<- bool) {
	lane := 0
{{#fix}}
	backoff, wait := 1, 0
{{/fix}}
	for attempt := 1; attempt <= maxAttempts; attempt++ {
		tell <- lane
		other := <-see
		if other != lane {
			fmt.Println(name, "got past on attempt", attempt)
			done <- true
			return
		}
		time.Sleep(stepTime)
{{^fix}}
		lane = 1 - lane // step aside to let the other pass: they do exactly the same
{{/fix}}
{{#fix}}
		if wait > 0 {
			wait-- // still backing off: stay put this time
			continue
		}
		lane = 1 - lane // step aside, then back off for a random number of attempts
		if backoff < 8 {
			backoff *= 2
		}
		wait = rand.Intn(backoff)
{{/fix}}
	}
	fmt.Println(name, "gave up after", maxAttempts, "attempts")
	done <- false
}

func main() {
	done := make(chan bool)
	for c := 0; c < corridors; c++ {
		aliceToBob := make(chan int, 1)
		bobToAlice := make(chan int, 1)
		go walk("alice", aliceToBob, bobToAlice, done)
		go walk("bob", bobToAlice, aliceToBob, done)
	}
	passed, gaveUp := 0, 0
	for i := 0; i < 2*corridors; i++ {
		if <-done {
			passed++
		} else {
			gaveUp++
		}
	}
	fmt.Printf("= %d got past, %d gave up\n", passed, gaveUp)
}
