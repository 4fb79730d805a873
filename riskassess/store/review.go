package store

import (
	"bytes"
	"fmt"
	"reflect"
	"slices"
	"sort"
	"strings"

	"github.com/gikai-sec/riskregister/riskassess"
	"github.com/gikai-sec/riskregister/riskassess/entryedit"
	"github.com/gikai-sec/riskregister/riskassess/fieldrule"
	"go.yaml.in/yaml/v3"
)

// AppendReview records a review in the entry file kind.Dir()/id.yaml of
// the register folder dir, as entryedit.ApplyReview describes: it appends
// rec to the entry's reviews: list (creating it when absent), sets
// last_reviewed to rec.On, and for the outcome retired retires the
// approval (approval.status, decided_on, approver and a history record).
//
// It edits the file as AppendAssessment does: under the register's edit
// lock (taken unless this process holds it), atomically (WriteFileAtomic),
// refusing files Load would refuse. Only these lines change: the
// last_reviewed: line, the new record's lines after the last line of
// reviews: (or at the end of the file), and for a retirement the approval:
// block, which is re-encoded (its comments kept, blank lines inside it
// dropped). Every other line, comments and blank lines included, stays byte
// for byte. When the layout does not allow that (a flow-style top level,
// a flow-style reviews: list) the whole file is re-encoded with an indent
// of two, comments kept.
//
// The result is checked before anything is written: it must decode to
// exactly the entry of the old file with entryedit.ApplyReview(rec)
// applied; otherwise AppendReview returns an error and writes nothing.
// AppendReview does not judge rec itself (entryedit.CheckReview does);
// a record that makes the file invalid (an unknown position) is refused
// by the decode check only as far as the file alone tells (references are
// checked by Load).
func AppendReview(dir string, kind riskassess.Kind, id string, rec riskassess.ReviewRecord) error {
	if !kind.Valid() {
		return fmt.Errorf("store: append review: unknown kind %q", kind)
	}
	if !fieldrule.ValidID(id) {
		return fmt.Errorf("store: append review: %q is not a valid entry id", id)
	}
	root, err := absRoot(dir)
	if err != nil {
		return fmt.Errorf("store: append review: %w", err)
	}
	rel := kind.Dir() + "/" + id + ".yaml"
	unlock, err := lockForEdit(root)
	if err != nil {
		return err
	}
	defer unlock()
	data, target, perm, e := readFile(root, rel)
	if e != nil {
		return e
	}
	out, err := appendReview(job{kind: kind, id: id, rel: rel}, data, rec)
	if err != nil {
		return err
	}
	if len(out) > MaxFileSize {
		return newError(rel, 0, 0, CodeFileTooLarge,
			fmt.Sprintf("recording this review would make the file larger than the limit of %d MiB; nothing written", MaxFileSize>>20),
			fmt.Sprintf("この見直しを記録するとファイルが上限の %d MiB を超えるため、記録していません", MaxFileSize>>20))
	}
	if e := tooManyItems(rel, out, true); e != nil {
		return e
	}
	return WriteFileAtomic(target, out, perm)
}

// appendReview returns data with rec recorded (see AppendReview): the text
// edit when the layout allows it and the result checks out, else the
// re-encoded document, which must check out too.
func appendReview(j job, data []byte, rec riskassess.ReviewRecord) ([]byte, error) {
	before := decodeFile(j, data)
	if len(before.errs) > 0 || before.entry == nil {
		return nil, fmt.Errorf("store: append review: %s does not load (%v); fix it first, nothing written", j.rel, Errors(before.errs))
	}
	want := decodeFile(j, data).entry // a second copy to apply the review to
	entryedit.ApplyReview(want, rec)
	check := func(out []byte) bool {
		after := decodeFile(j, out)
		return len(after.errs) == 0 && reflect.DeepEqual(after.entry, want)
	}

	crlf := []byte("\r\n")
	lf := data
	if bytes.Contains(data, crlf) {
		lf = bytes.ReplaceAll(data, crlf, []byte("\n"))
	}
	if bytes.IndexByte(lf, '\r') < 0 {
		if out, ok := spliceReview(j.rel, lf, rec); ok {
			if !bytes.Equal(lf, data) {
				out = bytes.ReplaceAll(out, []byte("\n"), crlf)
			}
			if check(out) {
				return out, nil
			}
		}
	}
	doc, perr := parseDoc(j.rel, data)
	if perr != nil {
		return nil, perr
	}
	if _, err := editReview(doc.Content[0], rec); err != nil {
		return nil, fmt.Errorf("store: append review: %s: %w; nothing written", j.rel, err)
	}
	s, err := encodeBlock(doc)
	if err != nil {
		return nil, fmt.Errorf("store: append review: %w", err)
	}
	if out := []byte(s); check(out) {
		return out, nil
	}
	return nil, fmt.Errorf("store: append review: %s: the updated file would not read back as this review; nothing written", j.rel)
}

