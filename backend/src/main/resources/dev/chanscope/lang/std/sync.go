// Package sync: mutual exclusion and coordination, each an engine primitive (native methods).
// Every type's zero value is ready to use; the unexported fields only keep them comparable and
// non-empty, so that copying one is visible to vet-like checks.
package sync

// A Locker represents an object that can be locked and unlocked.
type Locker interface {
	Lock()
	Unlock()
}

// A Mutex is a mutual exclusion lock.
type Mutex struct {
	state int32
	sema  uint32
}

func (m *Mutex) Lock()
func (m *Mutex) Unlock()
func (m *Mutex) TryLock() bool

// A RWMutex is a reader/writer mutual exclusion lock.
type RWMutex struct {
	w           Mutex
	readerCount int32
}

func (rw *RWMutex) Lock()
func (rw *RWMutex) Unlock()
func (rw *RWMutex) RLock()
func (rw *RWMutex) RUnlock()
func (rw *RWMutex) TryLock() bool
func (rw *RWMutex) TryRLock() bool
func (rw *RWMutex) RLocker() Locker { return (*rlocker)(rw) }

type rlocker RWMutex

func (r *rlocker) Lock()   { (*RWMutex)(r).RLock() }
func (r *rlocker) Unlock() { (*RWMutex)(r).RUnlock() }

// A WaitGroup waits for a collection of goroutines to finish.
type WaitGroup struct {
	state uint64
	sema  uint32
}

func (wg *WaitGroup) Add(delta int)
func (wg *WaitGroup) Done()
func (wg *WaitGroup) Wait()

// Once performs exactly one action.
type Once struct {
	done uint32
	m    Mutex
}

func (o *Once) Do(f func())

// Cond implements a condition variable, a rendezvous point for goroutines waiting for an event.
type Cond struct {
	L      Locker
	notify uint32
}

func NewCond(l Locker) *Cond { return &Cond{L: l} }

func (c *Cond) Wait()
func (c *Cond) Signal()
func (c *Cond) Broadcast()

// Map is a concurrent map; its zero value is empty and ready for use.
type Map struct {
	mu    Mutex
	dirty map[any]any
}

func (m *Map) Load(key any) (value any, ok bool)
func (m *Map) Store(key, value any)
func (m *Map) LoadOrStore(key, value any) (actual any, loaded bool)
func (m *Map) LoadAndDelete(key any) (value any, loaded bool)
func (m *Map) Delete(key any)
func (m *Map) Swap(key, value any) (previous any, loaded bool)
func (m *Map) CompareAndSwap(key, old, new any) bool
func (m *Map) CompareAndDelete(key, old any) (deleted bool)
func (m *Map) Range(f func(key, value any) bool)

// A Pool is a set of temporary objects that may be individually saved and retrieved.
type Pool struct {
	items []any
	New   func() any
}

func (p *Pool) Put(x any)
func (p *Pool) Get() any

// OnceFunc returns a function that invokes f only once.
func OnceFunc(f func()) func() {
	var once Once
	return func() { once.Do(f) }
}
