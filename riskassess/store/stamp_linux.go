package store

import (
	"io/fs"
	"syscall"
)

func stampOf(fi fs.FileInfo) (FileStamp, bool) {
	s, ok := fi.Sys().(*syscall.Stat_t)
	if !ok {
		return FileStamp{}, false
	}
	return FileStamp{
		Dev: uint64(s.Dev), Ino: uint64(s.Ino), Mode: uint32(s.Mode), Size: s.Size,
		MTime: s.Mtim.Nano(), CTime: s.Ctim.Nano(),
	}, true
}
