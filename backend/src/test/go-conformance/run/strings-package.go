// Concepts: strings Split Fields Join Repeat Replace ToUpper Trim TrimSpace TrimLeft vs TrimPrefix Index Contains Count HasPrefix Cut EqualFold Map
package main

import (
	"fmt"
	"strings"
	"unicode"
)

func main() {
	s := "  The quick brown fox  "
	fmt.Printf("%q\n", strings.TrimSpace(s))
	fmt.Printf("%q\n", strings.Fields(s))
	fmt.Printf("%q\n", strings.Split("a,b,,c", ","))
	fmt.Printf("%q\n", strings.SplitN("a,b,c,d", ",", 2))
	fmt.Printf("%q\n", strings.SplitAfter("a,b,c", ","))
	fmt.Printf("%q %q\n", strings.Split("", ","), strings.Split("abc", ""))
	fmt.Println(strings.Join([]string{"x", "y", "z"}, "-"), strings.Repeat("ab", 3)+"|")
	fmt.Println(strings.Replace("oink oink oink", "k", "ky", 2), strings.ReplaceAll("oink oink", "oink", "moo"))
	fmt.Println(strings.ToUpper("héllo wörld"), strings.ToLower("ÀB"), strings.Title("hello go world"))
	fmt.Println(strings.TrimLeft("xxhixx", "x"), strings.TrimPrefix("xxhixx", "x"), strings.TrimSuffix("file.go", ".go"))
	fmt.Println(strings.Trim("--==hi==--", "-="), strings.TrimFunc("123abc456", unicode.IsDigit))
	fmt.Println(strings.Index("chicken", "ken"), strings.Index("chicken", "dmr"), strings.LastIndex("go gopher", "go"))
	fmt.Println(strings.IndexByte("golang", 'l'), strings.IndexRune("chicken", 'k'), strings.IndexAny("golang", "ny"))
	fmt.Println(strings.Contains("seafood", "foo"), strings.ContainsAny("failure", "u & i"), strings.ContainsRune("abc", 'd'))
	fmt.Println(strings.Count("cheese", "e"), strings.Count("five", ""), strings.HasPrefix("golang", "go"), strings.HasSuffix("golang", "ng"))
	before, after, found := strings.Cut("key=value=x", "=")
	fmt.Println(before, after, found)
	fmt.Println(strings.EqualFold("Go", "GO"), strings.Compare("a", "b"), strings.Compare("b", "a"), "a" < "b", "Z" < "a")
	rot13 := func(r rune) rune {
		switch {
		case r >= 'a' && r <= 'z':
			return 'a' + (r-'a'+13)%26
		case r >= 'A' && r <= 'Z':
			return 'A' + (r-'A'+13)%26
		}
		return r
	}
	fmt.Println(strings.Map(rot13, "Hello, Gophers!"))
	r := strings.NewReplacer("<", "&lt;", ">", "&gt;")
	fmt.Println(r.Replace("<b>bold</b>"))
	fmt.Println(strings.Fields(" \t\n "), len(strings.Fields("")), strings.Title("ß"))
}
