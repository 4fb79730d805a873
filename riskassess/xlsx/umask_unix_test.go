//go:build unix

package xlsx

import (
	"syscall"
	"testing"
)

const umaskUnsupported = false

// withUmask sets the process umask to m for the rest of the test.
func withUmask(t *testing.T, m int) {
	old := syscall.Umask(m)
	t.Cleanup(func() { syscall.Umask(old) })
}
