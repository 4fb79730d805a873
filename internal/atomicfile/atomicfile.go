// Package atomicfile writes files so that readers see either the old
// content or the new, never a mix. It is shared by the adapters that write
// files (store, csv, xlsx) and the command, which may not import each other.
package atomicfile

import (
	"io"
	"io/fs"
	"os"
	"path/filepath"
)

// Rename is os.Rename. Tests replace it to simulate a failing last step;
// nothing else may change it.
var Rename = os.Rename

// Write writes path through write: into a temporary file in the same folder
// (".NAME.tmp-*"), which gets perm, is fsynced, renamed over path, and the
// folder fsynced. On any error the temporary file is removed, path is left
// as it was, and the error is returned as it is (write's own error, or the
// *fs.PathError / *os.LinkError of the step that failed).
func Write(path string, perm fs.FileMode, write func(io.Writer) error) (err error) {
	dir, base := filepath.Split(path)
	if dir == "" {
		dir = "."
	}
	f, err := os.CreateTemp(dir, "."+base+".tmp-*")
	if err != nil {
		return err
	}
	tmp := f.Name()
	closed := false
	defer func() {
		if err != nil {
			if !closed {
				f.Close()
			}
			os.Remove(tmp)
		}
	}()
	if err = write(f); err != nil {
		return err
	}
	if err = f.Chmod(perm); err != nil {
		return err
	}
	if err = f.Sync(); err != nil {
		return err
	}
	closed = true
	if err = f.Close(); err != nil {
		return err
	}
	if err = Rename(tmp, path); err != nil {
		return err
	}
	// Make the rename durable; not all systems can sync a folder.
	if d, derr := os.Open(dir); derr == nil {
		d.Sync()
		d.Close()
	}
	return nil
}
