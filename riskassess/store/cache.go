package store

import (
	"crypto/sha256"
	"encoding/binary"
	"errors"
	"hash/crc32"
	"math"
	"reflect"
	"unsafe"

	"github.com/gikai-sec/riskregister/riskassess"
)

// Cache keeps what decoding an entry file gave, between runs, so that an
// unchanged file is not parsed again. Load (LoadWith) asks it by a key
// that is the SHA-256 of the cache format, the file's kind, id and path
// and the SHA-256 of the file's content: a file that changed by one byte
// has another key. What the value holds depends on nothing else (the checks that look
// at other files, register.yaml or the catalogue run on every load), so
// the cache never needs the organisation's settings or the catalogue in
// its key; the tool's version, which decides how a file is decoded and
// checked, is the cache's own business (see internal/entrycache).
//
// Only files without a problem are stored: the problems of a file are
// always those of parsing it. Each value carries a checksum of itself and
// its key, and must decode completely to an entry of the file's id and
// path; a value that does not (a corrupt or foreign cache) is ignored and
// the file parsed. Get and Put are called
// from several goroutines at once.
type Cache interface {
	// Get returns the value stored under key, if any.
	Get(key [32]byte) ([]byte, bool)
	// Put stores value under key; value is not modified afterwards.
	Put(key [32]byte, value []byte)
}

// KeyObserver may be implemented by the Cache given to LoadWith: it is then
// told, for every file of the register read (register.yaml, the entry
// files and the snapshots of public lists), the file's slash path and a
// key of its path and content (the SHA-256 of the cache format, the
// file's kind, id and path and the SHA-256 of its content: the key the
// cache is asked by). The register LoadWith returns is a function of these files, so the
// keys tell a caller what changed since an earlier load (sitegen.Inputs).
// Observe is called from several goroutines at once.
type KeyObserver interface {
	Observe(rel string, key [32]byte)
}

// Memo may be implemented by the Cache given to LoadWith by a process
// that loads the same register again and again (serve): the loader then
// keeps in it what decoding each entry file gave, under the file's key,
// and takes it from there on the next load instead of decoding the
// cached value again. The values are the loader's own (opaque to the
// Memo), and the entries of a recalled value are the very entries of the
// earlier register: a caller that uses a Memo must not modify the
// entries of a loaded register.
type Memo interface {
	// Recall returns the value kept under key, if any.
	Recall(key [32]byte) (any, bool)
	// Remember keeps v under key. Called from several goroutines at once.
	Remember(key [32]byte, v any)
}

// Retainer may be implemented by the Cache given to LoadWith by a caller
// that keeps the cache at least as long as the register it loads (a
// command that runs once: validate, assess, check). When RetainValues
// reports true, the values Get returns are never modified and may be
// kept, and the strings of the entries decoded from them are slices of
// them instead of copies kept in a table of the load: a warm load of
// 10,000 synthetic entries decodes in half the time. The cache's values
// then stay in memory as long as an entry does; a caller that lets the
// cache go before the register to free its memory (build, before it
// renders) must not retain, nor a Memo that keeps entries from load to
// load (serve): they would hold the values of every load.
type Retainer interface {
	RetainValues() bool
}

// retains reports whether c is a Retainer that retains.
func retains(c Cache) bool {
	r, ok := c.(Retainer)
	return ok && r.RetainValues()
}

// Options are the options of LoadWith.
type Options struct {
	// Cache, when not nil, keeps decoded entry files between runs.
	Cache Cache
}

// cacheFormat names the layout of a cached value; change it whenever the
// encoding or the checks of decodeFile change in a way the tool's version
// would not show (tests, development builds).
const cacheFormat = "riskregister entry cache 3\x00"

// cacheKey returns the key of entry file j whose content has SHA-256
// digest.
func cacheKey(j job, digest [32]byte) [32]byte {
	h := sha256.New()
	var n [8]byte
	for _, s := range []string{cacheFormat, string(j.kind), j.id, j.rel} {
		binary.LittleEndian.PutUint64(n[:], uint64(len(s)))
		h.Write(n[:])
		h.Write([]byte(s))
	}
	h.Write(digest[:])
	var k [32]byte
	h.Sum(k[:0])
	return k
}

// cachedFile returns the cached result of entry file j, if c holds one
// that decodes, its strings kept in tab, or slices of the value when
// retain (see Retainer).
func cachedFile(c Cache, j job, key [32]byte, tab *strtab, retain bool) (result, bool) {
	v, ok := c.Get(key)
	if !ok {
		return result{}, false
	}
	v, ok = checkSum(key, v)
	if !ok {
		return result{}, false
	}
	d := &decoder2{b: v, tab: tab, keep: retain}
	res, err := d.cached(j)
	if err != nil {
		return result{}, false
	}
	return res, true
}

// crcTable is the CRC-32C table of the checksums of cached values.
var crcTable = crc32.MakeTable(crc32.Castagnoli)

