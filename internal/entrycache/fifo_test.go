//go:build unix

package entrycache

import (
	"os"
	"path/filepath"
	"syscall"
	"testing"
	"time"
)

// TestFIFOInCacheFolder: a named pipe in the place of the cache file, the
// index, the tool record or the clock file (left by a mistake or another
// program) is not a cache: ToolWith and Open return at once, as with a
// corrupt file, instead of waiting forever for a writer or a reader, and
// Save replaces the cache file and the index with files.
func TestFIFOInCacheFolder(t *testing.T) {
	for _, name := range []string{fileName, indexName, toolName, clockName} {
		t.Run(name, func(t *testing.T) {
			dir := filepath.Join(t.TempDir(), "c")
			if err := os.Mkdir(dir, 0o755); err != nil {
				t.Fatal(err)
			}
			if err := syscall.Mkfifo(filepath.Join(dir, name), 0o644); err != nil {
				t.Skip("no named pipes here:", err)
			}
			var tool [32]byte
			done := make(chan *Pack, 1)
			go func() {
				if _, err := ToolWith(dir); err != nil {
					t.Errorf("ToolWith with a named pipe as %s: %v", name, err)
				}
				done <- Open(dir, tool)
			}()
			var p *Pack
			select {
			case p = <-done:
			case <-time.After(10 * time.Second):
				// Unblock the goroutine so that the test can end.
				f, _ := os.OpenFile(filepath.Join(dir, name), os.O_RDWR, 0)
				f.Close()
				t.Fatalf("Open with a named pipe as %s has not returned after 10 s", name)
			}
			if n := p.Len(); n != 0 {
				t.Errorf("Len %d with a named pipe as %s, want 0", n, name)
			}
			p.Put([32]byte{1}, []byte("a"))
			if err := p.Save(); err != nil {
				t.Fatalf("Save with a named pipe as %s: %v", name, err)
			}
			p.Close()
			q := Open(dir, tool)
			defer q.Close()
			if fi, err := os.Lstat(filepath.Join(dir, clockName)); err != nil || !fi.Mode().IsRegular() {
				t.Errorf("the clock file after Open with a named pipe as %s: %v, %v; want a regular file", name, fi, err)
			}
			if name != clockName && name != toolName && q.Len() != 1 {
				t.Errorf("Len after Save %d, want 1 (the cache file written over the pipe)", q.Len())
			}
		})
	}
}
