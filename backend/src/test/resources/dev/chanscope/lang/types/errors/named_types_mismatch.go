package main

func main() {
	type Celsius float64
	type Fahrenheit float64
	var c Celsius = 1
	var f Fahrenheit = 2
	_ = c + f
	c = f
	var x float64 = c
	_ = x
}
