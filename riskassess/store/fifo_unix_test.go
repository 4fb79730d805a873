//go:build unix

package store

import (
	"path/filepath"
	"syscall"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// TestLoadNamedPipe checks that a named pipe called *.yaml is refused
// instead of blocking Load forever.
func TestLoadNamedPipe(t *testing.T) {
	dir := writeTxtar(t, registerYAML+"-- contractors/README --\n")
	if err := syscall.Mkfifo(filepath.Join(dir, "contractors", "pipe.yaml"), 0o644); err != nil {
		t.Skipf("mkfifo: %v", err)
	}
	_, err := Load(dir)
	want := []string{"io contractors/pipe.yaml: not a regular file"}
	if diff := cmp.Diff(want, lines(err)); diff != "" {
		t.Errorf("(-want +got):\n%s", diff)
	}
}
