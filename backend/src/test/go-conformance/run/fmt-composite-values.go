// Concepts: fmt %v %+v %#v %T of structs, nested structs, slices, arrays, maps, pointers to structs (&{...}), nil values
package main

import "fmt"

type Address struct {
	City string
	Zip  int
}

type Person struct {
	Name    string
	Age     int
	Tags    []string
	Addr    Address
	private bool
}

func main() {
	p := Person{Name: "Ada", Age: 36, Tags: []string{"math", "code"}, Addr: Address{"London", 1815}}
	fmt.Printf("%v\n%+v\n%#v\n%T\n", p, p, p, p)
	fmt.Printf("%v\n%+v\n", &p, &p)
	fmt.Println(&p.Addr)

	var empty Person
	fmt.Printf("%v\n%+v\n%#v\n", empty, empty, empty)

	nums := []int{1, 2, 3}
	arr := [3]string{"x", "", "z"}
	fmt.Printf("%v %#v %T\n", nums, nums, nums)
	fmt.Printf("%v %q %#v %T\n", arr, arr, arr, arr)
	var nilSlice []int
	fmt.Printf("%v %#v %d\n", nilSlice, nilSlice, len(nilSlice))
	fmt.Printf("%#v %#v\n", []int{}, map[string]bool{})

	m := map[string]Address{"home": {"Paris", 75}, "work": {"Lyon", 69}}
	fmt.Printf("%v\n%+v\n%#v\n", m, m, m)

	anon := struct {
		X, Y int
	}{1, 2}
	fmt.Printf("%v %+v %#v %T\n", anon, anon, anon, anon)
	pairs := []struct {
		K string
		V int
	}{{"a", 1}, {"b", 2}}
	fmt.Printf("%v %+v\n", pairs, pairs)
	var ip *int
	var e error
	fmt.Printf("%v %v %+v %#v\n", ip, e, nil, e)
	fmt.Printf("%T %T %T %T %T\n", 1, "s", 2.0, 'r', nil)
	fmt.Printf("%v %#v %T\n", [2][2]int{{1, 2}, {3, 4}}, [2]bool{true}, [2][2]int{})
	fmt.Printf("%#v %#v %#v %#v\n", 42, "q", 1.5, uint8(7))
}
