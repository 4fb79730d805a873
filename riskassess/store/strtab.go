package store

import (
	"hash/maphash"
	"sync"
	"unsafe"
)

// strtab (made with a maphash seed) keeps one copy of each distinct string decoded from the entry
// cache during one load, packed into shared blocks, so that the strings
// of a loaded register hold neither the cached values they were decoded
// from nor a copy per entry of what repeats from entry to entry (question
// ids, answers, sections, enum values: at 10,000 synthetic entries, 1.2
// million strings of 20 MB are 87,000 distinct ones of 6 MB). It is safe
// for concurrent use; the table is let go with the load, the blocks live
// as long as a string in them does.
type strtab struct {
	seed   maphash.Seed
	shards [strtabShards]strShard
}

// strtabShards is the number of independently locked parts of a strtab:
// enough that the load's few workers rarely wait for each other.
const strtabShards = 32

// strShard is one part of a strtab: its strings, and the free end of the
// block it copies new strings into.
type strShard struct {
	mu    sync.Mutex
	m     map[string]string
	block []byte
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
	sh := &t.shards[maphash.Bytes(t.seed, b)%strtabShards]
	sh.mu.Lock()
	defer sh.mu.Unlock()
	if s, ok := sh.m[string(b)]; ok {
		return s
	}
	if sh.m == nil {
		sh.m = map[string]string{}
	}
	s := sh.copyOf(b)
	sh.m[s] = s
	return s
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
