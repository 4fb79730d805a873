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
//   - the file ends with the CRC-32C of everything before it (each value
//     also carries its own checksum, checked by store); a file that is
//     truncated, corrupt or not a cache at all is ignored (and replaced on
//     Save), never read in part.
//
// Beside the values, the cache keeps an index of the files read
// (store.FileIndex, in files-v1.bin, with the same checks): each file's
// stamp (inode, size, modification and inode-change times) and the
// SHA-256 of its content, so that a warm load takes an unchanged file's
// content key from one lstat instead of reading it. A stamp is kept only
// when the file's inode-change time is earlier than the clock of the
// file system read at Open (from a marker file, clock, that Open writes in
// the cache folder): any write to the file after Open, and so after it
// was read, gives it a later inode-change time, hence another stamp; a
// file changed in the same tick of that clock as Open is read again on
// the next run. Without the marker (a read-only register), no stamp is
// kept and every file is read.
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
	"hash/crc32"
	"io"
	"maps"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"sync"

	"github.com/gikai-sec/riskregister/riskassess/store"
)

// Folder is the name of the cache folder in a register folder. Hidden, so
// that the loader and serve's watcher ignore it; riskregister init lists
// it in the register's .gitignore.
const Folder = ".riskregister-cache"

// fileName is the cache file in the folder; its name carries the layout.
const fileName = "entries-v2.bin"

// oldFileName is the cache file of layout version 1, removed by Save.
const oldFileName = "entries-v1.bin"

// magic starts every cache file (layout version 2: a CRC-32C of the file,
// where version 1 had a SHA-256, ten times slower to check).
var magic = [8]byte{'R', 'R', 'C', 'A', 'C', 'H', 'E', '2'}

// crcTable is the CRC-32C (Castagnoli) table of the file checksum.
var crcTable = crc32.MakeTable(crc32.Castagnoli)

// indexName is the index of file stamps in the folder (layout version 1).
const indexName = "files-v1.bin"

// indexMagic starts every index file.
var indexMagic = [8]byte{'R', 'R', 'F', 'I', 'L', 'E', 'S', '1'}

// clockName is the marker file whose inode-change time is the file
// system's clock at Open.
const clockName = "clock"

// maxFile bounds the cache file read (a register of 100,000 large
// entries stays far below).
const maxFile = 1 << 30

// Pack is the cache of one register folder: the values of the cache file
// as read at Open, and those used or added since. The values added wait
// for Save in a spill file, a temporary file of the cache folder without
// a name (see spillPrefix), not in memory. It is safe for concurrent use.
type Pack struct {
	path string
	tool [32]byte

	mu    sync.Mutex
	old   map[[32]byte]value
	used  map[[32]byte]value
	added int
	// spill holds the values given to Put since Open (see value), unless
	// it could not be made (noSpill): on a cold load of 100,000 entries
	// they are 276 MB that would otherwise stay in the heap until Save.
	spill *os.File
	// spillName is the spill file's name while it has one (where an open
	// file cannot be removed), for Close.
	spillName string
	closed    bool // by Close
	// pend holds the values spilled last, written to the spill file at
	// offset flushed when it is full (spillChunk): one write per chunk,
	// not per value. After a failed write it is kept as it is, and the
	// values put next stay in memory.
	pend    []byte
	flushed int64
	noSpill bool
	hits    int
	invalid bool  // the file was there and was not a valid cache of this tool
	size    int64 // the bytes of the cache file read at Open, when valid

	// clock is the inode-change time of the marker file written at Open
	// (Unix nanoseconds), 0 when it could not be written.
	clock int64
	// files is the index as read at Open; nextFiles the records looked
	// up or made since, which Save writes when they differ.
	files, nextFiles map[string]fileRecord
	indexHits        int
}

// value is a value of the pack: in memory (b, aliasing the file read at
// Open, or given to Put when it could not be spilled), or n bytes at off
// in the spill file.
type value struct {
	b   []byte
	off int64
	n   int
}

