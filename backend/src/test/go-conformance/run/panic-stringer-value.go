// Concepts: panic with a fmt.Stringer value, the runtime prints its String() text, state machine with iota
package main

import "fmt"

type state int

const (
	idle state = iota
	running
	stopped
)

func (s state) String() string {
	return [...]string{"idle", "running", "stopped"}[s]
}

func transition(from, to state) state {
	if from == stopped || to == idle {
		panic(from)
	}
	return to
}

func main() {
	s := transition(idle, running)
	fmt.Println("state is", s)
	s = transition(s, idle)
}
