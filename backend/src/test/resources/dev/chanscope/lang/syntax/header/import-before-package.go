import "fmt"
func main() {}
