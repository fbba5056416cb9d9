// Package rand: pseudo-random numbers, drawn from the run's seeded source (deterministic).
package rand

// A Source represents a uniformly-distributed source of pseudo-random int64 values.
type Source interface {
	Int63() int64
	Seed(seed int64)
}

// A Rand is a source of random numbers.
type Rand struct {
	src  Source
	seed int64
}

func New(src Source) *Rand { return &Rand{src: src} }
func NewSource(seed int64) Source

func (r *Rand) Seed(seed int64)
func (r *Rand) Int63() int64
func (r *Rand) Uint32() uint32
func (r *Rand) Uint64() uint64
func (r *Rand) Int31() int32
func (r *Rand) Int() int
func (r *Rand) Int63n(n int64) int64
func (r *Rand) Int31n(n int32) int32
func (r *Rand) Intn(n int) int
func (r *Rand) Float64() float64
func (r *Rand) Float32() float32
func (r *Rand) Perm(n int) []int
func (r *Rand) Shuffle(n int, swap func(i, j int))

func Seed(seed int64)
func Int63() int64
func Uint32() uint32
func Uint64() uint64
func Int31() int32
func Int() int
func Int63n(n int64) int64
func Int31n(n int32) int32
func Intn(n int) int
func Float64() float64
func Float32() float32
func Perm(n int) []int
func Shuffle(n int, swap func(i, j int))
