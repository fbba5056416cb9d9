// Package runtime: the goroutine scheduler's controls, on the engine's virtual processors.
package runtime

const (
	GOOS   = "linux"
	GOARCH = "amd64"
	// Compiler is the name of the compiler toolchain that built the running binary.
	Compiler = "gc"
)

func Gosched()
func GOMAXPROCS(n int) int
func NumGoroutine() int
func NumCPU() int
func GC()
func Goexit()
func Version() string
func KeepAlive(x any) {}

// A MemStats records statistics about the memory allocator (simulated counters).
type MemStats struct {
	Alloc         uint64
	TotalAlloc    uint64
	Sys           uint64
	Lookups       uint64
	Mallocs       uint64
	Frees         uint64
	HeapAlloc     uint64
	HeapSys       uint64
	HeapIdle      uint64
	HeapInuse     uint64
	HeapReleased  uint64
	HeapObjects   uint64
	StackInuse    uint64
	StackSys      uint64
	NextGC        uint64
	LastGC        uint64
	PauseTotalNs  uint64
	NumGC         uint32
	NumForcedGC   uint32
	GCCPUFraction float64
}

func ReadMemStats(m *MemStats)

// An Error identifies a run time error (the values of panics the runtime raises).
type Error interface {
	error
	RuntimeError()
}
