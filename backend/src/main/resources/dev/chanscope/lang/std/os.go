// Package os: the parts of the operating system a playground program sees: its arguments,
// standard output and error, and exit. There are no files.
package os

import "io/fs"

// File is an open file descriptor: only Stdin, Stdout and Stderr exist.
type File struct {
	fd   int
	name string
}

func (f *File) Write(b []byte) (n int, err error)
func (f *File) WriteString(s string) (n int, err error)
func (f *File) Read(b []byte) (n int, err error)
func (f *File) Close() error
func (f *File) Name() string

var (
	Stdin  = newFile(0, "/dev/stdin")
	Stdout = newFile(1, "/dev/stdout")
	Stderr = newFile(2, "/dev/stderr")
)

func newFile(fd int, name string) *File { return &File{fd: fd, name: name} }

// Args holds the command-line arguments, starting with the program name.
var Args []string

func Exit(code int)
func Getenv(key string) string
func LookupEnv(key string) (string, bool)
func Getpid() int
func Hostname() (name string, err error)

// Portable analogs of some common system call errors (the same values as io/fs's).
var (
	ErrInvalid    = fs.ErrInvalid
	ErrPermission = fs.ErrPermission
	ErrExist      = fs.ErrExist
	ErrNotExist   = fs.ErrNotExist
	ErrClosed     = fs.ErrClosed
)

// DevNull is the name of the operating system's null device.
const DevNull = "/dev/null"

func IsExist(err error) bool
func IsNotExist(err error) bool
func IsPermission(err error) bool
func Environ() []string
func Getwd() (dir string, err error)
