// Package flag: command-line flag parsing. A playground program runs without arguments, so every
// flag keeps its default; definitions, lookup and visiting work as in Go (written in Go).
package flag

import (
	"errors"
	"fmt"
	"os"
	"sort"
	"strconv"
	"time"
)

// ErrHelp is the error returned if the -help or -h flag is invoked but no such flag is defined.
var ErrHelp = errors.New("flag: help requested")

// Value is the interface to the dynamic value stored in a flag.
type Value interface {
	String() string
	Set(string) error
}

// Getter is an interface that allows the contents of a Value to be retrieved.
type Getter interface {
	Value
	Get() any
}

// A Flag represents the state of a flag.
type Flag struct {
	Name     string
	Usage    string
	Value    Value
	DefValue string
}

var (
	formal = map[string]*Flag{}
	actual = map[string]*Flag{}
	parsed bool
)

type boolValue bool

func (b *boolValue) Set(s string) error {
	v, err := strconv.ParseBool(s)
	if err != nil {
		return errors.New("parse error")
	}
	*b = boolValue(v)
	return nil
}
func (b *boolValue) Get() any       { return bool(*b) }
func (b *boolValue) String() string { return strconv.FormatBool(bool(*b)) }

type intValue int

func (i *intValue) Set(s string) error {
	v, err := strconv.ParseInt(s, 0, strconv.IntSize)
	if err != nil {
		return errors.New("parse error")
	}
	*i = intValue(v)
	return nil
}
func (i *intValue) Get() any       { return int(*i) }
func (i *intValue) String() string { return strconv.Itoa(int(*i)) }

type int64Value int64

func (i *int64Value) Set(s string) error {
	v, err := strconv.ParseInt(s, 0, 64)
	if err != nil {
		return errors.New("parse error")
	}
	*i = int64Value(v)
	return nil
}
func (i *int64Value) Get() any       { return int64(*i) }
func (i *int64Value) String() string { return strconv.FormatInt(int64(*i), 10) }

type uintValue uint

func (i *uintValue) Set(s string) error {
	v, err := strconv.ParseUint(s, 0, strconv.IntSize)
	if err != nil {
		return errors.New("parse error")
	}
	*i = uintValue(v)
	return nil
}
func (i *uintValue) Get() any       { return uint(*i) }
func (i *uintValue) String() string { return strconv.FormatUint(uint64(*i), 10) }

type stringValue string

func (s *stringValue) Set(val string) error { *s = stringValue(val); return nil }
func (s *stringValue) Get() any             { return string(*s) }
func (s *stringValue) String() string       { return string(*s) }

type float64Value float64

func (f *float64Value) Set(s string) error {
	v, err := strconv.ParseFloat(s, 64)
	if err != nil {
		return errors.New("parse error")
	}
	*f = float64Value(v)
	return nil
}
func (f *float64Value) Get() any       { return float64(*f) }
func (f *float64Value) String() string { return strconv.FormatFloat(float64(*f), 'g', -1, 64) }

type durationValue time.Duration

func (d *durationValue) Set(s string) error {
	v, err := time.ParseDuration(s)
	if err != nil {
		return errors.New("parse error")
	}
	*d = durationValue(v)
	return nil
}
func (d *durationValue) Get() any       { return time.Duration(*d) }
func (d *durationValue) String() string { return (*time.Duration)(d).String() }

// Var defines a flag with the specified name and usage string, holding value.
func Var(value Value, name string, usage string) {
	if _, exists := formal[name]; exists {
		msg := fmt.Sprintf("%s flag redefined: %s", os.Args[0], name)
		fmt.Fprintln(os.Stderr, msg)
		panic(msg)
	}
	formal[name] = &Flag{Name: name, Usage: usage, Value: value, DefValue: value.String()}
}

func BoolVar(p *bool, name string, value bool, usage string) {
	*p = value
	Var((*boolValue)(p), name, usage)
}

func IntVar(p *int, name string, value int, usage string) {
	*p = value
	Var((*intValue)(p), name, usage)
}

func Int64Var(p *int64, name string, value int64, usage string) {
	*p = value
	Var((*int64Value)(p), name, usage)
}

func UintVar(p *uint, name string, value uint, usage string) {
	*p = value
	Var((*uintValue)(p), name, usage)
}

func StringVar(p *string, name string, value string, usage string) {
	*p = value
	Var((*stringValue)(p), name, usage)
}

func Float64Var(p *float64, name string, value float64, usage string) {
	*p = value
	Var((*float64Value)(p), name, usage)
}

func DurationVar(p *time.Duration, name string, value time.Duration, usage string) {
	*p = value
	Var((*durationValue)(p), name, usage)
}

func Bool(name string, value bool, usage string) *bool {
	p := new(bool)
	BoolVar(p, name, value, usage)
	return p
}

func Int(name string, value int, usage string) *int {
	p := new(int)
	IntVar(p, name, value, usage)
	return p
}

func Int64(name string, value int64, usage string) *int64 {
	p := new(int64)
	Int64Var(p, name, value, usage)
	return p
}

func Uint(name string, value uint, usage string) *uint {
	p := new(uint)
	UintVar(p, name, value, usage)
	return p
}

func String(name string, value string, usage string) *string {
	p := new(string)
	StringVar(p, name, value, usage)
	return p
}

func Float64(name string, value float64, usage string) *float64 {
	p := new(float64)
	Float64Var(p, name, value, usage)
	return p
}

func Duration(name string, value time.Duration, usage string) *time.Duration {
	p := new(time.Duration)
	DurationVar(p, name, value, usage)
	return p
}

// Parse parses the command-line flags from os.Args[1:]: there are none in the playground.
func Parse()        { parsed = true }
func Parsed() bool  { return parsed }
func Args() []string { return []string{} }
func NArg() int      { return 0 }
func Arg(i int) string { return "" }
func NFlag() int     { return len(actual) }

// Lookup returns the Flag structure of the named flag, returning nil if none exists.
func Lookup(name string) *Flag { return formal[name] }

// Set sets the value of the named flag.
func Set(name, value string) error {
	f, ok := formal[name]
	if !ok {
		return fmt.Errorf("no such flag -%v", name)
	}
	if err := f.Value.Set(value); err != nil {
		return err
	}
	actual[name] = f
	return nil
}

func sortFlags(flags map[string]*Flag) []*Flag {
	result := make([]*Flag, 0, len(flags))
	for _, f := range flags {
		result = append(result, f)
	}
	sort.Slice(result, func(i, j int) bool { return result[i].Name < result[j].Name })
	return result
}

// VisitAll visits the flags in lexicographical order, calling fn for each, set or not.
func VisitAll(fn func(*Flag)) {
	for _, f := range sortFlags(formal) {
		fn(f)
	}
}

// Visit visits the flags that have been set, in lexicographical order.
func Visit(fn func(*Flag)) {
	for _, f := range sortFlags(actual) {
		fn(f)
	}
}

// PrintDefaults prints, to standard error, the default values of all defined flags.
func PrintDefaults()

// Usage prints a usage message documenting all defined command-line flags.
var Usage = func() {
	fmt.Fprintf(os.Stderr, "Usage of %s:\n", os.Args[0])
	PrintDefaults()
}
