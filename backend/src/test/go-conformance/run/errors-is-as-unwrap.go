// Concepts: errors.New, fmt.Errorf with %w, errors.Is through a chain, errors.As to a custom type, errors.Unwrap, custom Is method, %v of wrapped errors
package main

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
)

var ErrNotFound = errors.New("not found")

type QueryError struct {
	Query string
	Err   error
}

func (e *QueryError) Error() string { return "query " + e.Query + ": " + e.Err.Error() }
func (e *QueryError) Unwrap() error { return e.Err }

type TimeoutError struct{ Op string }

func (t TimeoutError) Error() string { return t.Op + " timed out" }
func (t TimeoutError) Is(target error) bool {
	_, ok := target.(TimeoutError)
	return ok // any TimeoutError matches any other
}

func find(id int) error {
	if id < 0 {
		return &QueryError{Query: fmt.Sprint("id=", id), Err: ErrNotFound}
	}
	return TimeoutError{"find"}
}

func main() {
	err := fmt.Errorf("handler: %w", find(-1))
	fmt.Println(err)
	fmt.Println(errors.Is(err, ErrNotFound), errors.Is(err, os.ErrNotExist))
	var qe *QueryError
	if errors.As(err, &qe) {
		fmt.Println("query was", qe.Query)
	}
	fmt.Println(errors.Unwrap(err) == error(qe), errors.Unwrap(errors.Unwrap(err)) == ErrNotFound)
	fmt.Println(errors.Unwrap(ErrNotFound))

	t := fmt.Errorf("retry: %w", find(1))
	fmt.Println(t, errors.Is(t, TimeoutError{"other"}))
	var te TimeoutError
	fmt.Println(errors.As(t, &te), te.Op)

	notWrapped := fmt.Errorf("lost: %v", ErrNotFound)
	fmt.Println(notWrapped, errors.Is(notWrapped, ErrNotFound), errors.Unwrap(notWrapped))
	fmt.Println(errors.New("x") == errors.New("x"))
	fmt.Println(errors.Is(fs.ErrNotExist, os.ErrNotExist))
	var target interface{ Timeout() bool }
	fmt.Println(errors.As(err, &target))
	fmt.Printf("%v | %+v | %q\n", err, err, err)
}
