packag main
func main() {}
