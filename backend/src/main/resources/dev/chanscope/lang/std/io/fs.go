// Package fs: the file system errors Chanscope's programs can see (there are no files).
package fs

import "errors"

// Generic file system errors; errors returned by file systems can be tested against these
// using errors.Is.
var (
	ErrInvalid    = errors.New("invalid argument")
	ErrPermission = errors.New("permission denied")
	ErrExist      = errors.New("file already exists")
	ErrNotExist   = errors.New("file does not exist")
	ErrClosed     = errors.New("file already closed")
)
