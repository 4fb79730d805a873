package main

import (
	"crypto/sha256"
	"encoding/binary"
	"hash"
	"maps"
	"slices"
	"sync"
	"sync/atomic"

	"github.com/gikai-sec/riskregister/internal/entrycache"
	"github.com/gikai-sec/riskregister/riskassess"
	"github.com/gikai-sec/riskregister/riskassess/publiclist"
	"github.com/gikai-sec/riskregister/riskassess/report"
	"github.com/gikai-sec/riskregister/riskassess/store"
	"github.com/gikai-sec/riskregister/sitegen"
)

// keyedCache is the entry cache that also keeps the key of every file the
// last load read (store.KeyObserver), for an incremental build.
type keyedCache struct {
	*entrycache.Pack
	tool [32]byte
	mu   sync.Mutex
	keys map[string][32]byte // slash path → key
	// memo, when not nil, keeps the decoded entries between loads
	// (serve; store.Memo).
	memo *entryMemo
	// retain lets the loaded entries keep their strings in the values
	// of the cache (store.Retainer): for a command that keeps the cache
	// until it ends (app.retainCache).
	retain bool
	// read counts the calls of Record (a file read again for its digest,
	// store.FileIndex) and of Put (a file parsed) instead of taking the
	// file on its stamp from the cache: a file read and parsed counts
	// twice. The warmRunReads-th call calls onRead (when set) once, from
	// the goroutine of the load that made it.
	read   atomic.Int64
	onRead func()
}

// warmRunReads is how many reads and parses (keyedCache.read: 32 to 64
// files) a warm run's load may make before it gives the collector back (app.loadDir, warmRunGC): their
// content is garbage, and parsing makes several times what it keeps,
// which a run with the collector off would hold up to its memory limit
// (half the files of 10,000 synthetic entries changed since the cache
// was written: check's RSS 447 MB instead of 292 MB; every file read
// again after the register was copied: 319 MB instead of 267 MB).
const warmRunReads = 64

// Put is the Pack's (store.Cache), counting the file as read (onRead).
func (c *keyedCache) Put(key [32]byte, b []byte) {
	c.Pack.Put(key, b)
	c.count()
}

// Record is the Pack's (store.FileIndex), counting the file as read
// (onRead).
func (c *keyedCache) Record(rel string, st store.FileStamp, digest [32]byte) {
	c.Pack.Record(rel, st, digest)
	c.count()
}

// count counts a file read or parsed (read, onRead).
func (c *keyedCache) count() {
	if c.read.Add(1) == warmRunReads && c.onRead != nil {
		c.onRead()
	}
}

// RetainValues is store.Retainer's: the Pack never modifies the values
// Get returns (those of the file read at Open, or read back from the
// spill file into a slice of their own). Never with a memo: the entries
// it keeps from load to load would hold the values of every load.
func (c *keyedCache) RetainValues() bool { return c.retain && c.memo == nil }

// Recall is memo's (store.Memo); nothing without a memo. An entry is
// recalled only when the entry cache holds the file's value, which it
// then keeps (Pack.Keep), though the load does not ask for it: without
// that, the cache file saved after an edit in serve held only the file
// edited, and the next command parsed the whole register again. When the
// cache lost the value (its folder deleted, or overwritten by another
// build of the tool, while serve runs), the file is decoded again and
// stored.
func (c *keyedCache) Recall(key [32]byte) (any, bool) {
	if c.memo == nil || !c.Keep(key) {
		return nil, false
	}
	return c.memo.Recall(key)
}

// Remember is memo's (store.Memo); nothing without a memo.
func (c *keyedCache) Remember(key [32]byte, v any) {
	if c.memo != nil {
		c.memo.Remember(key, v)
	}
}

func newKeyedCache(p *entrycache.Pack, tool [32]byte) *keyedCache {
	return &keyedCache{Pack: p, tool: tool, keys: map[string][32]byte{}}
}

// Observe records the key of file rel (store.KeyObserver).
func (c *keyedCache) Observe(rel string, key [32]byte) {
	c.mu.Lock()
	c.keys[rel] = key
	c.mu.Unlock()
}

