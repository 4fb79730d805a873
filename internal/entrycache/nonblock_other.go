//go:build !unix

package entrycache

// nonBlock: see nonblock_unix.go; elsewhere a file name is never a pipe
// that blocks its opening.
const nonBlock = 0
