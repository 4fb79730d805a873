// Package entrycache keeps the decoded entry files of a register between
// runs, in one file of a cache folder (by default .riskregister-cache/ in
// the register folder), so that validate, assess, check, build and serve
// parse only the files that changed. It implements store.Cache.
//
// The cache is safe to delete and never trusted beyond what it can prove:
//
//   - a value is found only by the SHA-256 of the file's content (with its
//     kind and path; see store.Cache), so a changed file is parsed again;
//   - the whole cache file belongs to one build of the tool: it records
//     the tool's identity (Tool: the SHA-256 of the running executable,
//     whose embedded catalogue and decoder decided every value) and the
//     layout version of this package, and a cache of another build or
//     layout is ignored;
//   - the file ends with the SHA-256 of everything before it; a file that
//     is truncated, corrupt or not a cache at all is ignored (and replaced
//     on Save), never read in part.
//
// What depends on register.yaml or on the catalogue (references to
// sections and people, requirement ids) is not cached: store and
// riskassess/load check it on every load.
package entrycache

import (
	"bufio"
	"bytes"
	"crypto/sha256"
	"encoding/binary"
	"errors"
	"io"
	"os"
	"path/filepath"
	"slices"
	"sync"
)

// Folder is the name of the cache folder in a register folder. Hidden, so
// that the loader and serve's watcher ignore it; riskregister init lists
// it in the register's .gitignore.
const Folder = ".riskregister-cache"

// fileName is the cache file in the folder; its name carries the layout.
const fileName = "entries-v1.bin"

// magic starts every cache file (layout version 1).
var magic = [8]byte{'R', 'R', 'C', 'A', 'C', 'H', 'E', '1'}

// maxFile bounds the cache file read (a register of 100,000 large
// entries stays far below).
const maxFile = 1 << 30

// Pack is the cache of one register folder: the values of the cache file
// as read at Open, and those used or added since. It is safe for
// concurrent use.
type Pack struct {
	path string
	tool [32]byte

	mu      sync.Mutex
	old     map[[32]byte][]byte
	used    map[[32]byte][]byte
	added   int
	hits    int
	invalid bool // the file was there and was not a valid cache of this tool
}

// Open returns the cache kept in folder dir (created on Save) for the
// tool identified by tool. A missing, unreadable, corrupt or foreign cache
// file is an empty cache; Open never fails.
func Open(dir string, tool [32]byte) *Pack {
	p := &Pack{path: filepath.Join(dir, fileName), tool: tool, used: map[[32]byte][]byte{}}
	b, err := readLimited(p.path)
	if err == nil {
		p.old, err = parse(b, tool)
		p.invalid = err != nil
	}
	return p
}

// readLimited reads path, refusing a file over maxFile.
func readLimited(path string) ([]byte, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	fi, err := f.Stat()
	if err != nil {
		return nil, err
	}
	if !fi.Mode().IsRegular() || fi.Size() > maxFile {
		return nil, errCorrupt
	}
	b := make([]byte, fi.Size())
	if _, err := io.ReadFull(f, b); err != nil {
		return nil, err
	}
	return b, nil
}

var errCorrupt = errors.New("entrycache: not a valid cache file")

// parse checks the cache file b (magic, tool, checksum, record bounds)
// and returns its values, which alias b.
func parse(b []byte, tool [32]byte) (map[[32]byte][]byte, error) {
	const head = len(magic) + 32 + 4
	if len(b) < head+sha256.Size || !bytes.Equal(b[:len(magic)], magic[:]) {
		return nil, errCorrupt
	}
	body, sum := b[:len(b)-sha256.Size], b[len(b)-sha256.Size:]
	if got := sha256.Sum256(body); !bytes.Equal(got[:], sum) {
		return nil, errCorrupt
	}
	if !bytes.Equal(body[len(magic):len(magic)+32], tool[:]) {
		return nil, errCorrupt // another build of the tool
	}
	n := int(binary.LittleEndian.Uint32(body[len(magic)+32:]))
	rest := body[head:]
	if n > len(rest)/(32+4) {
		return nil, errCorrupt
	}
	m := make(map[[32]byte][]byte, n)
	for range n {
		if len(rest) < 32+4 {
			return nil, errCorrupt
		}
		var k [32]byte
		copy(k[:], rest)
		l := int(binary.LittleEndian.Uint32(rest[32:]))
		rest = rest[32+4:]
		if l > len(rest) {
			return nil, errCorrupt
		}
		m[k] = rest[:l:l]
		rest = rest[l:]
	}
	if len(rest) != 0 {
		return nil, errCorrupt
	}
	return m, nil
}

