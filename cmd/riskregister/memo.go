package main

import (
	"sync"
	"sync/atomic"

	"github.com/gikai-sec/riskregister/riskassess"
	"github.com/gikai-sec/riskregister/riskassess/publiclist"
	"github.com/gikai-sec/riskregister/sitegen"
)

// assessMemo keeps the assessments of the last build of a long-running
// serve, each with the key of what it was made from (sitegen.Inputs:
// Entry for the entry, with the contractor a service names; Site for
// register.yaml, the public-list snapshots and the tool, hence the
// catalogue and the scoring; and the as-of date), so that a rebuild
// assesses only the entries whose key changed. The result is the one
// AssessAll and publiclist.Apply give: an assessment depends on nothing
// else (Scorer.Assess is AssessAll's, entry by entry, and Apply adds to
// each assessment the findings of its own entry).
type assessMemo struct {
	site  [32]byte
	asOf  riskassess.Date
	known map[riskassess.EntryKey]memoEntry
	// assessed is how many entries the last assess call scored (the rest
	// were taken from the memo), for the tests.
	assessed atomic.Int64
}

type memoEntry struct {
	key [32]byte
	a   riskassess.Assessment
}

// assess returns the assessments of every entry of reg in reg.Entries()
// order, as a.assessRegister without a memo, taking from the memo those
// whose keys (in) are unchanged, and remembers them for the next call.
// Without inputs (in nil: the load did not go through the entry cache)
// every entry is assessed and nothing remembered.
func (m *assessMemo) assess(a *app, reg *riskassess.Register, reqs []riskassess.Requirement, asOf riskassess.Date, in *sitegen.Inputs) ([]riskassess.Assessment, error) {
	entries := reg.Entries()
	if in == nil || in.Entry == nil {
		m.known = nil
		m.assessed.Store(int64(len(entries)))
		return a.assessAll(reg, reqs, asOf)
	}
	if m.site != in.Site || m.asOf != asOf {
		m.known = nil
	}
	keys := make([][32]byte, len(entries))
	out := make([]riskassess.Assessment, len(entries))
	var fresh []int
	complete := true
	for i, e := range entries {
		k, ok := in.Entry(e)
		complete = complete && ok
		keys[i] = k
		if p, hit := m.known[riskassess.EntryKey{Kind: e.Kind(), ID: e.Base().ID}]; hit && ok && p.key == k {
			out[i] = p.a
			continue
		}
		fresh = append(fresh, i)
	}
	switch {
	case len(fresh) == len(entries):
		as, err := a.assessAll(reg, reqs, asOf)
		if err != nil {
			return nil, err
		}
		out = as
	case len(fresh) > 0:
		sc := a.scorer()
		sub := make([]riskassess.Assessment, len(fresh))
		for j, i := range fresh {
			x, err := sc.Assess(&reg.Org, reqs, entries[i], asOf)
			if err != nil {
				return nil, failure("評価できません（"+err.Error()+"）", "cannot assess the register ("+err.Error()+")")
			}
			sub[j] = x
		}
		publiclist.Apply(reg, sub)
		for j, i := range fresh {
			out[i] = sub[j]
		}
	}
	m.assessed.Store(int64(len(fresh)))
	m.site, m.asOf, m.known = in.Site, asOf, nil
	if complete {
		m.known = make(map[riskassess.EntryKey]memoEntry, len(entries))
		for i, e := range entries {
			m.known[riskassess.EntryKey{Kind: e.Kind(), ID: e.Base().ID}] = memoEntry{key: keys[i], a: out[i]}
		}
	}
	return out, nil
}

// entryMemo keeps what decoding each entry file gave in serve's last load
// (store.Memo, through keyedCache), so that a rebuild after an edit
// decodes only the files that changed. The entries are shared with the
// earlier register, which serve never modifies. Values not used by a load
// are dropped when it ends (turn).
type entryMemo struct {
	mu         sync.Mutex
	last, next map[[32]byte]any
	recalls    int
	// recalled is how many entries the last load took from the memo, for
	// the tests.
	recalled atomic.Int64
}

// Recall returns the value the last load kept under key (store.Memo).
func (m *entryMemo) Recall(key [32]byte) (any, bool) {
	m.mu.Lock()
	defer m.mu.Unlock()
	v, ok := m.last[key]
	if ok {
		m.put(key, v)
		m.recalls++
	}
	return v, ok
}

// Remember keeps v under key for the next load (store.Memo).
func (m *entryMemo) Remember(key [32]byte, v any) {
	m.mu.Lock()
	defer m.mu.Unlock()
	m.put(key, v)
}

func (m *entryMemo) put(key [32]byte, v any) {
	if m.next == nil {
		m.next = map[[32]byte]any{}
	}
	m.next[key] = v
}

// turn ends a load: what it used or added is what the next one finds.
func (m *entryMemo) turn() {
	m.mu.Lock()
	defer m.mu.Unlock()
	m.last, m.next = m.next, nil
	m.recalled.Store(int64(m.recalls))
	m.recalls = 0
}
