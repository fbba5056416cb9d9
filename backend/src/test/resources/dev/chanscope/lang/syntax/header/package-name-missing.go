package
func main() {}
