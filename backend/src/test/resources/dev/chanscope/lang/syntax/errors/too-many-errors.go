package main

func a() { x y }
func b() { x y }
func c() { x y }
func d() { x y }
func e() { x y }
func f() { x y }
func g() { x y }
func h() { x y }
func i() { x y }
func j() { x y }
func k() { x y }
