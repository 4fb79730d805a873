package sitegen

import (
	"encoding/binary"
	"sync"

	"github.com/gikai-sec/riskregister/riskassess"
)

// keptFindings holds the findings of every assessment assessLean made, for
// the entry pages, in a form the collector need not scan: each finding is
// a packedFinding of indexes into tables of the distinct values
// (specs, texts, strings, provenances, dates), written as varints into
// byte blocks. The values repeat from entry to entry (at 10,000 synthetic
// entries, 440,000 findings have 206 specs, 28,000 distinct messages and
// 27,000 provenances), so a finding takes about 12 bytes plus the tables,
// where holding the findings as riskassess.Finding (96 bytes, seven
// pointers) with their texts added some 60 MB to the live heap the
// collector marks while pages are rendered, and assessing each entry
// again for its page cost as much CPU as assessing the register.
//
// Each worker of assessLean packs into a table of its own (no lock); an
// entry's findings are in one block of one table, in order (run). The
// tables are only read once assessLean has returned.
type keptFindings struct {
	tabs []*findingTable
	// runs[i] locates the findings of assessment i (assessLean's order).
	runs []findingRun
}

// findingRun is where the findings of one assessment are: n findings
// packed in blocks[block][off : off+size] of tabs[tab].
type findingRun struct{ tab, block, off, size, n uint32 }

// packedFinding is a riskassess.Finding as indexes into its findingTable:
// spec, outcome, evidence into specs and strs; msg into texts; prov,
// conflict and due are 0 for nil, else 1 + the index into provs, texts
// and dates.
type packedFinding struct {
	spec, outcome, evidence, msg uint32
	prov, conflict, due          uint32
}

// findingBlock is the size of the blocks the packed findings are written
// into (an assessment larger than a block has a block of its own).
const findingBlock = 64 << 10

// findingTable is the findings one worker packed and the distinct values
// they index. The maps, last and scratch are used while packing only and
// dropped by done.
type findingTable struct {
	blocks [][]byte
	specs  []*riskassess.FindingSpec
	texts  []riskassess.Text
	strs   []string
	provs  []riskassess.Provenance
	dates  []riskassess.Date

	specAt map[*riskassess.FindingSpec]uint32
	textAt map[riskassess.Text]uint32
	strAt  map[string]uint32
	provAt map[riskassess.Provenance]uint32
	dateAt map[riskassess.Date]uint32
	// last is, per spec, the outcome, evidence, message and provenance of
	// the last finding packed with it: most findings repeat them, and
	// comparing is cheaper than looking them up.
	last    []lastPacked
	scratch []byte
	// shared keeps one copy of each string of the tables, shared with the
	// other workers' tables and the listed findings (assessLean's).
	shared *interner
}

// lastPacked is the outcome, evidence, msg and prov of the last finding
// of a spec, as in packedFinding (^0 for none yet; prov 0 for none).
type lastPacked struct{ outcome, evidence, msg, prov uint32 }

// newKeptFindings returns the store for n assessments packed by up to
// workers goroutines, their strings kept by strs.
func newKeptFindings(n, workers int, strs *interner) *keptFindings {
	k := &keptFindings{tabs: make([]*findingTable, workers), runs: make([]findingRun, n)}
	for w := range k.tabs {
		k.tabs[w] = &findingTable{
			shared: strs,
			specAt: map[*riskassess.FindingSpec]uint32{},
			textAt: map[riskassess.Text]uint32{},
			strAt:  map[string]uint32{},
			provAt: map[riskassess.Provenance]uint32{},
			dateAt: map[riskassess.Date]uint32{},
		}
	}
	return k
}

// put packs fs, the findings of assessment i, into the table of worker w.
// Calls with the same w must not overlap.
func (k *keptFindings) put(w, i int, fs []riskassess.Finding) {
	t := k.tabs[w]
	b := t.scratch[:0]
	for j := range fs {
		p := t.pack(&fs[j])
		for _, v := range [...]uint32{p.spec, p.outcome, p.evidence, p.msg, p.prov, p.conflict, p.due} {
			b = binary.AppendUvarint(b, uint64(v))
		}
	}
	t.scratch = b
	n := len(t.blocks)
	if n == 0 || cap(t.blocks[n-1])-len(t.blocks[n-1]) < len(b) {
		t.blocks = append(t.blocks, make([]byte, 0, max(findingBlock, len(b))))
		n++
	}
	blk := &t.blocks[n-1]
	k.runs[i] = findingRun{tab: uint32(w), block: uint32(n - 1), off: uint32(len(*blk)), size: uint32(len(b)), n: uint32(len(fs))}
	*blk = append(*blk, b...)
}

// done drops what only packing needs, once every assessment is packed.
func (k *keptFindings) done() {
	for _, t := range k.tabs {
		t.specAt, t.textAt, t.strAt, t.provAt, t.dateAt, t.last, t.scratch, t.shared = nil, nil, nil, nil, nil, nil, nil, nil
	}
}

