// Concepts: fmt string verbs %s %q %v %x %X % x, width and precision %-8s %8s %.3s %8.2s, %#q, byte slices, %c
package main

import "fmt"

func main() {
	s := "gopher"
	fmt.Printf("[%s] [%8s] [%-8s] [%.3s] [%8.2s] [%-8.2s]\n", s, s, s, s, s, s)
	fmt.Printf("[%q] [%#q] [%+q] [%x] [%X] [% x] [%#x]\n", s, s, "héllo", s, s, s, s)
	fmt.Printf("[%q] [%q] [%#q]\n", "tab\there", `back\slash "quote"`, "with `backtick`")
	fmt.Printf("[%s] [%v] [%q] [%x]\n", []byte("hi"), []byte("hi"), []byte("hi"), []byte("hi"))
	fmt.Printf("[%s] [%q] [%v]\n", []string{"a", "b c"}, []string{"a", "b c"}, []string{"a", "b c"})
	fmt.Printf("[%5.1q] [%10q] [%-10q|]\n", "abc", "x", "y")
	fmt.Printf("[%s] [%d] [%.1s] [%5.1s]\n", "世界", len("世界"), "世界", "世界")
	fmt.Printf("%c|%-4c|%4c|\n", 'a', 'b', 'c')
	fmt.Printf("%v %s\n", nil, nil)
	fmt.Printf("%%literal percent %d%%\n", 50)
	fmt.Println(fmt.Sprintf("%08.3f|%-8.3f|%+.2e", 3.14159, 2.5, 12345.678))
	names := []string{"Ann", "Bartholomew", "Cy"}
	for _, n := range names {
		fmt.Printf("|%-6.6s|%6s|\n", n, n)
	}
	var sp *string
	fmt.Printf("%s %v\n", sp, sp == nil)
	fmt.Printf("%s|%10s|%-10s|\n", "", "", "x")
}