// spillPrefix starts the name of a spill file in the cache folder. A
// spill file is removed as soon as it is made where the system allows it
// (it stays readable through the open file); elsewhere (Windows) Open
// removes those left over, which only succeeds for a file no process has
// open.
const spillPrefix = ".entries-spill-"

// fileRecord is a record of the index: a file's stamp and the SHA-256 of
// its content.
type fileRecord struct {
	stamp  store.FileStamp
	digest [32]byte
}

// Open returns the cache kept in folder dir (created on Save) for the
// tool identified by tool. A missing, unreadable, corrupt or foreign cache
// file is an empty cache; Open never fails.
//
// Open also writes the marker file (creating dir when its parent exists)
// whose time tells which stamps of files read from now on may be kept in
// the index (see the package documentation).
func Open(dir string, tool [32]byte) *Pack {
	return open(dir, tool, false)
}

// OpenMapped is Open for a process that loads the register once and ends
// (validate, assess, check): where the system allows it (unix), the cache
// file is mapped into memory, read-only, instead of read into the heap.
// At 10,000 synthetic entries (a 28 MB file) reading it took 33–62 ms and
// 7,200 page faults of fresh heap, all before the load could start;
// mapping it, 0.1–2 ms and the checksum's reading of the file, about 680
// faults (the system maps the pages it holds for the file, several at a
// time).
//
// The mapping is never undone: the Pack's values, and the strings an
// entry keeps from them (store.Retainer), point into it. Hence one
// OpenMapped per process, not for serve, which loads again on every edit.
// Save replaces the file by renaming a new one over it, which leaves the
// mapped file as it was. A cache file cut short between its mapping and
// its checksum is an empty cache, as a corrupt one; one that another
// program rewrites in place (not a rename) while it is used is not
// supported: that ends the process (SIGBUS) or changes what it reads.
func OpenMapped(dir string, tool [32]byte) *Pack {
	return open(dir, tool, true)
}

// open is Open, or OpenMapped with mapped set.
func open(dir string, tool [32]byte, mapped bool) *Pack {
	p := &Pack{path: filepath.Join(dir, fileName), tool: tool, used: map[[32]byte]value{},
		nextFiles: map[string]fileRecord{}}
	read, check := readLimited, parse
	if mapped {
		read, check = mapLimited, parseMapped
	}
	b, err := read(p.path)
	if err == nil {
		p.old, err = check(b, tool)
		p.invalid = err != nil
		if !p.invalid {
			p.size = int64(len(b))
		}
	}
	removeLeftSpills(dir)
	if b, err := readLimited(filepath.Join(dir, indexName)); err == nil {
		p.files, _ = parseIndex(b, tool)
	}
	// A warm load uses every value and looks up every file: the maps of
	// what it used are made at their size, not grown (10,000 entries: 2
	// of 10 ms of the load's lookups were the maps growing).
	if len(p.old) > 0 {
		p.used = make(map[[32]byte]value, len(p.old))
	}
	if len(p.files) > 0 {
		p.nextFiles = make(map[string]fileRecord, len(p.files))
	}
	p.clock = markClock(dir)
	return p
}

// Len returns the number of values of the cache file as read at Open: 0
// when there was none (the first load of a register, a new tool), when
// every entry file will be parsed and its value added.
func (p *Pack) Len() int {
	p.mu.Lock()
	defer p.mu.Unlock()
	return len(p.old)
}

// Size returns the bytes of the cache file as read at Open: 0 when there
// was none or it was not a valid cache of the tool (Len is then 0).
func (p *Pack) Size() int64 {
	return p.size
}

