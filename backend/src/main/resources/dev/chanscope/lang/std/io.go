// Package io: the basic interfaces of I/O.
package io

type Reader interface {
	Read(p []byte) (n int, err error)
}

type Writer interface {
	Write(p []byte) (n int, err error)
}

type Closer interface {
	Close() error
}

type ReadWriter interface {
	Reader
	Writer
}

type ReadCloser interface {
	Reader
	Closer
}

type WriteCloser interface {
	Writer
	Closer
}

type StringWriter interface {
	WriteString(s string) (n int, err error)
}

type ByteWriter interface {
	WriteByte(c byte) error
}

type ByteReader interface {
	ReadByte() (byte, error)
}

type RuneReader interface {
	ReadRune() (r rune, size int, err error)
}

// EOF is the error Read returns when no more input is available.
var EOF = newError("EOF")

// ErrUnexpectedEOF means that EOF was encountered in the middle of reading a fixed-size block.
var ErrUnexpectedEOF = newError("unexpected EOF")

// ErrShortWrite means that a write accepted fewer bytes than requested.
var ErrShortWrite = newError("short write")

// ErrClosedPipe is the error used for read or write operations on a closed pipe.
var ErrClosedPipe = newError("io: read/write on closed pipe")

// Discard is a Writer on which all Write calls succeed without doing anything.
var Discard Writer = discard{}

type discard struct{}

func (discard) Write(p []byte) (int, error) { return len(p), nil }

func (discard) WriteString(s string) (int, error) { return len(s), nil }

// newError is errors.New (io does not import errors, as in Go).
func newError(text string) error

func WriteString(w Writer, s string) (n int, err error)
func ReadAll(r Reader) ([]byte, error)
func Copy(dst Writer, src Reader) (written int64, err error)
func MultiWriter(writers ...Writer) Writer
