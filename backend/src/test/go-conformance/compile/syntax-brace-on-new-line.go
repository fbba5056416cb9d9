// Concepts: syntax error, opening brace of a function on the next line, missing function body
package main

func main()
{
	println("hi")
}