// Get returns the value stored under key (store.Cache).
func (p *Pack) Get(key [32]byte) ([]byte, bool) {
	p.mu.Lock()
	defer p.mu.Unlock()
	v, ok := p.old[key]
	if ok {
		p.used[key] = v
		p.hits++
	}
	return v, ok
}

// Put stores value under key (store.Cache).
func (p *Pack) Put(key [32]byte, value []byte) {
	p.mu.Lock()
	defer p.mu.Unlock()
	if _, ok := p.used[key]; !ok {
		p.added++
	}
	p.used[key] = value
}

// Stats returns how many values were found and how many added since Open.
func (p *Pack) Stats() (hits, added int) {
	p.mu.Lock()
	defer p.mu.Unlock()
	return p.hits, p.added
}

// Save writes the cache file when values were added since Open or the
// last Save (or the file was not a valid cache of this tool), creating
// the folder. It keeps the values used or added, and the unused ones of
// the old file as long as they are no more than the used ones (a command
// that did not ask for them may not have needed them; past that bound
// they are dropped, so that values of files that changed or went away do
// not pile up). The file is written to a temporary file and renamed over
// the old one, so that a reader sees the old cache or the new. A cache
// that cannot be written (a read-only register) is no error for the
// caller to stop on; Save returns the error for those who want to know.
func (p *Pack) Save() error {
	p.mu.Lock()
	defer p.mu.Unlock()
	if p.added == 0 && !p.invalid {
		return nil
	}
	unused := 0
	for k := range p.old {
		if _, ok := p.used[k]; !ok {
			unused++
		}
	}
	if unused <= len(p.used) {
		for k, v := range p.old {
			if _, ok := p.used[k]; !ok {
				p.used[k] = v
			}
		}
	}
	if err := os.MkdirAll(filepath.Dir(p.path), 0o755); err != nil {
		return err
	}
	keys := make([][32]byte, 0, len(p.used))
	for k := range p.used {
		keys = append(keys, k)
	}
	// Deterministic order: by key.
	sortKeys(keys)
	f, err := os.CreateTemp(filepath.Dir(p.path), "."+fileName+".tmp-*")
	if err != nil {
		return err
	}
	tmp := f.Name()
	h := sha256.New()
	w := bufio.NewWriterSize(io.MultiWriter(f, h), 1<<16)
	w.Write(magic[:])
	w.Write(p.tool[:])
	var n [4]byte
	binary.LittleEndian.PutUint32(n[:], uint32(len(keys)))
	w.Write(n[:])
	for _, k := range keys {
		v := p.used[k]
		w.Write(k[:])
		binary.LittleEndian.PutUint32(n[:], uint32(len(v)))
		w.Write(n[:])
		w.Write(v)
	}
	err = w.Flush()
	if err == nil {
		err = f.Chmod(0o644)
	}
	if err == nil {
		_, err = f.Write(h.Sum(nil))
	}
	if cerr := f.Close(); err == nil {
		err = cerr
	}
	if err == nil {
		err = os.Rename(tmp, p.path)
	}
	if err != nil {
		os.Remove(tmp)
		return err
	}
	// What was written is what a further Save starts from.
	p.old, p.added, p.invalid = p.used, 0, false
	return nil
}

func sortKeys(keys [][32]byte) {
	slices.SortFunc(keys, func(a, b [32]byte) int { return bytes.Compare(a[:], b[:]) })
}

// Tool returns the identity of the running executable: the SHA-256 of its
// file. Every build differs, so a cache is never read by a build other
// than the one that wrote it.
func Tool() ([32]byte, error) {
	exe, err := os.Executable()
	if err != nil {
		return [32]byte{}, err
	}
	f, err := os.Open(exe)
	if err != nil {
		return [32]byte{}, err
	}
	defer f.Close()
	h := sha256.New()
	if _, err := io.Copy(h, f); err != nil {
		return [32]byte{}, err
	}
	var id [32]byte
	h.Sum(id[:0])
	return id, nil
}
