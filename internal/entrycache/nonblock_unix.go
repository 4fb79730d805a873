//go:build unix

package entrycache

import (
	"os"
	"syscall"
)

// nonBlock is added to the flags of every file the cache opens in its
// folder: opening a named pipe left in the place of one of them returns
// at once instead of waiting for the other end, and the file is then
// refused as not regular (readLimited) or not written (markClock). It
// changes nothing for a regular file.
const nonBlock = syscall.O_NONBLOCK

// hardLinked reports whether the file fi (of Lstat) has more than one
// name: the clock file must not be, since markClock truncates it.
func hardLinked(fi os.FileInfo) bool {
	st, ok := fi.Sys().(*syscall.Stat_t)
	return ok && st.Nlink > 1
}
