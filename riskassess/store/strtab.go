package store

import (
	"hash/maphash"
	"sync"
	"sync/atomic"
	"unsafe"
)

// strtab keeps one copy of each distinct string decoded from the entry
// cache during one load, packed into shared blocks, so that the strings
// of a loaded register hold neither the cached values they were decoded
// from nor a copy per entry of what repeats from entry to entry (question
// ids, answers, sections, enum values: at 10,000 synthetic entries, 1.2
// million strings of 20 MB are 87,000 distinct ones of 6 MB). Make it
// with a maphash seed. It is safe for concurrent use; the table is let go
// with the load, the blocks live as long as a string in them does.
//
// A string that repeats is mostly found in front, a direct-mapped table
// read without a lock; the shards, locked, hold every string. The front
// halves what interning adds to decoding a cached entry: 4.0 µs of 12.8
// before it, 1.8 of 10.6 with it (BenchmarkDecodeCached, against decoding
// with no table).
type strtab struct {
	seed   maphash.Seed
	front  [strFront]atomic.Pointer[string]
	shards [strtabShards]strShard
}

// strFront is the number of slots of a strtab's front table (a power of
// two): 128 KiB of pointers, let go with the load.
const strFront = 1 << 14

// strtabShards is the number of independently locked parts of a strtab:
// enough that the load's few workers rarely wait for each other.
const strtabShards = 32

// strShard is one part of a strtab: its strings, the free end of the
// block it copies new strings into, and the free end of the chunk it
// keeps their headers in (the front table points to them).
type strShard struct {
	mu      sync.Mutex
	m       map[string]*string
	block   []byte
	headers []string
}

// strBlock is the size of the blocks a strtab packs strings into; a
// string longer than strBlock/8 gets an allocation of its own.
const strBlock = 16 << 10

// of returns the table's copy of the string b holds, adding one the
// first time; b is not retained.
func (t *strtab) of(b []byte) string {
	if len(b) == 0 {
		return ""
	}
	h := maphash.Bytes(t.seed, b)
	slot := &t.front[h&(strFront-1)]
	if p := slot.Load(); p != nil && *p == string(b) {
		return *p
	}
	sh := &t.shards[(h>>32)%strtabShards]
	sh.mu.Lock()
	p, ok := sh.m[string(b)]
	if !ok {
		if sh.m == nil {
			sh.m = map[string]*string{}
		}
		p = sh.header(sh.copyOf(b))
		sh.m[*p] = p
	}
	sh.mu.Unlock()
	slot.Store(p)
	return *p
}

// header returns a pointer to a string header holding s, from a chunk
// of headers allocated 256 at a time.
func (sh *strShard) header(s string) *string {
	if len(sh.headers) == cap(sh.headers) {
		sh.headers = make([]string, 0, 256)
	}
	sh.headers = append(sh.headers, s)
	return &sh.headers[len(sh.headers)-1]
}

// copyOf returns a string with the bytes of b, in the shard's block when
// it is short. The bytes of a block are never written again once a string
// refers to them.
func (sh *strShard) copyOf(b []byte) string {
	if len(b) > strBlock/8 {
		return string(b)
	}
	if cap(sh.block)-len(sh.block) < len(b) {
		sh.block = make([]byte, 0, strBlock)
	}
	n := len(sh.block)
	sh.block = append(sh.block, b...)
	return unsafe.String(&sh.block[n], len(b))
}
