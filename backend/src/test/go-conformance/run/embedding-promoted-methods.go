// Concepts: struct embedding, promoted fields and methods, shadowing, embedded pointer, interface satisfied through embedding
package main

import "fmt"

type Logger struct {
	prefix string
	lines  int
}

func (l *Logger) Log(msg string) {
	l.lines++
	fmt.Println(l.prefix + msg)
}

type Base struct {
	ID   int
	Name string
}

func (b Base) Describe() string { return fmt.Sprintf("base %d %s", b.ID, b.Name) }
func (b Base) Kind() string     { return "base" }

type User struct {
	Base
	*Logger
	Name string // shadows Base.Name
}

func (u User) Kind() string { return "user" }

type Describer interface{ Describe() string }

func main() {
	u := User{Base: Base{ID: 7, Name: "inner"}, Logger: &Logger{prefix: "[user] "}, Name: "outer"}
	fmt.Println(u.ID, u.Name, u.Base.Name)
	fmt.Println(u.Describe())
	fmt.Println(u.Kind(), u.Base.Kind())
	u.Log("hello")
	u.Log("again")
	fmt.Println("lines:", u.lines, u.Logger.lines)

	var d Describer = u
	fmt.Println(d.Describe())
	fmt.Printf("%+v\n", u.Base)
}
