package sitegen

import (
	"io"
	"io/fs"
	"syscall"
)

// writeFile writes b to the file name, created or truncated with mode
// 0644, as os.WriteFile does, in the three system calls that takes (open,
// write, close). An os.File also registers the file with the poller,
// which refuses a regular file, and sets and clears O_NONBLOCK around that
// (five calls more per file: 50,000 at 10,000 pages).
func writeFile(name string, b []byte) error {
	fd, err := ignoringEINTR(func() (int, error) {
		return syscall.Open(name, syscall.O_WRONLY|syscall.O_CREAT|syscall.O_TRUNC|syscall.O_CLOEXEC, 0o644)
	})
	if err != nil {
		return &fs.PathError{Op: "open", Path: name, Err: err}
	}
	for len(b) > 0 {
		n, err := ignoringEINTR(func() (int, error) { return syscall.Write(fd, b) })
		if err == nil && n == 0 {
			err = io.ErrShortWrite
		}
		if err != nil {
			syscall.Close(fd)
			return &fs.PathError{Op: "write", Path: name, Err: err}
		}
		b = b[n:]
	}
	if err := syscall.Close(fd); err != nil {
		return &fs.PathError{Op: "close", Path: name, Err: err}
	}
	return nil
}

// ignoringEINTR calls fn until it does not fail with EINTR.
func ignoringEINTR(fn func() (int, error)) (int, error) {
	for {
		n, err := fn()
		if err != syscall.EINTR {
			return n, err
		}
	}
}