// inputs returns the sitegen.Inputs of the register just loaded into reg:
// the site key is the SHA-256 of the tool's identity (which decides the
// catalogue, the scoring and the pages) and the keys of every file read
// that is not an entry (register.yaml, public-list snapshots); an entry's
// key is that of its file, and for a service naming its provider's
// contractor entry, or giving the corporate number of registered
// contractors, that of those contractors' files too (the cross-check
// against the public lists compares the contractor's legal name, and
// REF-PROVIDER-RECORD reads its approval: publiclist.Apply), and for a
// contractor naming registered subcontractors, by id or by legal name,
// those of their files (REF-SUBCONTRACTOR-RECORD reads their approvals). Assessments are made by this tool from those files,
// register.yaml, the lists, the catalogue and the as-of date (an Options
// field), so the keys cover them. nil when the cache did not see the load.
func (c *keyedCache) inputs(reg *riskassess.Register) *sitegen.Inputs {
	if c == nil {
		return nil
	}
	c.mu.Lock()
	defer c.mu.Unlock()
	entries := map[string]bool{}
	for _, e := range reg.Entries() {
		entries[e.Base().Source] = true
	}
	var other []string
	for rel := range c.keys {
		if !entries[rel] {
			other = append(other, rel)
		}
	}
	slices.Sort(other)
	h := sha256.New()
	h.Write([]byte("riskregister build inputs 1\x00"))
	h.Write(c.tool[:])
	for _, rel := range other {
		binary.Write(h, binary.LittleEndian, uint64(len(rel)))
		h.Write([]byte(rel))
		k := c.keys[rel]
		h.Write(k[:])
	}
	keys := maps.Clone(c.keys)
	// A service's provider and a contractor's subcontractors, found
	// without a search of reg.Contractors per entry (Entry is asked for
	// every entry of the register).
	contractors := report.ContractorIndex(reg)
	// A provider given by corporate number and a subcontractor given by
	// name are the registered contractors of that number or legal name
	// (publiclist.CheckProvider, CheckSubcontractors).
	byNumber := map[string][]*riskassess.Contractor{}
	for _, c := range reg.Contractors {
		if c.CorporateNumber != "" {
			byNumber[c.CorporateNumber] = append(byNumber[c.CorporateNumber], c)
		}
	}
	names := publiclist.IndexContractorNames(reg.Contractors)
	in := &sitegen.Inputs{Entry: func(e riskassess.Entry) ([32]byte, bool) {
		k, ok := keys[e.Base().Source]
		if !ok || !entries[e.Base().Source] {
			return k, false
		}
		// with hashes k with the keys of the files of cs, other than
		// e's; ok is false when one is not known.
		var h hash.Hash
		with := func(cs ...*riskassess.Contractor) bool {
			for _, c := range cs {
				if c == nil || riskassess.Entry(c) == e {
					continue
				}
				ck, ok := keys[c.Source]
				if !ok {
					return false
				}
				if h == nil {
					h = sha256.New()
					h.Write(k[:])
				}
				h.Write(ck[:])
			}
			return true
		}
		switch e := e.(type) {
		case *riskassess.Service:
			ok := true
			if e.Provider.Contractor != "" {
				ok = with(contractors[e.Provider.Contractor])
			} else if e.Provider.CorporateNumber != "" {
				ok = with(byNumber[e.Provider.CorporateNumber]...)
			}
			if !ok {
				return k, false
			}
		case *riskassess.Contractor:
			// Its subcontractors' approvals decide REF-SUBCONTRACTOR-RECORD
			// (publiclist.CheckSubcontractors).
			for i := range e.Contracts {
				for _, sub := range e.Contracts[i].Subcontractors {
					ok := true
					if sub.Contractor == "" && sub.Name != "" {
						ok = with(names.Named(sub.Name)...)
					} else {
						ok = with(contractors[sub.Contractor])
					}
					if !ok {
						return k, false
					}
				}
			}
		}
		if h != nil {
			h.Sum(k[:0])
		}
		return k, true
	}}
	h.Sum(in.Site[:0])
	return in
}
