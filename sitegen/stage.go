package sitegen

import (
	"bufio"
	"bytes"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path"
	"path/filepath"
	"sort"
	"strings"
	"sync/atomic"
	"time"
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
	out, tmp string
	// fresh is set when there was no old site at out when the stage was
	// made: no file is compared with an old one (a fresh build spares a
	// failing lstat per file).
	fresh     bool
	unchanged atomic.Int64
}

func newStage(out string) (*stage, error) {
	parent := filepath.Dir(out)
	if err := os.MkdirAll(parent, 0o755); err != nil {
		return nil, err
	}
	tmp, err := os.MkdirTemp(parent, tmpPrefix(filepath.Base(out)))
	if err != nil {
		return nil, err
	}
	if err := os.Chmod(tmp, 0o755); err != nil {
		os.RemoveAll(tmp)
		return nil, err
	}
	_, err = os.Lstat(out)
	return &stage{out: out, tmp: tmp, fresh: errors.Is(err, fs.ErrNotExist)}, nil
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
	if !s.fresh && sameContent(old, b) && os.Link(old, dst) == nil {
		s.unchanged.Add(1)
		return nil
	}
	return writeFile(dst, b)
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

// commit swaps the stage for the output folder. Where the system can
// exchange two folders atomically (renameat2 RENAME_EXCHANGE on Linux,
// renamex_np RENAME_SWAP on macOS), the output path holds the old site or
// the new one at every moment, whatever is killed when; the old site, now
// in the stage's place, is then removed (a kill during that removal leaves
// a stage folder that the next build removes). Elsewhere the old site is
// renamed to a backup (".OUT.old-*"), the stage to the output folder and
// the backup removed; when the second rename fails the old site is put
// back, and a kill between the two renames is repaired by the next build
// (recoverLeftovers).
func (s *stage) commit() error {
	if _, err := os.Lstat(s.out); os.IsNotExist(err) {
		return os.Rename(s.tmp, s.out)
	}
	if err := exchange(s.tmp, s.out); err == nil {
		os.RemoveAll(s.tmp) // the old site; a failure leaves a leftover for the next build
		return nil
	} else if !errors.Is(err, errNoExchange) {
		return err
	}
	if testHookFallback != nil {
		testHookFallback()
	}
	parent, base := filepath.Split(s.out)
	backup, err := os.MkdirTemp(parent, oldPrefix(base))
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

// named returns err with the path of a file error that lies in the stage
// replaced by the path the file has in the output folder: the stage is
// removed when the build fails, so its path would name nothing the user
// can find ("public/downloads/register.json: file too large", not
// "public/.public.tmp-123/downloads/…"). Other errors are returned as
// they are.
func (s *stage) named(err error) error {
	var pe *fs.PathError
	if !errors.As(err, &pe) {
		return err
	}
	rel, rerr := filepath.Rel(s.tmp, pe.Path)
	if rerr != nil || rel == ".." || strings.HasPrefix(rel, ".."+string(filepath.Separator)) {
		return err
	}
	return &fs.PathError{Op: pe.Op, Path: filepath.Join(s.out, rel), Err: pe.Err}
}

// testHookFallback, when set by tests, is called when commit falls back to
// two renames.
var testHookFallback func()

// errNoExchange is returned by exchange when the system or file system
// cannot exchange two paths atomically.
var errNoExchange = errors.New("atomic exchange not supported")

// lockName, tmpPrefix and oldPrefix name the files Build keeps next to the
// output folder out: the build lock, stages and backups.
func lockName(base string) string  { return "." + base + ".lock" }
func tmpPrefix(base string) string { return "." + base + ".tmp-" }
func oldPrefix(base string) string { return "." + base + ".old-" }

// recoverLeftovers repairs and removes what builds into out that were
// killed left next to it; the caller holds the build lock, so no other
// build is running. When out is missing but a backup of the old site is
// there (a kill between the two renames of the fallback commit), the
// newest backup becomes out again. Every other stage and backup folder is
// removed. It returns the names removed or restored, as messages.
func recoverLeftovers(out string) (notes []string, err error) {
	parent, base := filepath.Split(out)
	ents, err := os.ReadDir(parent)
	if err != nil {
		return nil, err
	}
	var stages, backups []string
	for _, e := range ents {
		switch name := e.Name(); {
		case !e.IsDir():
		case strings.HasPrefix(name, tmpPrefix(base)):
			stages = append(stages, name)
		case strings.HasPrefix(name, oldPrefix(base)):
			backups = append(backups, name)
		}
	}
	if _, err := os.Lstat(out); os.IsNotExist(err) && len(backups) > 0 {
		newest, t := -1, time.Time{}
		for i, b := range backups {
			if fi, err := os.Stat(filepath.Join(parent, b, markerFile)); err == nil && (newest < 0 || fi.ModTime().After(t)) {
				newest, t = i, fi.ModTime()
			}
		}
		if newest >= 0 {
			if err := os.Rename(filepath.Join(parent, backups[newest]), out); err != nil {
				return notes, err
			}
			notes = append(notes, "restored "+backups[newest]+" as "+base)
			backups = append(backups[:newest], backups[newest+1:]...)
		}
	}
	for _, name := range append(stages, backups...) {
		if err := os.RemoveAll(filepath.Join(parent, name)); err != nil {
			return notes, err
		}
		notes = append(notes, "removed "+name)
	}
	sort.Strings(notes)
	return notes, nil
}

// create returns a file of the stage at rel (slash-separated) that is
// written as a stream. Bytes equal to the old site's file at rel are not
// written: the writer only compares them, holding nothing, and writes the
// old file's prefix and the rest once a byte differs. On Close a file
// found equal is hard-linked from the old site instead (as put does).
func (s *stage) create(rel string) (*stagedFile, error) {
	rel = filepath.FromSlash(rel)
	f := &stagedFile{s: s, dst: filepath.Join(s.tmp, rel), old: filepath.Join(s.out, rel)}
	if !s.fresh {
		if fi, err := os.Lstat(f.old); err == nil && fi.Mode().IsRegular() {
			if o, err := os.Open(f.old); err == nil {
				f.cmp = bufio.NewReaderSize(o, 64<<10)
				f.cmpFile = o
			}
		}
	}
	if f.cmp == nil {
		if err := f.open(0); err != nil {
			return nil, err
		}
	}
	return f, nil
}

// stagedFile is a file being streamed into the stage (stage.create).
type stagedFile struct {
	s        *stage
	dst, old string
	// cmp reads the old file while every byte so far equals it; nil once
	// the output is written (out set).
	cmp     *bufio.Reader
	cmpFile *os.File
	out     *os.File
	w       *bufio.Writer
	n       int64 // bytes written or matched so far
	chunk   []byte
}

// open starts writing the new file, copying the first same bytes of the
// old one.
func (f *stagedFile) open(same int64) error {
	out, err := os.OpenFile(f.dst, os.O_WRONLY|os.O_CREATE|os.O_EXCL, 0o644)
	if err != nil {
		return err
	}
	f.out, f.w = out, bufio.NewWriterSize(out, 64<<10)
	if same > 0 {
		if _, err := f.cmpFile.Seek(0, io.SeekStart); err != nil {
			return err
		}
		if _, err := io.CopyN(f.w, f.cmpFile, same); err != nil {
			return err
		}
	}
	if f.cmpFile != nil {
		f.cmpFile.Close()
		f.cmp, f.cmpFile = nil, nil
	}
	return nil
}

// Write compares p with the old file while they are equal, else writes it.
func (f *stagedFile) Write(p []byte) (int, error) {
	if f.cmp != nil {
		if cap(f.chunk) < len(p) {
			f.chunk = make([]byte, max(len(p), 4096))
		}
		old := f.chunk[:len(p)]
		k, _ := io.ReadFull(f.cmp, old)
		if k == len(p) && bytes.Equal(old, p) {
			f.n += int64(len(p))
			return len(p), nil
		}
		if err := f.open(f.n); err != nil {
			return 0, err
		}
	}
	k, err := f.w.Write(p)
	f.n += int64(k)
	return k, err
}

// Close finishes the file: a file equal to the old one (every byte, same
// length) is hard-linked from the old site; else the written file is
// flushed and closed.
func (f *stagedFile) Close() error {
	if f.cmp != nil {
		if _, err := f.cmp.ReadByte(); err == io.EOF && os.Link(f.old, f.dst) == nil {
			f.cmpFile.Close()
			f.cmp, f.cmpFile = nil, nil
			f.s.unchanged.Add(1)
			return nil
		}
		if err := f.open(f.n); err != nil {
			return err
		}
	}
	if f.out == nil {
		return nil // closed already
	}
	err := f.w.Flush()
	if cerr := f.out.Close(); err == nil {
		err = cerr
	}
	f.out = nil
	return err
}
