// Package bufio: buffered I/O over io.Reader and io.Writer.
package bufio

import "io"

const defaultBufSize = 4096

// MaxScanTokenSize is the maximum size used to buffer a token unless the user provides one.
const MaxScanTokenSize = 64 * 1024

var (
	ErrTooLong         = newError("bufio.Scanner: token too long")
	ErrNegativeAdvance = newError("bufio.Scanner: SplitFunc returns negative advance count")
	ErrAdvanceTooFar   = newError("bufio.Scanner: SplitFunc returns advance count beyond input")
	ErrFinalToken      = newError("final token")
)

func newError(text string) error

// Writer buffers writes to an io.Writer; Flush writes the buffered data out.
type Writer struct {
	err error
	buf []byte
	n   int
	wr  io.Writer
}

func NewWriter(w io.Writer) *Writer { return NewWriterSize(w, defaultBufSize) }

func NewWriterSize(w io.Writer, size int) *Writer {
	if size <= 0 {
		size = defaultBufSize
	}
	return &Writer{buf: make([]byte, size), wr: w}
}

func (b *Writer) Flush() error
func (b *Writer) Available() int { return len(b.buf) - b.n }
func (b *Writer) Buffered() int  { return b.n }
func (b *Writer) Size() int      { return len(b.buf) }
func (b *Writer) Reset(w io.Writer)
func (b *Writer) Write(p []byte) (nn int, err error)
func (b *Writer) WriteByte(c byte) error
func (b *Writer) WriteRune(r rune) (size int, err error)
func (b *Writer) WriteString(s string) (int, error)

// Reader buffers reads from an io.Reader.
type Reader struct {
	buf  []byte
	rd   io.Reader
	r, w int
	err  error
}

func NewReader(rd io.Reader) *Reader { return NewReaderSize(rd, defaultBufSize) }

func NewReaderSize(rd io.Reader, size int) *Reader {
	if size < 16 {
		size = 16
	}
	return &Reader{buf: make([]byte, size), rd: rd}
}

func (b *Reader) Read(p []byte) (n int, err error)
func (b *Reader) ReadByte() (byte, error)
func (b *Reader) ReadRune() (r rune, size int, err error)
func (b *Reader) ReadString(delim byte) (string, error)
func (b *Reader) ReadLine() (line []byte, isPrefix bool, err error)

// SplitFunc is the signature of the split function used to tokenize the input.
type SplitFunc func(data []byte, atEOF bool) (advance int, token []byte, err error)

// Scanner reads input as tokens (lines by default).
type Scanner struct {
	r     io.Reader
	split SplitFunc
	token []byte
	buf   []byte
	err   error
	done  bool
}

func NewScanner(r io.Reader) *Scanner { return &Scanner{r: r, split: ScanLines} }

func (s *Scanner) Scan() bool
func (s *Scanner) Text() string { return string(s.token) }
func (s *Scanner) Bytes() []byte { return s.token }
func (s *Scanner) Err() error    { return s.err }
func (s *Scanner) Split(split SplitFunc) { s.split = split }
func (s *Scanner) Buffer(buf []byte, max int) { s.buf = buf[0:cap(buf)] }

func ScanBytes(data []byte, atEOF bool) (advance int, token []byte, err error)
func ScanLines(data []byte, atEOF bool) (advance int, token []byte, err error)
func ScanRunes(data []byte, atEOF bool) (advance int, token []byte, err error)
func ScanWords(data []byte, atEOF bool) (advance int, token []byte, err error)
