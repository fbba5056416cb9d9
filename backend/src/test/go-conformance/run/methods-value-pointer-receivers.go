// Concepts: methods with value and pointer receivers, automatic & and *, value copies do not see changes, method values and expressions
package main

import "fmt"

type Counter struct {
	name string
	hits int
}

func (c Counter) Describe() string {
	return fmt.Sprintf("%s=%d", c.name, c.hits)
}

func (c *Counter) Hit() {
	c.hits++
}

func (c Counter) HitCopy() {
	c.hits++ // changes the copy only
}

func main() {
	c := Counter{name: "home"}
	c.Hit() // (&c).Hit()
	c.Hit()
	c.HitCopy()
	fmt.Println(c.Describe())

	p := &c
	p.Hit()
	fmt.Println(p.Describe(), c.hits) // (*p).Describe()

	copied := c
	copied.Hit()
	fmt.Println(c.hits, copied.hits)

	hit := c.Hit // method value bound to &c
	hit()
	hit()
	fmt.Println(c.hits)

	describe := Counter.Describe // method expression
	fmt.Println(describe(Counter{"expr", 5}))
	hitPtr := (*Counter).Hit
	hitPtr(&c)
	fmt.Println(c)

	counters := []Counter{{"a", 0}, {"b", 0}}
	for _, k := range counters {
		k.Hit() // hits a copy
	}
	for i := range counters {
		counters[i].Hit()
	}
	fmt.Println(counters)
}