// reviewNode encodes rec as a block mapping.
func reviewNode(rec riskassess.ReviewRecord) (*yaml.Node, error) {
	n := &yaml.Node{}
	if err := n.Encode(rec); err != nil {
		return nil, err
	}
	plainScalars(n)
	return n, nil
}

// plainScalars writes the dates and the key "on" of n and its descendants
// plain (on: 2026-12-01), as people write them, instead of quoted as the
// encoder writes strings that YAML 1.1 would read as something else. The
// loader reads both the same.
func plainScalars(n *yaml.Node) {
	if n == nil {
		return
	}
	if n.Kind == yaml.ScalarNode && n.Style&yaml.TaggedStyle == 0 {
		if _, err := riskassess.ParseDate(n.Value); err == nil && len(n.Value) == 10 {
			n.Tag, n.Style = "!!timestamp", n.Style&^(yaml.DoubleQuotedStyle|yaml.SingleQuotedStyle)
		} else if n.Value == "on" {
			n.Tag, n.Style = "!!str", n.Style&^(yaml.DoubleQuotedStyle|yaml.SingleQuotedStyle)
		}
	}
	for _, c := range n.Content {
		plainScalars(c)
	}
}

// editReview applies the review to the top-level mapping m of an entry:
// it appends rec to reviews:, sets last_reviewed: and for a retirement
// edits approval:. It returns the keys it changed or added, in the order
// of the edits.
func editReview(m *yaml.Node, rec riskassess.ReviewRecord) ([]string, error) {
	if m.Kind != yaml.MappingNode {
		return nil, fmt.Errorf("the entry is not a mapping")
	}
	value := func(key string) *yaml.Node {
		for i := 0; i+1 < len(m.Content); i += 2 {
			if k := m.Content[i]; k.Kind == yaml.ScalarNode && k.Value == key {
				return m.Content[i+1]
			}
		}
		return nil
	}
	addKey := func(key string, v *yaml.Node) {
		m.Content = append(m.Content, &yaml.Node{Kind: yaml.ScalarNode, Tag: "!!str", Value: key}, v)
	}
	keys := []string{"last_reviewed", "reviews"}
	// The review meets the review due date (entryedit.ApplyReview): the
	// key goes.
	for i := 0; i+1 < len(m.Content); i += 2 {
		if k := m.Content[i]; k.Kind == yaml.ScalarNode && k.Value == "review_due" {
			// Its comments (often why the date was set) stay, above
			// the next key or at the end of the entry.
			var cs []string
			for _, n := range []*yaml.Node{k, m.Content[i+1]} {
				for _, c := range []string{n.HeadComment, n.LineComment, n.FootComment} {
					if c != "" {
						cs = append(cs, c)
					}
				}
			}
			if c := strings.Join(cs, "\n"); c != "" {
				if i+2 < len(m.Content) {
					next := m.Content[i+2]
					next.HeadComment = strings.TrimSuffix(c+"\n"+next.HeadComment, "\n")
				} else {
					m.FootComment = strings.TrimPrefix(m.FootComment+"\n"+c, "\n")
				}
			}
			m.Content = append(m.Content[:i], m.Content[i+2:]...)
			keys = append(keys, "review_due")
			break
		}
	}
	if v := value("last_reviewed"); v != nil {
		setField(m, "last_reviewed", rec.On.String(), true)
		plainScalars(value("last_reviewed"))
	} else {
		addKey("last_reviewed", &yaml.Node{Kind: yaml.ScalarNode, Tag: "!!timestamp", Value: rec.On.String()})
	}
	recNode, err := reviewNode(rec)
	if err != nil {
		return nil, err
	}
	switch seq := value("reviews"); {
	case seq == nil:
		addKey("reviews", &yaml.Node{Kind: yaml.SequenceNode, Tag: "!!seq", Content: []*yaml.Node{recNode}})
	case isNull(seq):
		*seq = yaml.Node{Kind: yaml.SequenceNode, Tag: "!!seq", Content: []*yaml.Node{recNode},
			HeadComment: seq.HeadComment, LineComment: seq.LineComment, FootComment: seq.FootComment}
	case seq.Kind == yaml.SequenceNode:
		if len(seq.Content) == 0 {
			seq.Style = 0
		}
		if seq.Style&yaml.FlowStyle != 0 {
			recNode.Style = yaml.FlowStyle
		}
		seq.Content = append(seq.Content, recNode)
	default:
		return nil, fmt.Errorf("reviews: is not a list")
	}
	if rec.Outcome != riskassess.ReviewRetired {
		return keys, nil
	}
	a := value("approval")
	if a == nil || a.Kind != yaml.MappingNode {
		return nil, fmt.Errorf("approval: is not a mapping")
	}
	// The decision the retirement overwrites goes into the history first,
	// as entryedit.ApplyReview does.
	var current riskassess.Approval
	if err := a.Decode(&current); err != nil {
		return nil, fmt.Errorf("approval: %w", err)
	}
	var records []riskassess.DecisionRecord
	if prior, ok := entryedit.PriorDecision(current); ok {
		records = append(records, prior)
	}
	records = append(records, riskassess.DecisionRecord{Status: riskassess.StatusRetired, Approver: rec.Position, On: rec.On, Note: rec.Reason})
	setField(a, "status", string(riskassess.StatusRetired), true)
	setField(a, "approver", rec.Position, true)
	setField(a, "decided_on", rec.On.String(), true)
	for i := 0; i+1 < len(a.Content); i += 2 {
		if a.Content[i].Value == "decided_on" {
			plainScalars(a.Content[i+1])
		}
	}
	var hist []*yaml.Node
	for _, r := range records {
		n := &yaml.Node{}
		if err := n.Encode(r); err != nil {
			return nil, err
		}
		n.Style = yaml.FlowStyle // as the example register writes history
		plainScalars(n)
		hist = append(hist, n)
	}
	h := (*yaml.Node)(nil)
	for i := 0; i+1 < len(a.Content); i += 2 {
		if a.Content[i].Value == "history" {
			h = a.Content[i+1]
		}
	}
	switch {
	case h == nil:
		a.Content = append(a.Content, &yaml.Node{Kind: yaml.ScalarNode, Tag: "!!str", Value: "history"},
			&yaml.Node{Kind: yaml.SequenceNode, Tag: "!!seq", Content: hist})
	case isNull(h):
		*h = yaml.Node{Kind: yaml.SequenceNode, Tag: "!!seq", Content: hist, HeadComment: h.HeadComment, LineComment: h.LineComment}
	case h.Kind == yaml.SequenceNode:
		if len(h.Content) == 0 {
			h.Style = 0
		}
		h.Content = append(h.Content, hist...)
	default:
		return nil, fmt.Errorf("approval.history: is not a list")
	}
	return append(keys, "approval"), nil
}

