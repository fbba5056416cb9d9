// Concepts: sort.Ints, sort.Strings, sort.Slice with unique keys, sort.SliceStable for ties, sort.Sort with sort.Interface, sort.Reverse, sort.Search
package main

import (
	"fmt"
	"sort"
)

type person struct {
	name string
	age  int
}

type byAge []person

func (a byAge) Len() int           { return len(a) }
func (a byAge) Swap(i, j int)      { a[i], a[j] = a[j], a[i] }
func (a byAge) Less(i, j int) bool { return a[i].age < a[j].age }

func main() {
	ints := []int{5, 2, 8, -1, 9, 3, 2}
	sort.Ints(ints)
	fmt.Println(ints, sort.IntsAreSorted(ints))
	strs := []string{"pear", "Apple", "banana", "apple", "Cherry"}
	sort.Strings(strs)
	fmt.Println(strs)
	floats := []float64{2.5, -1, 3.25, 0}
	sort.Float64s(floats)
	fmt.Println(floats)

	people := []person{{"Alice", 30}, {"Bob", 25}, {"Carol", 35}, {"Dan", 20}}
	sort.Slice(people, func(i, j int) bool { return people[i].age > people[j].age })
	fmt.Println(people)
	sort.Sort(byAge(people))
	fmt.Println(people)
	sort.Sort(sort.Reverse(sort.IntSlice(ints)))
	fmt.Println(ints)

	words := []string{"go", "is", "fun", "and", "it", "has", "channels", "too"}
	sort.SliceStable(words, func(i, j int) bool { return len(words[i]) < len(words[j]) })
	fmt.Println(words)

	sorted := []int{1, 3, 5, 7, 9, 11}
	fmt.Println(sort.SearchInts(sorted, 7), sort.SearchInts(sorted, 8), sort.SearchInts(sorted, 100))
	i := sort.Search(len(sorted), func(i int) bool { return sorted[i] >= 4 })
	fmt.Println("first >= 4 at", i, "value", sorted[i])
	fmt.Println(sort.SearchStrings([]string{"a", "c", "e"}, "d"))
}
