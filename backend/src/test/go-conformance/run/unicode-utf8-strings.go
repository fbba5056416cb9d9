// Concepts: UTF-8 strings, range over string yields runes and byte offsets, []rune and []byte conversions, byte indexing, invalid UTF-8
package main

import (
	"fmt"
	"unicode"
	"unicode/utf8"
)

func main() {
	s := "héllo, 世界!"
	fmt.Println(len(s), utf8.RuneCountInString(s), len([]rune(s)))
	for i, r := range s {
		fmt.Printf("%d:%c(%d) ", i, r, utf8.RuneLen(r))
	}
	fmt.Println()
	fmt.Println(s[1], s[2], s[1:3], string(s[1]), s[7:10])
	fmt.Printf("% x\n", s[:3])

	runes := []rune(s)
	runes[0] = 'H'
	fmt.Println(string(runes), runes[7], string(runes[7:9]))
	bs := []byte("abc")
	bs[0] = 'X'
	fmt.Println(string(bs), bs)

	bad := "a\xffb\xc3"
	for i, r := range bad {
		fmt.Printf("%d:%U ", i, r)
	}
	fmt.Println(utf8.ValidString(bad), utf8.ValidString(s), []rune(bad))
	r, size := utf8.DecodeRuneInString("世界")
	fmt.Println(string(r), size)
	r, size = utf8.DecodeLastRuneInString("世界")
	fmt.Println(string(r), size)
	buf := make([]byte, 4)
	n := utf8.EncodeRune(buf, '€')
	fmt.Println(buf[:n], n, utf8.RuneError, string(utf8.RuneError))

	upper, letters, digits, spaces := 0, 0, 0, 0
	for _, r := range "Go 1.19 Ünïcode ΑΒΓ" {
		switch {
		case unicode.IsUpper(r):
			upper++
			letters++
		case unicode.IsLetter(r):
			letters++
		case unicode.IsDigit(r):
			digits++
		case unicode.IsSpace(r):
			spaces++
		}
	}
	fmt.Println(upper, letters, digits, spaces, string(unicode.ToUpper('ß')), string(unicode.ToLower('Ω')))
	reversed := func(s string) string {
		r := []rune(s)
		for i, j := 0, len(r)-1; i < j; i, j = i+1, j-1 {
			r[i], r[j] = r[j], r[i]
		}
		return string(r)
	}
	fmt.Println(reversed("Hello, 世界"))
}