// sum returns the checksum of value v stored under key: the CRC-32C of
// both, so that a damaged value, or one stored under another key, is
// seen.
func sum(key [32]byte, v []byte) uint32 {
	return crc32.Update(crc32.Checksum(key[:], crcTable), crcTable, v)
}

// withSum returns v followed by its checksum.
func withSum(key [32]byte, v []byte) []byte {
	return binary.LittleEndian.AppendUint32(v, sum(key, v))
}

// checkSum returns the value of v (which withSum made) without its
// checksum; ok is false when the checksum does not match.
func checkSum(key [32]byte, v []byte) ([]byte, bool) {
	if len(v) < 4 {
		return nil, false
	}
	body := v[:len(v)-4]
	return body, binary.LittleEndian.Uint32(v[len(v)-4:]) == sum(key, body)
}

// storeFile puts res, the result of decoding j without a problem, into c,
// when it encodes and decodes back to the same value (a type the codec
// does not know, or a value it would not keep exactly, is not stored: if
// unsure, parse). It returns the result to keep: the value decoded back,
// whose strings are tab's, when stored, else res.
func storeFile(c Cache, j job, key [32]byte, res result, tab *strtab) result {
	if len(res.errs) > 0 || res.entry == nil {
		return res
	}
	v, err := encodeCached(res)
	if err != nil {
		return res
	}
	back, err := decodeCached(j, v, tab)
	if err != nil || !reflect.DeepEqual(back.entry, res.entry) || !reflect.DeepEqual(back.refs, res.refs) {
		return res
	}
	// A cache may hold the value in memory until it is saved (every
	// entry's, on a cold load; entrycache does when it cannot write it to
	// its spill file): a slice of its own size, not what encoding grew (up
	// to a third more).
	c.Put(key, withSum(key, append(make([]byte, 0, len(v)+4), v...)))
	return back
}

// The encoding of a cached value: the entry's fields in declaration order,
// recursively (varints for integers and lengths, IEEE bits for floats,
// length-prefixed bytes for strings; a nil slice, map or pointer as 0 and
// a present one as 1 + length or 1), then the references. Every length is
// checked against what is left, so a corrupt value fails to decode rather
// than allocating or panicking.

var errCorrupt = errors.New("store: corrupt cache value")

type encoder struct{ b []byte }

func (e *encoder) uvarint(x uint64) { e.b = binary.AppendUvarint(e.b, x) }
func (e *encoder) varint(x int64)   { e.b = binary.AppendVarint(e.b, x) }
func (e *encoder) str(s string)     { e.uvarint(uint64(len(s))); e.b = append(e.b, s...) }

var errUnsupported = errors.New("store: type not supported by the cache")

func (e *encoder) value(v reflect.Value) error {
	switch v.Kind() {
	case reflect.Bool:
		if v.Bool() {
			e.b = append(e.b, 1)
		} else {
			e.b = append(e.b, 0)
		}
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64:
		e.varint(v.Int())
	case reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64:
		e.uvarint(v.Uint())
	case reflect.Float32, reflect.Float64:
		e.uvarint(math.Float64bits(v.Float()))
	case reflect.String:
		e.str(v.String())
	case reflect.Pointer:
		if v.IsNil() {
			e.b = append(e.b, 0)
			return nil
		}
		e.b = append(e.b, 1)
		return e.value(v.Elem())
	case reflect.Slice:
		if v.IsNil() {
			e.uvarint(0)
			return nil
		}
		e.uvarint(uint64(v.Len()) + 1)
		for i := range v.Len() {
			if err := e.value(v.Index(i)); err != nil {
				return err
			}
		}
	case reflect.Array:
		for i := range v.Len() {
			if err := e.value(v.Index(i)); err != nil {
				return err
			}
		}
	case reflect.Map:
		if v.IsNil() {
			e.uvarint(0)
			return nil
		}
		e.uvarint(uint64(v.Len()) + 1)
		it := v.MapRange()
		for it.Next() {
			if err := e.value(it.Key()); err != nil {
				return err
			}
			if err := e.value(it.Value()); err != nil {
				return err
			}
		}
	case reflect.Struct:
		t := v.Type()
		for i := range t.NumField() {
			if !t.Field(i).IsExported() {
				return errUnsupported
			}
			if err := e.value(v.Field(i)); err != nil {
				return err
			}
		}
	default:
		return errUnsupported
	}
	return nil
}

func encodeCached(res result) ([]byte, error) {
	e := &encoder{b: make([]byte, 0, 1024)}
	switch res.entry.(type) {
	case *riskassess.Contractor, *riskassess.Service, *riskassess.Social:
	default:
		return nil, errUnsupported
	}
	if err := e.value(reflect.ValueOf(res.entry).Elem()); err != nil {
		return nil, err
	}
	e.uvarint(uint64(len(res.refs)))
	for _, r := range res.refs {
		e.str(r.file)
		e.varint(int64(r.line))
		e.varint(int64(r.col))
		e.varint(int64(r.target))
		e.str(r.value)
		e.str(r.field)
	}
	return e.b, nil
}

