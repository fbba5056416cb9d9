package main

var main = 1
