package sitegen

import (
	"bytes"
	"fmt"
	"os"
	"path"
	"path/filepath"
	"sort"
	"sync/atomic"
)

// checkOutDir returns ErrNotSite when out is a non-empty folder without the
// marker file, and an error when out exists but is not a folder.
func checkOutDir(out string) error {
	fi, err := os.Stat(out)
	if os.IsNotExist(err) {
		return nil
	}
	if err != nil {
		return fmt.Errorf("sitegen: %w", err)
	}
	if !fi.IsDir() {
		return fmt.Errorf("sitegen: %s exists and is not a folder", out)
	}
	ents, err := os.ReadDir(out)
	if err != nil {
		return fmt.Errorf("sitegen: %w", err)
	}
	if len(ents) == 0 {
		return nil
	}
	if _, err := os.Stat(filepath.Join(out, markerFile)); err == nil {
		return nil
	}
	return fmt.Errorf("sitegen: %s: %w (no %s file); choose an empty or new folder", out, ErrNotSite, markerFile)
}

// stage is a temporary folder next to the output folder that receives the
// new site.
type stage struct {
	out, tmp  string
	unchanged atomic.Int64
}

func newStage(out string) (*stage, error) {
	parent := filepath.Dir(out)
	if err := os.MkdirAll(parent, 0o755); err != nil {
		return nil, err
	}
	tmp, err := os.MkdirTemp(parent, "."+filepath.Base(out)+".tmp-")
	if err != nil {
		return nil, err
	}
	if err := os.Chmod(tmp, 0o755); err != nil {
		os.RemoveAll(tmp)
		return nil, err
	}
	return &stage{out: out, tmp: tmp}, nil
}

// mkdirs creates the folders of every page in the stage.
func (s *stage) mkdirs(pages []*page) error {
	dirs := map[string]bool{}
	for _, p := range pages {
		dirs[path.Dir(p.path)] = true
	}
	sorted := make([]string, 0, len(dirs))
	for d := range dirs {
		sorted = append(sorted, d)
	}
	sort.Strings(sorted)
	for _, d := range sorted {
		if err := os.MkdirAll(filepath.Join(s.tmp, filepath.FromSlash(d)), 0o755); err != nil {
			return err
		}
	}
	return nil
}

// put writes b as the file rel (slash-separated) of the stage. When the
// old site has a file at rel with exactly these bytes, it is hard-linked
// instead, keeping its inode and modification time.
func (s *stage) put(rel string, b []byte) error {
	rel = filepath.FromSlash(rel)
	dst := filepath.Join(s.tmp, rel)
	old := filepath.Join(s.out, rel)
	if sameContent(old, b) && os.Link(old, dst) == nil {
		s.unchanged.Add(1)
		return nil
	}
	return os.WriteFile(dst, b, 0o644)
}

// sameContent reports whether the regular file name holds exactly b.
func sameContent(name string, b []byte) bool {
	fi, err := os.Lstat(name)
	if err != nil || !fi.Mode().IsRegular() || fi.Size() != int64(len(b)) {
		return false
	}
	old, err := os.ReadFile(name)
	return err == nil && bytes.Equal(old, b)
}

// commit swaps the stage for the output folder: the old site is renamed to
// a backup, the stage to the output folder, and the backup removed. When
// the second rename fails the old site is put back.
func (s *stage) commit() error {
	if _, err := os.Lstat(s.out); os.IsNotExist(err) {
		return os.Rename(s.tmp, s.out)
	}
	parent, base := filepath.Split(s.out)
	backup, err := os.MkdirTemp(parent, "."+base+".old-")
	if err != nil {
		return err
	}
	if err := os.Remove(backup); err != nil {
		return err
	}
	if err := os.Rename(s.out, backup); err != nil {
		return err
	}
	if err := os.Rename(s.tmp, s.out); err != nil {
		if rerr := os.Rename(backup, s.out); rerr != nil {
			return fmt.Errorf("%w (and restoring the old site from %s failed: %v)", err, backup, rerr)
		}
		return err
	}
	return os.RemoveAll(backup)
}

// discard removes the stage.
func (s *stage) discard() { os.RemoveAll(s.tmp) }
