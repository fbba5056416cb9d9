// Concepts: failed type assertion panics interface conversion, comma-ok form does not, values from a map of interface{}
package main

import "fmt"

func main() {
	settings := map[string]interface{}{
		"name":    "gopher",
		"retries": 3,
		"ratio":   0.75,
	}
	n, ok := settings["name"].(int)
	fmt.Println(n, ok)
	name := settings["name"].(string)
	fmt.Println("name:", name)
	retries := settings["retries"].(int)
	fmt.Println("retries:", retries)
	missing, ok := settings["missing"].(string)
	fmt.Printf("missing: %q %v\n", missing, ok)
	ratio := settings["ratio"].(float32)
	fmt.Println("never printed", ratio)
}