// spliceReview is appendReview as a text edit (see AppendReview); ok is
// false when the layout does not allow it.
func spliceReview(file string, data []byte, rec riskassess.ReviewRecord) (out []byte, ok bool) {
	doc, perr := parseDoc(file, data)
	if perr != nil || len(doc.Content) == 0 {
		return nil, false
	}
	m := doc.Content[0]
	if m.Kind != yaml.MappingNode || m.Style&yaml.FlowStyle != 0 {
		return nil, false
	}
	lines := strings.SplitAfter(string(data), "\n")
	if lines[len(lines)-1] == "" {
		lines = lines[:len(lines)-1]
	}
	if len(lines) > 0 && !strings.HasSuffix(lines[len(lines)-1], "\n") {
		lines[len(lines)-1] += "\n"
	}
	// The original top-level keys and their places, before the edit.
	type place struct{ i, from, to int }
	places := map[string]place{}
	for i := 0; i+1 < len(m.Content); i += 2 {
		k := m.Content[i]
		if k.Kind != yaml.ScalarNode || k.Column != 1 {
			return nil, false
		}
		from, to := k.Line-1, len(lines)
		if i+2 < len(m.Content) {
			to = m.Content[i+2].Line - 1
		}
		for to > from+1 {
			if t := strings.TrimSpace(lines[to-1]); t == "" || strings.HasPrefix(lines[to-1], "#") {
				to--
				continue
			}
			break
		}
		places[k.Value] = place{i, from, to}
	}
	oldReviews := (*yaml.Node)(nil)
	if pl, ok := places["reviews"]; ok {
		oldReviews = m.Content[pl.i+1]
		if oldReviews.Kind == yaml.SequenceNode && oldReviews.Style&yaml.FlowStyle != 0 {
			return nil, false
		}
	}
	oldCount := 0
	if oldReviews != nil && oldReviews.Kind == yaml.SequenceNode {
		oldCount = len(oldReviews.Content)
	}
	keys, err := editReview(m, rec)
	if err != nil {
		return nil, false
	}
	encodeKey := func(key string) (string, bool) {
		for i := 0; i+1 < len(m.Content); i += 2 {
			if m.Content[i].Value == key {
				v := m.Content[i+1]
				k := &yaml.Node{Kind: yaml.ScalarNode, Tag: "!!str", Value: key, LineComment: m.Content[i].LineComment}
				s, err := encodeBlock(&yaml.Node{Kind: yaml.MappingNode, Tag: "!!map", Content: []*yaml.Node{k, v}})
				return s, err == nil
			}
		}
		return "", false
	}
	type edit struct {
		from, to int
		text     string
	}
	var edits []edit
	var tail string
	for _, key := range keys {
		pl, existed := places[key]
		_, kept := encodeKey(key)
		switch {
		case existed && !kept:
			// Removed (review_due): its lines go, their comments stay.
			span := strings.Join(lines[pl.from:pl.to], "")
			cs, _ := commentsOf(span)
			repl := ""
			for _, c := range cs {
				repl += c + "\n"
			}
			// (A text of comments alone parses to none: a key follows.)
			if !sameComments(span, repl+"x: 0\n") {
				return nil, false
			}
			edits = append(edits, edit{pl.from, pl.to, repl})
		case !existed:
			s, ok := encodeKey(key)
			if !ok {
				return nil, false
			}
			tail += s
		case key == "reviews" && oldCount > 0:
			// Only the new item, indented as the existing ones.
			seq := m.Content[pl.i+1]
			dash := seq.Content[0].Column - 3
			if dash < 0 {
				return nil, false
			}
			s, err := encodeBlock(&yaml.Node{Kind: yaml.SequenceNode, Tag: "!!seq", Content: []*yaml.Node{seq.Content[len(seq.Content)-1]}})
			if err != nil {
				return nil, false
			}
			edits = append(edits, edit{pl.to, pl.to, reindent(s, dash)})
		default:
			s, ok := encodeKey(key)
			if !ok {
				return nil, false
			}
			// A comment above the key stays; the comments that yaml.v3
			// hangs at the foot of the value are outside the span.
			if hc := m.Content[pl.i].HeadComment; hc != "" {
				if i := strings.Index(s, "\n"+key+":"); i >= 0 {
					s = s[i+1:]
				} else if !strings.HasPrefix(s, key+":") {
					return nil, false
				}
			}
			if !sameComments(strings.Join(lines[pl.from:pl.to], ""), s) {
				return nil, false // a comment would be lost or repeated
			}
			edits = append(edits, edit{pl.from, pl.to, s})
		}
	}
	sort.Slice(edits, func(a, b int) bool { return edits[a].from > edits[b].from })
	for _, e := range edits {
		repl := strings.SplitAfter(e.text, "\n")
		repl = repl[:len(repl)-1]
		lines = append(lines[:e.from], append(repl, lines[e.to:]...)...)
	}
	return []byte(strings.Join(lines, "") + tail), true
}

// sameComments reports whether the YAML texts a and b hold the same
// comments, in order (false when either does not parse).
func sameComments(a, b string) bool {
	ca, okA := commentsOf(a)
	cb, okB := commentsOf(b)
	return okA && okB && slices.Equal(ca, cb)
}

// commentsOf returns the comments of the YAML text s, in order, one a
// line (false when s does not parse).
func commentsOf(s string) ([]string, bool) {
	{
		var doc yaml.Node
		if yaml.Unmarshal([]byte(s), &doc) != nil {
			return nil, false
		}
		var out []string
		var walk func(n *yaml.Node)
		walk = func(n *yaml.Node) {
			for _, c := range []string{n.HeadComment, n.LineComment, n.FootComment} {
				for _, l := range strings.Split(c, "\n") {
					if l = strings.TrimSpace(l); l != "" {
						out = append(out, l)
					}
				}
			}
			for _, c := range n.Content {
				walk(c)
			}
		}
		walk(&doc)
		return out, true
	}
}
