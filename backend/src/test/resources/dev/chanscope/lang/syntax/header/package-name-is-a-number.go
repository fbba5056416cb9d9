package 1
func main() {}
