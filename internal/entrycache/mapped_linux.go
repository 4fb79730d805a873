//go:build linux

package entrycache

import (
	"io"
	"os"
	"syscall"
)

// readMapped returns the content of path mapped into memory read-only
// (see OpenMapped), refusing a file over maxFile as readLimited does. The
// pages are mapped at once (MAP_POPULATE) from those the system holds for
// the file. An empty file, or one the system will not map, is read
// instead.
func readMapped(path string) ([]byte, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	fi, err := f.Stat()
	if err != nil {
		return nil, err
	}
	if !fi.Mode().IsRegular() || fi.Size() > maxFile {
		return nil, errCorrupt
	}
	if fi.Size() > 0 {
		sc, err := f.SyscallConn()
		if err != nil {
			return nil, err
		}
		var b []byte
		var merr error
		if err := sc.Control(func(fd uintptr) {
			b, merr = syscall.Mmap(int(fd), 0, int(fi.Size()), syscall.PROT_READ, syscall.MAP_PRIVATE|syscall.MAP_POPULATE)
		}); err == nil && merr == nil {
			return b, nil
		}
	}
	b := make([]byte, fi.Size())
	if _, err := io.ReadFull(f, b); err != nil {
		return nil, err
	}
	return b, nil
}
