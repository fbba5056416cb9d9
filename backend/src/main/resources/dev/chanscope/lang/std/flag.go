// Package flag: command-line flags. A playground program has no arguments, so every flag keeps its default.
package flag

import "time"

func Bool(name string, value bool, usage string) *bool {
	p := new(bool)
	*p = value
	return p
}

func Int(name string, value int, usage string) *int {
	p := new(int)
	*p = value
	return p
}

func Int64(name string, value int64, usage string) *int64 {
	p := new(int64)
	*p = value
	return p
}

func Uint(name string, value uint, usage string) *uint {
	p := new(uint)
	*p = value
	return p
}

func String(name string, value string, usage string) *string {
	p := new(string)
	*p = value
	return p
}

func Float64(name string, value float64, usage string) *float64 {
	p := new(float64)
	*p = value
	return p
}

func Duration(name string, value time.Duration, usage string) *time.Duration {
	p := new(time.Duration)
	*p = value
	return p
}

func BoolVar(p *bool, name string, value bool, usage string)                   { *p = value }
func IntVar(p *int, name string, value int, usage string)                      { *p = value }
func Int64Var(p *int64, name string, value int64, usage string)                { *p = value }
func UintVar(p *uint, name string, value uint, usage string)                   { *p = value }
func StringVar(p *string, name string, value string, usage string)             { *p = value }
func Float64Var(p *float64, name string, value float64, usage string)          { *p = value }
func DurationVar(p *time.Duration, name string, value time.Duration, usage string) { *p = value }

var parsed bool

func Parse()        { parsed = true }
func Parsed() bool  { return parsed }
func Args() []string { return nil }
func NArg() int      { return 0 }
func NFlag() int     { return 0 }
func Arg(i int) string { return "" }
