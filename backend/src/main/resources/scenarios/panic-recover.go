package main

import (
	"fmt"
	"strconv"
	"time"
)

const workers = {{workers}}
const badInput = {{badInput}} // this worker gets an empty string
const workTime = {{workTime}}

type result struct {
	worker int
	digit  int
	err    error
}

// firstDigit panics on an empty string: s[0] is out of range.
func firstDigit(s string) int {
	return int(s[0] - '0')
}

func worker(id int, input string, results chan<- result) {
{{#fix}}
	defer func() {
		if r := recover(); r != nil {
			results <- result{worker: id, err: fmt.Errorf("worker %d: %v", id, r)}
		}
	}()
{{/fix}}
	time.Sleep(workTime)
	results <- result{worker: id, digit: firstDigit(input)}
}

func main() {
	results := make(chan result)
	for w := 0; w < workers; w++ {
		input := strconv.Itoa(w + 1)
		if w == badInput {
			input = ""
		}
		go worker(w, input, results)
	}
	sum, failed := 0, 0
	for i := 0; i < workers; i++ {
		r := <-results
		if r.err != nil {
			fmt.Printf("= recovered: %v\n", r.err)
			failed++
			continue
		}
		sum += r.digit
	}
	fmt.Printf("= %d workers, %d failed, sum of first digits %d\n", workers, failed, sum)
}