type decoder2 struct {
	b []byte // the value; decoded strings are copies (str) unless keep
	// tab, when not nil, keeps the copies: one per distinct string.
	tab *strtab
	// keep makes the decoded strings slices of b, which is never
	// modified (Retainer).
	keep bool
	i    int
	err  error
}

func (d *decoder2) fail() {
	if d.err == nil {
		d.err = errCorrupt
	}
	d.i = len(d.b)
}

func (d *decoder2) uvarint() uint64 {
	var x uint64
	var s uint
	for k := 0; ; k++ {
		if d.i >= len(d.b) || k == binary.MaxVarintLen64 {
			d.fail()
			return 0
		}
		c := d.b[d.i]
		d.i++
		if c < 0x80 {
			if k == binary.MaxVarintLen64-1 && c > 1 {
				d.fail()
				return 0
			}
			return x | uint64(c)<<s
		}
		x |= uint64(c&0x7f) << s
		s += 7
	}
}

func (d *decoder2) varint() int64 {
	u := d.uvarint()
	x := int64(u >> 1)
	if u&1 != 0 {
		x = ^x
	}
	return x
}

// count reads a length of items of at least one byte each.
func (d *decoder2) count() int {
	n := d.uvarint()
	if n > uint64(len(d.b)-d.i) {
		d.fail()
		return 0
	}
	return int(n)
}

// str reads a string: a slice of d.b with d.keep, else d.tab's copy, or
// a copy of its own without d.tab.
func (d *decoder2) str() string {
	n := d.count()
	b := d.b[d.i : d.i+n]
	d.i += n
	if d.keep {
		if n == 0 {
			return ""
		}
		return unsafe.String(&b[0], n)
	}
	if d.tab == nil {
		return string(b)
	}
	return d.tab.of(b)
}

// decodeCached decodes the cached value v of entry file j (encodeCached),
// with the strings kept in tab (nil: a copy each).
func decodeCached(j job, v []byte, tab *strtab) (result, error) {
	// The strings are tab's copies: the entry holds nothing of v.
	return (&decoder2{b: v, tab: tab}).cached(j)
}

// cached decodes d's value as decodeCached does, the strings as d.str
// reads them.
func (d *decoder2) cached(j job) (result, error) {
	if j.kind == "" {
		return result{}, errUnsupported
	}
	e := newEntry(j.kind)
	ev := reflect.ValueOf(e)
	planOf(ev.Type().Elem())(d, ev.UnsafePointer())
	refs := d.refs()
	if d.err != nil || d.i != len(d.b) {
		return result{}, errCorrupt
	}
	b := e.Base()
	if b.ID != j.id || b.Source != j.rel {
		return result{}, errCorrupt
	}
	return result{entry: e, refs: refs}, nil
}

// refs decodes the references that follow an entry in a cached value
// (encodeCached writes them).
func (d *decoder2) refs() []ref {
	n := d.count()
	if n == 0 {
		return nil
	}
	refs := make([]ref, n)
	for i := range refs {
		r := &refs[i]
		r.file = d.str()
		r.line = int(d.varint())
		r.col = int(d.varint())
		r.target = refTarget(d.varint())
		r.value = d.str()
		r.field = d.str()
	}
	return refs
}

// locateFormat names the layout of cached positions (LocateAllWith).
const locateFormat = "riskregister locate cache 2\x00"

// locateKey returns the key of the positions of paths in file rel whose
// content has SHA-256 digest.
func locateKey(rel string, digest [32]byte, paths []string) [32]byte {
	h := sha256.New()
	var n [8]byte
	put := func(b []byte) {
		binary.LittleEndian.PutUint64(n[:], uint64(len(b)))
		h.Write(n[:])
		h.Write(b)
	}
	put([]byte(locateFormat))
	put([]byte(rel))
	put(digest[:])
	binary.LittleEndian.PutUint64(n[:], uint64(len(paths)))
	h.Write(n[:])
	for _, p := range paths {
		put([]byte(p))
	}
	var k [32]byte
	h.Sum(k[:0])
	return k
}

// encodePositions encodes pos (with its checksum, see withSum).
func encodePositions(key [32]byte, pos [][2]int) []byte {
	e := &encoder{}
	e.uvarint(uint64(len(pos)))
	for _, p := range pos {
		e.varint(int64(p[0]))
		e.varint(int64(p[1]))
	}
	return withSum(key, e.b)
}

// decodePositions decodes n positions that encodePositions made.
func decodePositions(key [32]byte, v []byte, n int) ([][2]int, bool) {
	v, ok := checkSum(key, v)
	if !ok {
		return nil, false
	}
	d := &decoder2{b: v}
	if d.count() != n {
		return nil, false
	}
	pos := make([][2]int, n)
	for i := range pos {
		pos[i] = [2]int{int(d.varint()), int(d.varint())}
	}
	if d.err != nil || d.i != len(d.b) {
		return nil, false
	}
	return pos, true
}
