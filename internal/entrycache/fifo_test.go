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
			type opened struct {
				p       *Pack
				toolErr error
			}
			done := make(chan opened, 1)
			go func() {
				// No t.Errorf here: after a timeout the test has ended.
				_, err := ToolWith(dir)
				done <- opened{Open(dir, tool), err}
			}()
			var p *Pack
			select {
			case o := <-done:
				p = o.p
				if o.toolErr != nil {
					t.Errorf("ToolWith with a named pipe as %s: %v", name, o.toolErr)
				}
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

// TestClockNotWrittenThroughLink: the clock file is written with O_TRUNC;
// when its name is a link to another file (a symbolic link, or a second
// name of the same file: a hard link), that file is left as it was and the
// clock is made again as a file of its own. Before, a hard link named
// clock to register.yaml or an entry file truncated it to one line at
// every Open.
func TestClockNotWrittenThroughLink(t *testing.T) {
	const content = "name: keep me\n"
	for _, tc := range []struct {
		name string
		link func(target, clock string) error
	}{
		{"symlink", os.Symlink},
		{"hard link", os.Link},
	} {
		t.Run(tc.name, func(t *testing.T) {
			root := t.TempDir()
			target := filepath.Join(root, "register.yaml")
			if err := os.WriteFile(target, []byte(content), 0o644); err != nil {
				t.Fatal(err)
			}
			dir := filepath.Join(root, "c")
			if err := os.Mkdir(dir, 0o755); err != nil {
				t.Fatal(err)
			}
			clock := filepath.Join(dir, clockName)
			if err := tc.link(target, clock); err != nil {
				t.Skip("no links here:", err)
			}
			p := Open(dir, [32]byte{})
			defer p.Close()
			if p.clock == 0 {
				t.Errorf("clock 0 with a %s as the clock file, want the time of a clock made again", tc.name)
			}
			if b, err := os.ReadFile(target); err != nil || string(b) != content {
				t.Errorf("the file linked as the clock after Open: %q, %v; want %q", b, err, content)
			}
			fi, err := os.Lstat(clock)
			if err != nil || !fi.Mode().IsRegular() {
				t.Fatalf("the clock file after Open: %v, %v; want a regular file", fi, err)
			}
			if ti, err := os.Stat(target); err != nil || os.SameFile(fi, ti) {
				t.Errorf("the clock file after Open is still the linked file (%v)", err)
			}
		})
	}
}
