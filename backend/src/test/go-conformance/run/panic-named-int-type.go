// Concepts: panic with a value of a named integer type, runtime prints main.Type(value), deferred calls run first
package main

import "fmt"

type exitCode int

const (
	ok exitCode = iota
	usageError
	configError
)

func loadConfig(path string) map[string]string {
	if path == "" {
		panic(configError)
	}
	return map[string]string{"path": path}
}

func main() {
	defer fmt.Println("deferred: shutting down")
	cfg := loadConfig("app.conf")
	fmt.Println("loaded", cfg)
	loadConfig("")
	fmt.Println("never printed", ok, usageError)
}