// findings returns the findings of assessment i, equal field by field to
// those put, in into when it has room for them (else in a new array); nil
// when it has none. DueOn and Conflict point to values of their own; the
// specs and provenances are shared, read-only as those of an assessment
// are.
func (k *keptFindings) findings(i int, into []riskassess.Finding) []riskassess.Finding {
	r := k.runs[i]
	if r.n == 0 {
		return nil
	}
	t := k.tabs[r.tab]
	b := t.blocks[r.block][r.off : r.off+r.size]
	next := func() uint32 {
		v, n := binary.Uvarint(b)
		b = b[n:]
		return uint32(v)
	}
	out := into[:0]
	if cap(out) < int(r.n) {
		out = make([]riskassess.Finding, 0, r.n)
	}
	out = out[:r.n]
	var dates []riskassess.Date
	for j := range out {
		f := riskassess.Finding{FindingSpec: t.specs[next()]}
		f.Outcome = riskassess.Outcome(t.strs[next()])
		f.Evidence = t.strs[next()]
		f.Message = t.texts[next()]
		if p := next(); p != 0 {
			f.Provenance = &t.provs[p-1]
		}
		if c := next(); c != 0 {
			x := t.texts[c-1]
			f.Conflict = &x
		}
		if d := next(); d != 0 {
			if dates == nil {
				dates = make([]riskassess.Date, 0, len(out)-j)
			}
			dates = append(dates, t.dates[d-1])
			f.DueOn = &dates[len(dates)-1]
		}
		out[j] = f
	}
	return out
}

// findingsPool holds the arrays the entry pages unpack their findings
// into (keptFindings.findings), returned once the page is written: ten
// thousand pages would otherwise allocate 50 MB of them.
var findingsPool = sync.Pool{New: func() any { return new([]riskassess.Finding) }}

// pack returns f as indexes into t, adding the values t does not have yet
// (with t.shared's copies of their strings: an assessment's texts are cut
// from larger blocks, which they would keep alive).
func (t *findingTable) pack(f *riskassess.Finding) packedFinding {
	spec, ok := t.specAt[f.FindingSpec]
	if !ok {
		spec = uint32(len(t.specs))
		t.specs = append(t.specs, f.FindingSpec)
		t.specAt[f.FindingSpec] = spec
		t.last = append(t.last, lastPacked{outcome: ^uint32(0), evidence: ^uint32(0), msg: ^uint32(0)})
	}
	p := packedFinding{spec: spec}
	last := &t.last[spec]
	if last.outcome != ^uint32(0) && t.strs[last.outcome] == string(f.Outcome) {
		p.outcome = last.outcome
	} else {
		p.outcome = t.str(string(f.Outcome))
		last.outcome = p.outcome
	}
	if last.evidence != ^uint32(0) && t.strs[last.evidence] == f.Evidence {
		p.evidence = last.evidence
	} else {
		p.evidence = t.str(f.Evidence)
		last.evidence = p.evidence
	}
	if last.msg != ^uint32(0) && t.texts[last.msg] == f.Message {
		p.msg = last.msg
	} else {
		p.msg = t.text(f.Message)
		last.msg = p.msg
	}
	if pv := f.Provenance; pv != nil {
		if last.prov != 0 && t.provs[last.prov-1] == *pv {
			p.prov = last.prov
		} else {
			i, ok := t.provAt[*pv]
			if !ok {
				i = uint32(len(t.provs))
				t.provs = append(t.provs, riskassess.Provenance{From: riskassess.Attester(t.shared.of(string(pv.From))),
					Field: t.shared.of(pv.Field), On: pv.On, Source: t.shared.of(pv.Source)})
				t.provAt[t.provs[i]] = i
			}
			p.prov = i + 1
			last.prov = p.prov
		}
	}
	if f.DueOn != nil {
		i, ok := t.dateAt[*f.DueOn]
		if !ok {
			i = uint32(len(t.dates))
			t.dates = append(t.dates, *f.DueOn)
			t.dateAt[*f.DueOn] = i
		}
		p.due = i + 1
	}
	if f.Conflict != nil {
		p.conflict = t.text(*f.Conflict) + 1
	}
	return p
}

// text returns the index of x in t.texts, added if new.
func (t *findingTable) text(x riskassess.Text) uint32 {
	if i, ok := t.textAt[x]; ok {
		return i
	}
	i := uint32(len(t.texts))
	c := riskassess.Text{Ja: t.shared.of(x.Ja), En: t.shared.of(x.En)}
	t.texts = append(t.texts, c)
	t.textAt[c] = i
	return i
}

// str returns the index of s in t.strs, added if new.
func (t *findingTable) str(s string) uint32 {
	if i, ok := t.strAt[s]; ok {
		return i
	}
	i := uint32(len(t.strs))
	c := t.shared.of(s)
	t.strs = append(t.strs, c)
	t.strAt[c] = i
	return i
}