// FileSize returns the bytes of the cache file in folder dir, 0 when
// there is none or it is larger than Open reads (maxFile), without
// reading or checking it: what Size will return after Open when the file
// is a valid cache of the tool.
func FileSize(dir string) int64 {
	fi, err := os.Stat(filepath.Join(dir, fileName))
	if err != nil || !fi.Mode().IsRegular() || fi.Size() > maxFile {
		return 0
	}
	return fi.Size()
}

// removeLeftSpills removes the spill files left in folder dir (see
// spillPrefix). The folder is listed, not globbed: its path may hold
// pattern characters ("[2026]").
func removeLeftSpills(dir string) {
	ents, _ := os.ReadDir(dir)
	for _, e := range ents {
		if strings.HasPrefix(e.Name(), spillPrefix) && e.Type().IsRegular() {
			os.Remove(filepath.Join(dir, e.Name()))
		}
	}
}

// markClock writes the marker file in dir (making dir when its parent
// exists) and returns its inode-change time, the file system's clock
// now; 0 when it cannot.
func markClock(dir string) int64 {
	if err := os.Mkdir(dir, 0o755); err != nil && !errors.Is(err, os.ErrExist) {
		return 0
	}
	path := filepath.Join(dir, clockName)
	if fi, err := os.Lstat(path); err == nil && (!fi.Mode().IsRegular() || hardLinked(fi)) {
		// Not ours (a pipe, a symbolic link, or a file with another name
		// too, which O_TRUNC would empty): made again as a file. Remove
		// takes only this name; the file behind it is left as it is.
		os.Remove(path)
	}
	f, err := os.OpenFile(path, os.O_WRONLY|os.O_CREATE|os.O_TRUNC|nonBlock, 0o644)
	if err != nil {
		return 0
	}
	defer f.Close()
	// A write sets the inode-change time to the clock now.
	if _, err := f.Write([]byte{'\n'}); err != nil {
		return 0
	}
	fi, err := f.Stat()
	if err != nil {
		return 0
	}
	st, ok := store.StampOf(fi)
	if !ok || st.CTime <= 0 {
		return 0
	}
	return st.CTime
}

// Digest returns the digest of file rel recorded with stamp st
// (store.FileIndex).
func (p *Pack) Digest(rel string, st store.FileStamp) ([32]byte, bool) {
	p.mu.Lock()
	defer p.mu.Unlock()
	r, ok := p.files[rel]
	if !ok || r.stamp != st {
		return [32]byte{}, false
	}
	p.nextFiles[rel] = r
	p.indexHits++
	return r.digest, true
}

// Record records the digest of file rel read with stamp st
// (store.FileIndex), when st is earlier than the clock of Open.
func (p *Pack) Record(rel string, st store.FileStamp, digest [32]byte) {
	p.mu.Lock()
	defer p.mu.Unlock()
	if p.clock == 0 || st.CTime >= p.clock {
		delete(p.nextFiles, rel) // changed too recently to be told by its stamp
		return
	}
	p.nextFiles[rel] = fileRecord{stamp: st, digest: digest}
}

// IndexHits returns how many files were taken on their stamp (Digest)
// since Open.
func (p *Pack) IndexHits() int {
	p.mu.Lock()
	defer p.mu.Unlock()
	return p.indexHits
}

