// Concepts: maps, fmt prints maps with sorted keys, comma-ok lookup, delete, len, zero value for missing keys, map literals
package main

import "fmt"

func main() {
	ages := map[string]int{
		"carol": 41,
		"alice": 30,
		"bob":   25,
	}
	ages["dave"] = 19
	fmt.Println(ages)
	fmt.Println("len:", len(ages))

	age, ok := ages["erin"]
	fmt.Println("erin:", age, ok)
	if a, ok := ages["alice"]; ok {
		fmt.Println("alice:", a)
	}

	delete(ages, "bob")
	delete(ages, "nobody")
	fmt.Println(ages, len(ages))

	ages["alice"]++
	ages["zed"] += 5
	fmt.Println(ages)

	byNumber := map[int]string{10: "ten", -3: "minus three", 7: "seven", 0: "zero"}
	fmt.Println(byNumber)
	flags := map[bool]int{true: 1, false: 0}
	fmt.Println(flags)
	floats := map[float64]string{2.5: "b", -1: "a", 100: "c"}
	fmt.Println(floats)
	var nilMap map[string]bool
	fmt.Println(nilMap, nilMap == nil, len(nilMap))
	fmt.Printf("%v %d %#v\n", map[string]int{}, map[string]int{"x": 1}, map[string]int{"b": 2, "a": 1})
}
