// Concepts: strconv Itoa Atoi ParseInt with bases and bit sizes, FormatInt, ParseFloat, ParseBool, Quote, Unquote, AppendInt, error messages
package main

import (
	"errors"
	"fmt"
	"strconv"
)

func main() {
	fmt.Println(strconv.Itoa(-45), strconv.Itoa(0)+"!")
	n, err := strconv.Atoi("123")
	fmt.Println(n, err)
	for _, s := range []string{"12a", "", "99999999999999999999", " 1", "+7", "-0"} {
		n, err := strconv.Atoi(s)
		fmt.Println(n, err)
	}
	for _, c := range []struct {
		s    string
		base int
		bits int
	}{{"ff", 16, 64}, {"0xff", 0, 64}, {"-101", 2, 8}, {"300", 10, 8}, {"-129", 10, 8}, {"0b11", 0, 0}, {"0o17", 0, 0}, {"z", 36, 64}, {"9", 8, 64}} {
		v, err := strconv.ParseInt(c.s, c.base, c.bits)
		fmt.Println(c.s, v, err)
	}
	u, err := strconv.ParseUint("-1", 10, 64)
	fmt.Println(u, err)
	fmt.Println(strconv.FormatInt(-255, 16), strconv.FormatInt(255, 2), strconv.FormatUint(1<<64-1, 36))
	for _, s := range []string{"3.25", "1e3", "-0.0", "inf", "NaN", "1e400", "abc", ".5"} {
		f, err := strconv.ParseFloat(s, 64)
		fmt.Println(f, err)
	}
	for _, s := range []string{"true", "T", "0", "yes"} {
		b, err := strconv.ParseBool(s)
		fmt.Println(b, err)
	}
	fmt.Println(strconv.Quote("hi \"there\"\n\té"), strconv.QuoteToASCII("é世"), strconv.QuoteRune('☺'))
	uq, err := strconv.Unquote(`"a\tb"`)
	fmt.Printf("%q %v\n", uq, err)
	_, err = strconv.Unquote("nope")
	fmt.Println(err)
	buf := strconv.AppendInt([]byte("n="), 42, 10)
	buf = strconv.AppendBool(append(buf, ' '), true)
	fmt.Println(string(buf), strconv.FormatBool(false))
	var numErr *strconv.NumError
	_, err = strconv.Atoi("x")
	fmt.Println(errors.As(err, &numErr), numErr.Func, numErr.Num, numErr.Err, errors.Is(err, strconv.ErrSyntax))
}