// readLimited reads path, refusing a file over maxFile.
func readLimited(path string) ([]byte, error) {
	f, size, err := openLimited(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	b := make([]byte, size)
	if _, err := io.ReadFull(f, b); err != nil {
		return nil, err
	}
	return b, nil
}

// openLimited opens path for reading and returns its size, refusing
// (errCorrupt) what is not a regular file or is over maxFile.
func openLimited(path string) (*os.File, int64, error) {
	f, err := os.OpenFile(path, os.O_RDONLY|nonBlock, 0)
	if err != nil {
		return nil, 0, err
	}
	fi, err := f.Stat()
	if err != nil {
		f.Close()
		return nil, 0, err
	}
	if !fi.Mode().IsRegular() || fi.Size() > maxFile {
		f.Close()
		return nil, 0, errCorrupt
	}
	return f, fi.Size(), nil
}

var errCorrupt = errors.New("entrycache: not a valid cache file")

// parse checks the cache file b (magic, tool, checksum, record bounds)
// and returns its values, which alias b.
func parse(b []byte, tool [32]byte) (map[[32]byte]value, error) {
	const head = len(magic) + 32 + 4
	if len(b) < head+4 || !bytes.Equal(b[:len(magic)], magic[:]) {
		return nil, errCorrupt
	}
	body, sum := b[:len(b)-4], b[len(b)-4:]
	if crc32.Checksum(body, crcTable) != binary.LittleEndian.Uint32(sum) {
		return nil, errCorrupt
	}
	if !bytes.Equal(body[len(magic):len(magic)+32], tool[:]) {
		return nil, errCorrupt // another build of the tool
	}
	// Counts and lengths are compared as read (uint32), not as int: on a
	// 32-bit platform int(x) of one over 2^31-1 is negative and passes a
	// bound it should fail (a slice out of range: a panic).
	n32 := binary.LittleEndian.Uint32(body[len(magic)+32:])
	rest := body[head:]
	if uint64(n32) > uint64(len(rest)/(32+4)) {
		return nil, errCorrupt
	}
	n := int(n32)
	m := make(map[[32]byte]value, n)
	for range n {
		if len(rest) < 32+4 {
			return nil, errCorrupt
		}
		var k [32]byte
		copy(k[:], rest)
		l32 := binary.LittleEndian.Uint32(rest[32:])
		rest = rest[32+4:]
		if uint64(l32) > uint64(len(rest)) {
			return nil, errCorrupt
		}
		l := int(l32)
		m[k] = value{b: rest[:l:l]}
		rest = rest[l:]
	}
	if len(rest) != 0 {
		return nil, errCorrupt
	}
	return m, nil
}

// Get returns the value stored under key (store.Cache): one read from the
// cache file at Open, or put and saved since (read back from the spill
// file; reported missing when that fails).
func (p *Pack) Get(key [32]byte) ([]byte, bool) {
	p.mu.Lock()
	defer p.mu.Unlock()
	v, ok := p.old[key]
	if !ok {
		return nil, false
	}
	b, err := p.bytes(v, nil)
	if err != nil {
		return nil, false
	}
	p.used[key] = v
	p.hits++
	return b, true
}

// Keep marks the value stored under key as used, as Get does, without
// reading it, and reports whether there is one: a caller that already
// has what the value decodes to (serve's memo of decoded entries) keeps
// it in the cache file that Save writes, which keeps only the unused
// values that are no more than the used ones.
func (p *Pack) Keep(key [32]byte) bool {
	p.mu.Lock()
	defer p.mu.Unlock()
	v, ok := p.old[key]
	if ok {
		p.used[key] = v
	}
	return ok
}

// Put stores b under key (store.Cache): b is written to the spill file
// (in chunks), or kept in memory when that cannot be made or written.
func (p *Pack) Put(key [32]byte, b []byte) {
	p.mu.Lock()
	defer p.mu.Unlock()
	if _, ok := p.used[key]; !ok {
		p.added++
	}
	p.used[key] = p.keep(b)
}

// keep returns b as a value of the pack: spilled when it can be (p.mu
// held).
func (p *Pack) keep(b []byte) value {
	if p.spill == nil && !p.noSpill {
		p.spill = p.makeSpill()
		p.noSpill = p.spill == nil
	}
	if len(p.pend) > 0 && len(p.pend)+len(b) > spillChunk && !p.noSpill {
		if _, err := p.spill.WriteAt(p.pend, p.flushed); err != nil {
			p.noSpill = true // a full or failing disk: keep pend as it is
		} else {
			p.flushed += int64(len(p.pend))
			p.pend = p.pend[:0]
		}
	}
	if p.noSpill || len(b) == 0 {
		return value{b: b}
	}
	if p.pend == nil {
		p.pend = make([]byte, 0, spillChunk)
	}
	v := value{off: p.flushed + int64(len(p.pend)), n: len(b)}
	p.pend = append(p.pend, b...)
	return v
}

// spillChunk is the size of the writes to the spill file.
const spillChunk = 1 << 20

// makeSpill creates the spill file in the cache folder and removes its
// name; nil when it cannot be created (a read-only register).
func (p *Pack) makeSpill() *os.File {
	f, err := os.CreateTemp(filepath.Dir(p.path), spillPrefix+"*")
	if err != nil {
		return nil
	}
	if os.Remove(f.Name()) != nil {
		// Where an open file cannot be removed: Close removes it, or the
		// next Open when the process stopped first.
		p.spillName = f.Name()
	}
	return f
}

// Close lets go of the spill file (its disk space, and where it has a
// name, the file). The values put since Open and not saved are lost, and
// those saved can no longer be read back: after Close, Get reports them
// missing and Save fails, leaving the cache file as it was. Call it when
// the Pack is done with; Close is idempotent.
func (p *Pack) Close() error {
	p.mu.Lock()
	defer p.mu.Unlock()
	if p.spill == nil || p.closed {
		return nil
	}
	p.closed = true
	err := p.spill.Close()
	if p.spillName != "" {
		os.Remove(p.spillName)
		p.spillName = ""
	}
	// Keep a closed file, not nil, and no pending bytes: a later Put
	// keeps its value in memory, and every spilled value reads as gone.
	p.noSpill, p.pend = true, nil
	return err
}

var errClosed = errors.New("entrycache: the spill file is closed")

// bytes returns the bytes of v, read into buf (grown as needed) when
// spilled (p.mu held).
func (p *Pack) bytes(v value, buf []byte) ([]byte, error) {
	if v.b != nil || v.n == 0 {
		return v.b, nil
	}
	if cap(buf) < v.n {
		buf = make([]byte, v.n)
	}
	buf = buf[:v.n]
	if v.off >= p.flushed {
		if i := v.off - p.flushed; i+int64(v.n) <= int64(len(p.pend)) {
			copy(buf, p.pend[i:])
			return buf, nil
		}
		return nil, errClosed
	}
	if _, err := p.spill.ReadAt(buf, v.off); err != nil {
		return nil, err
	}
	return buf, nil
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
//
// Save also writes the index of file stamps when its records changed.
func (p *Pack) Save() error {
	p.mu.Lock()
	defer p.mu.Unlock()
	ierr := p.saveIndex()
	if p.added == 0 && !p.invalid {
		return ierr
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
	h := crc32.New(crcTable)
	w := bufio.NewWriterSize(io.MultiWriter(f, h), 1<<16)
	w.Write(magic[:])
	w.Write(p.tool[:])
	var n [4]byte
	binary.LittleEndian.PutUint32(n[:], uint32(len(keys)))
	w.Write(n[:])
	var buf []byte
	for _, k := range keys {
		var v []byte
		if v, err = p.bytes(p.used[k], buf); err != nil {
			break
		}
		if p.used[k].b == nil {
			buf = v // reuse the buffer for the next spilled value
		}
		w.Write(k[:])
		binary.LittleEndian.PutUint32(n[:], uint32(len(v)))
		w.Write(n[:])
		w.Write(v)
	}
	if err == nil {
		err = w.Flush()
	}
	if err == nil {
		err = f.Chmod(0o644)
	}
	if err == nil {
		_, err = f.Write(binary.LittleEndian.AppendUint32(nil, h.Sum32()))
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
	// The file of the previous layout is of no use to this build.
	os.Remove(filepath.Join(filepath.Dir(p.path), oldFileName))
	return ierr
}

// saveIndex writes the index when its records differ from the file's
// (p.mu held).
func (p *Pack) saveIndex() error {
	if len(p.nextFiles) == len(p.files) {
		same := true
		for rel, r := range p.nextFiles {
			if o, ok := p.files[rel]; !ok || o != r {
				same = false
				break
			}
		}
		if same {
			return nil
		}
	}
	rels := make([]string, 0, len(p.nextFiles))
	for rel := range p.nextFiles {
		rels = append(rels, rel)
	}
	slices.Sort(rels)
	var b bytes.Buffer
	b.Write(indexMagic[:])
	b.Write(p.tool[:])
	var n [8]byte
	binary.LittleEndian.PutUint32(n[:4], uint32(len(rels)))
	b.Write(n[:4])
	for _, rel := range rels {
		r := p.nextFiles[rel]
		binary.LittleEndian.PutUint32(n[:4], uint32(len(rel)))
		b.Write(n[:4])
		b.WriteString(rel)
		for _, x := range []uint64{r.stamp.Dev, r.stamp.Ino, uint64(r.stamp.Mode), uint64(r.stamp.Size), uint64(r.stamp.MTime), uint64(r.stamp.CTime)} {
			binary.LittleEndian.PutUint64(n[:], x)
			b.Write(n[:])
		}
		b.Write(r.digest[:])
	}
	sum := sha256.Sum256(b.Bytes())
	b.Write(sum[:])
	if err := writeAtomic(filepath.Join(filepath.Dir(p.path), indexName), b.Bytes()); err != nil {
		return err
	}
	p.files = p.nextFiles
	p.nextFiles = maps.Clone(p.files)
	return nil
}

// writeAtomic writes b to path through a temporary file renamed over it,
// creating the folder.
func writeAtomic(path string, b []byte) error {
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		return err
	}
	f, err := os.CreateTemp(filepath.Dir(path), "."+filepath.Base(path)+".tmp-*")
	if err != nil {
		return err
	}
	tmp := f.Name()
	_, err = f.Write(b)
	if err == nil {
		err = f.Chmod(0o644)
	}
	if cerr := f.Close(); err == nil {
		err = cerr
	}
	if err == nil {
		err = os.Rename(tmp, path)
	}
	if err != nil {
		os.Remove(tmp)
	}
	return err
}

// recordSize is the size of a record of the index after its path.
const recordSize = 6*8 + 32

// parseIndex checks the index file b (magic, tool, checksum, record
// bounds) and returns its records.
func parseIndex(b []byte, tool [32]byte) (map[string]fileRecord, error) {
	const head = len(indexMagic) + 32 + 4
	if len(b) < head+sha256.Size || !bytes.Equal(b[:len(indexMagic)], indexMagic[:]) {
		return nil, errCorrupt
	}
	body, sum := b[:len(b)-sha256.Size], b[len(b)-sha256.Size:]
	if got := sha256.Sum256(body); !bytes.Equal(got[:], sum) {
		return nil, errCorrupt
	}
	if !bytes.Equal(body[len(indexMagic):len(indexMagic)+32], tool[:]) {
		return nil, errCorrupt
	}
	// As in parse: compared as uint32, not as a possibly negative int.
	n32 := binary.LittleEndian.Uint32(body[len(indexMagic)+32:])
	rest := body[head:]
	if uint64(n32) > uint64(len(rest)/(4+recordSize)) {
		return nil, errCorrupt
	}
	n := int(n32)
	m := make(map[string]fileRecord, n)
	for range n {
		if len(rest) < 4 {
			return nil, errCorrupt
		}
		l32 := binary.LittleEndian.Uint32(rest)
		rest = rest[4:]
		if uint64(l32) > uint64(len(rest)) || len(rest)-int(l32) < recordSize {
			return nil, errCorrupt
		}
		l := int(l32)
		rel := string(rest[:l])
		rest = rest[l:]
		var x [6]uint64
		for i := range x {
			x[i] = binary.LittleEndian.Uint64(rest[8*i:])
		}
		var r fileRecord
		r.stamp = store.FileStamp{Dev: x[0], Ino: x[1], Mode: uint32(x[2]), Size: int64(x[3]), MTime: int64(x[4]), CTime: int64(x[5])}
		copy(r.digest[:], rest[6*8:recordSize])
		rest = rest[recordSize:]
		if _, dup := m[rel]; dup {
			return nil, errCorrupt
		}
		m[rel] = r
	}
	if len(rest) != 0 {
		return nil, errCorrupt
	}
	return m, nil
}

func sortKeys(keys [][32]byte) {
	slices.SortFunc(keys, func(a, b [32]byte) int { return bytes.Compare(a[:], b[:]) })
}

// toolName is the record of the executable's identity in a cache folder
// (ToolWith).
const toolName = "tool-v1.bin"

// toolMagic starts the record of ToolWith.
var toolMagic = [8]byte{'R', 'R', 'T', 'O', 'O', 'L', 'S', '1'}

// ToolWith is Tool remembering the result in the cache folder dir under
// the executable's path and stamp (store.FileStamp: inode, size,
// modification and inode-change times), so that a run of the same
// executable takes its identity from one stat instead of hashing tens of
// megabytes. As for the files of the index, the record is kept only when
// the executable's inode-change time is earlier than the file system's
// clock read before it was hashed: an executable rebuilt or replaced
// later has another stamp and is hashed again. A missing, corrupt or
// unwritable record only costs the hashing.
func ToolWith(dir string) ([32]byte, error) {
	exe, err := os.Executable()
	if err != nil {
		return [32]byte{}, err
	}
	rec := filepath.Join(dir, toolName)
	fi, err := os.Stat(exe)
	if err != nil {
		return [32]byte{}, err
	}
	st, stamped := store.StampOf(fi)
	if stamped {
		if b, err := readLimited(rec); err == nil {
			if id, ok := parseTool(b, exe, st); ok {
				return id, nil
			}
		}
	}
	clock := markClock(dir)
	id, err := Tool()
	if err != nil || !stamped || clock == 0 || st.CTime >= clock {
		return id, err
	}
	if fi, err := os.Stat(exe); err != nil {
		return id, nil
	} else if st2, _ := store.StampOf(fi); st2 != st {
		return id, nil // changed while it was hashed
	}
	writeAtomic(rec, toolRecord(exe, st, id))
	return id, nil
}

// toolRecord encodes the record of ToolWith: magic, the executable's
// path, its stamp, its identity and the CRC-32C of all that.
func toolRecord(exe string, st store.FileStamp, id [32]byte) []byte {
	b := append([]byte{}, toolMagic[:]...)
	b = binary.LittleEndian.AppendUint32(b, uint32(len(exe)))
	b = append(b, exe...)
	for _, x := range []uint64{st.Dev, st.Ino, uint64(st.Mode), uint64(st.Size), uint64(st.MTime), uint64(st.CTime)} {
		b = binary.LittleEndian.AppendUint64(b, x)
	}
	b = append(b, id[:]...)
	return binary.LittleEndian.AppendUint32(b, crc32.Checksum(b, crcTable))
}

// parseTool returns the identity in record b when it is intact and names
// the executable exe with stamp st.
func parseTool(b []byte, exe string, st store.FileStamp) ([32]byte, bool) {
	want := toolRecord(exe, st, [32]byte{})
	if len(b) != len(want) {
		return [32]byte{}, false
	}
	body := b[:len(b)-4]
	if crc32.Checksum(body, crcTable) != binary.LittleEndian.Uint32(b[len(b)-4:]) {
		return [32]byte{}, false
	}
	n := len(want) - 4 - 32
	if !bytes.Equal(body[:n], want[:n]) {
		return [32]byte{}, false
	}
	var id [32]byte
	copy(id[:], body[n:])
	return id, true
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
