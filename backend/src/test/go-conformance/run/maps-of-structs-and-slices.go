// Concepts: maps of structs (copy, modify, store back), maps of pointers, maps of slices with append, nested maps
package main

import "fmt"

type player struct {
	Name  string
	Score int
}

func main() {
	players := map[string]player{
		"p1": {"Ann", 10},
		"p2": {"Ben", 7},
	}
	p := players["p1"]
	p.Score += 5 // players["p1"].Score += 5 does not compile
	players["p1"] = p
	fmt.Println(players)
	fmt.Printf("%+v\n", players)

	ptrs := map[string]*player{"x": {"Xia", 1}}
	ptrs["x"].Score = 99
	fmt.Println(*ptrs["x"])

	groups := map[string][]string{}
	for _, name := range []string{"ant", "bee", "cat", "bat", "cow", "ape"} {
		first := name[:1]
		groups[first] = append(groups[first], name)
	}
	fmt.Println(groups)

	nested := map[string]map[string]int{}
	add := func(a, b string, n int) {
		if nested[a] == nil {
			nested[a] = map[string]int{}
		}
		nested[a][b] += n
	}
	add("fruit", "apple", 3)
	add("fruit", "pear", 1)
	add("veg", "kale", 2)
	add("fruit", "apple", 1)
	fmt.Println(nested, len(nested["fruit"]), nested["none"]["x"])
}
