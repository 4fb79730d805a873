//go:build !unix

package entrycache

import "os"

// nonBlock: see nonblock_unix.go; elsewhere a file name is never a pipe
// that blocks its opening.
const nonBlock = 0

// hardLinked: see nonblock_unix.go; elsewhere the link count is not in
// os.FileInfo, and the clock file is taken as it is.
func hardLinked(os.FileInfo) bool { return false }
