package store

import (
	"bytes"
	"fmt"
	"io"
	"io/fs"
	"maps"
	"slices"
	"sort"
	"strings"
	"sync"

	"github.com/gikai-sec/riskregister/internal/atomicfile"
	"github.com/gikai-sec/riskregister/riskassess"
	"github.com/gikai-sec/riskregister/riskassess/fieldrule"
	"go.yaml.in/yaml/v3"
)

// appendMu serialises AppendAssessment calls.
var appendMu sync.Mutex

// WriteFileAtomic writes data to path so that readers see either the old
// content or the new, never a mix: it writes a temporary file in the same
// folder, sets perm, fsyncs it, renames it over path and fsyncs the folder.
// On any error the temporary file is removed and path is left as it was.
func WriteFileAtomic(path string, data []byte, perm fs.FileMode) error {
	err := atomicfile.Write(path, perm, func(w io.Writer) error {
		_, err := w.Write(data)
		return err
	})
	if err != nil {
		return fmt.Errorf("store: write %s: %w", path, err)
	}
	return nil
}

// AppendAssessment records an imported questionnaire in the entry file
// kind.Dir()/id.yaml of the register folder dir: it appends rec to the
// entry's assessments: list (creating the list when absent; earlier records
// are never changed) and sets the answers in set in the entry's answers:
// mapping, adding or replacing each one (new keys go in sorted position).
// No stored answer is removed: an answer not in set stays as it is, with
// its comments. Every other key, the key order and the comments of the
// file are kept. With an empty set, answers: is not touched.
//
// The record is written lean: its answered: list, its questions: digests
// and each changed: entry take one line (flow style).
//
// The file is rewritten atomically with WriteFileAtomic; on any error it is
// left untouched. AppendAssessment refuses files that Load would refuse
// (too large, binary, symbolic link out of the folder, not one YAML
// mapping), returning an *Error, and refuses to write when the new content
// would decode with more errors than the old.
//
// AppendAssessment calls in one process are serialised, and separate
// processes are too: unless this process holds the register's edit lock
// (Lock), AppendAssessment takes it for the read-modify-write, waiting up
// to DefaultLockWait (then an *Error with CodeLocked). Callers that base
// the record on what they read earlier (an import comparing answers) hold
// Lock from that read to the last write.
//
// The new content is checked against MaxFileSize before anything is
// written: a record that would make the file larger than Load reads is
// refused with an *Error with CodeFileTooLarge.
//
// Only the lines of the answers: block change and the new record's lines
// are added after the last line of assessments: (or at the end of the file):
// every other line, blank lines and comments included, stays byte for byte.
// Inside answers:, the comments written by hand (above a question, above or
// beside a field) are kept. When the file's layout does not allow such an
// edit (a flow-style top level or assessments: list), the file is
// re-encoded by go.yaml.in/yaml/v3 with an indent of two spaces instead:
// then blank lines between keys are dropped and other indentation is
// normalised, while comments, flow mappings, quoting and the key order are
// still kept.
func AppendAssessment(dir string, kind riskassess.Kind, id string, rec riskassess.AssessmentRecord, set map[string]riskassess.Answer) error {
	return AppendAssessments(dir, []Append{{Kind: kind, ID: id, Record: rec, Set: set}})
}

// Append is one entry's record for AppendAssessments: the entry (Kind,
// ID), the assessment record to append and the answers to set.
type Append struct {
	Kind   riskassess.Kind
	ID     string
	Record riskassess.AssessmentRecord
	Set    map[string]riskassess.Answer
	// Current, when not nil, are the entry's answers that Record and Set
	// were computed from (xlsx.Result.Current; an empty map for an entry
	// without answers). When the answers in the file differ from them in
	// a value or a comment (the file was edited after they were read),
	// nothing is written: an *Error with CodeChanged.
	Current map[string]riskassess.Answer
}

// prepared is one Append with the file's old and new content.
type prepared struct {
	target    string
	perm      fs.FileMode
	old, data []byte
}

// AppendAssessments records several entries' assessments (a self-check
// workbook of a section) all or nothing, each as AppendAssessment does:
// under the register's edit lock it reads every entry file and computes
// its new content, and checks all of them (size, items, that each still
// loads) before writing any; an error in any of them writes none. It then
// writes the files one after another, each atomically (WriteFileAtomic).
// When a write fails, the files already written are put back to their
// old content (also atomically) and the error is returned.
//
// The files are not replaced in one step (no file system offers that for
// several files): if the process is killed between two renames, the
// entries written so far have the record and the others do not. Every
// file is whole either way, and the record carries the workbook's
// SHA-256, so importing the same workbook again records it for the
// entries that lack it and skips (as already recorded) those that have it.
// The same entry twice in apps is refused.
func AppendAssessments(dir string, apps []Append) error {
	root, err := absRoot(dir)
	if err != nil {
		return fmt.Errorf("store: append assessment: %w", err)
	}
	seen := map[string]bool{}
	for _, ap := range apps {
		if !ap.Kind.Valid() {
			return fmt.Errorf("store: append assessment: unknown kind %q", ap.Kind)
		}
		if !fieldrule.ValidID(ap.ID) {
			return fmt.Errorf("store: append assessment: %q is not a valid entry id", ap.ID)
		}
		k := string(ap.Kind) + "/" + ap.ID
		if seen[k] {
			return fmt.Errorf("store: append assessment: entry %s given twice", k)
		}
		seen[k] = true
	}
	unlock, err := lockForEdit(root)
	if err != nil {
		return err
	}
	defer unlock()
	preps := make([]prepared, 0, len(apps))
	for _, ap := range apps {
		p, err := prepareAppend(root, ap)
		if err != nil {
			return err
		}
		preps = append(preps, p)
	}
	return writeAll(preps)
}

// lockForEdit takes what every edit of entry files holds: appendMu, which
// serialises read-modify-write cycles within this process (two imports
// appending to one entry at once cannot lose a record), and the register's
// lock file unless this process holds it already. unlock releases both.
func lockForEdit(root string) (unlock func(), err error) {
	appendMu.Lock()
	if holds(root) {
		return appendMu.Unlock, nil
	}
	l, err := Lock(root, DefaultLockWait, nil)
	if err != nil {
		appendMu.Unlock()
		return nil, err
	}
	return func() { l.Unlock(); appendMu.Unlock() }, nil
}

// writeAll writes every prepared file atomically, in order. When one write
// fails, the files written before it are put back (newest first) and the
// error says whether that worked; every file is whole either way.
func writeAll(preps []prepared) error {
	for i, p := range preps {
		err := WriteFileAtomic(p.target, p.data, p.perm)
		if err == nil {
			continue
		}
		var failed []string
		for j := i - 1; j >= 0; j-- {
			if rerr := WriteFileAtomic(preps[j].target, preps[j].old, preps[j].perm); rerr != nil {
				failed = append(failed, preps[j].target)
			}
		}
		if len(failed) > 0 {
			return fmt.Errorf("%w; restoring the files written before failed too: %s", err, strings.Join(failed, ", "))
		}
		return fmt.Errorf("%w; the %d files written before were restored", err, i)
	}
	return nil
}

// loadsNoWorse returns an error when out, the edited content of the file
// of j, decodes with more problems than data, its content before the edit
// (the original is decoded only when the result has problems).
func loadsNoWorse(j job, data, out []byte) error {
	if after := decodeFile(j, out); len(after.errs) > 0 && len(after.errs) > len(decodeFile(j, data).errs) {
		return fmt.Errorf("%s: the updated file would not load (%v); nothing written", j.rel, Errors(after.errs))
	}
	return nil
}

// prepareAppend reads the entry file of ap and returns its new content,
// checked as AppendAssessment describes.
func prepareAppend(root string, ap Append) (prepared, error) {
	rel := ap.Kind.Dir() + "/" + ap.ID + ".yaml"
	data, target, perm, e := readFile(root, rel)
	if e != nil {
		return prepared{}, e
	}
	if ap.Current != nil {
		if e := changedSinceRead(job{kind: ap.Kind, id: ap.ID, rel: rel}, data, ap.Current); e != nil {
			return prepared{}, e
		}
	}
	out, err := appendAssessment(rel, data, ap.Record, ap.Set)
	if err != nil {
		return prepared{}, err
	}
	if len(out) > MaxFileSize {
		return prepared{}, newError(rel, 0, 0, CodeFileTooLarge,
			fmt.Sprintf("recording this questionnaire would make the file %.1f MiB, larger than the limit of %d MiB that the register can read; nothing written. Shorten the long answers or comments, or move attachments out of the register", float64(len(out))/(1<<20), MaxFileSize>>20),
			fmt.Sprintf("この確認票を記録するとファイルが %.1f MiB になり、台帳が読める上限の %d MiB を超えるため、記録していません。長い回答・コメントを短くするか、添付資料は台帳の外に置いてください", float64(len(out))/(1<<20), MaxFileSize>>20))
	}
	if e := tooManyItems(rel, out, true); e != nil {
		return prepared{}, e
	}
	if err := loadsNoWorse(job{kind: ap.Kind, id: ap.ID, rel: rel}, data, out); err != nil {
		return prepared{}, fmt.Errorf("store: append assessment: %w", err)
	}
	return prepared{target: target, perm: perm, old: data, data: out}, nil
}

// changedSinceRead returns an *Error with CodeChanged when the answers of
// the entry file j, whose content is data, differ from current in a value
// or a comment (an answer with neither counts as absent, as in
// entryedit.MergeAnswers). A file that does not decode is left to the
// checks of the edit.
func changedSinceRead(j job, data []byte, current map[string]riskassess.Answer) *Error {
	res := decodeFile(j, data)
	if res.entry == nil {
		return nil
	}
	now := res.entry.Base().Answers
	for _, m := range []map[string]riskassess.Answer{now, current} {
		for id := range m {
			a, b := now[id], current[id]
			if a.Value != b.Value || a.Comment != b.Comment {
				return newError(j.rel, 0, 0, CodeChanged,
					fmt.Sprintf("the answer %s in the file was changed after it was read: nothing written, so that the change is not overwritten. Import again", id),
					fmt.Sprintf("読み込んだ後にファイルの回答 %s が変更されました。変更を上書きしないよう、記録していません。もう一度取り込んでください", id))
			}
		}
	}
	return nil
}

// appendAssessment returns data with rec appended to assessments: and the
// answers of set set in answers:. It edits the text in place
// (spliceAssessment), so that every other line stays byte for byte as the
// user wrote it; when the file's layout does not allow that (flow-style top
// level or assessments list) or the spliced text does not decode to
// exactly the intended change, it re-encodes the whole document
// (reencodeAssessment).
func appendAssessment(file string, data []byte, rec riskassess.AssessmentRecord, set map[string]riskassess.Answer) ([]byte, error) {
	crlf := []byte("\r\n")
	if bytes.Contains(data, crlf) {
		// A file saved with Windows line ends keeps them: edit it with plain
		// line ends and put them back.
		if lf := bytes.ReplaceAll(data, crlf, []byte("\n")); bytes.IndexByte(lf, '\r') < 0 {
			if out, ok := spliceAssessment(file, lf, rec, set); ok {
				return bytes.ReplaceAll(out, []byte("\n"), crlf), nil
			}
		}
	} else if out, ok := spliceAssessment(file, data, rec, set); ok {
		return out, nil
	}
	return reencodeAssessment(file, data, rec, set)
}

// recordNode encodes rec as a YAML node: block style, but its answered:
// list, its questions: digests and each changed: entry in flow style, one
// line each.
func recordNode(rec riskassess.AssessmentRecord) (*yaml.Node, error) {
	n := &yaml.Node{}
	if err := n.Encode(rec); err != nil {
		return nil, err
	}
	for i := 0; i+1 < len(n.Content); i += 2 {
		switch v := n.Content[i+1]; n.Content[i].Value {
		case "answered", "questions":
			v.Style = yaml.FlowStyle
		case "changed":
			for j := 1; j < len(v.Content); j += 2 {
				v.Content[j].Style = yaml.FlowStyle
			}
		}
	}
	return n, nil
}

// setAnswers sets the answers of set in the answers: mapping node m (a
// block or flow mapping, or nil for none): an existing question's fields
// are updated in place, so that the comments on and inside it stay; a new
// question is inserted before the first key that sorts after it. It
// returns the mapping.
func setAnswers(m *yaml.Node, set map[string]riskassess.Answer) (*yaml.Node, error) {
	if m == nil || isNull(m) {
		var hc, lc, fc string
		if m != nil {
			hc, lc, fc = m.HeadComment, m.LineComment, m.FootComment
		}
		m = &yaml.Node{Kind: yaml.MappingNode, Tag: "!!map", HeadComment: hc, LineComment: lc, FootComment: fc}
	}
	if m.Kind != yaml.MappingNode {
		return nil, fmt.Errorf("answers: not a mapping")
	}
	if len(m.Content) == 0 {
		m.Style = 0 // "{}" becomes a block mapping
	}
	for _, id := range slices.Sorted(maps.Keys(set)) {
		a := set[id]
		i := 0
		for ; i+1 < len(m.Content); i += 2 {
			if m.Content[i].Value == id {
				break
			}
		}
		if i+1 < len(m.Content) && m.Content[i+1].Kind == yaml.MappingNode {
			setField(m.Content[i+1], "value", a.Value, true)
			setField(m.Content[i+1], "comment", a.Comment, false)
			setField(m.Content[i+1], "cell", a.Cell, false)
			continue
		}
		v := &yaml.Node{}
		if err := v.Encode(a); err != nil {
			return nil, err
		}
		if m.Style&yaml.FlowStyle != 0 {
			v.Style = yaml.FlowStyle
		}
		if i+1 < len(m.Content) { // a scalar or list where an answer belongs
			v.HeadComment, v.LineComment, v.FootComment = m.Content[i+1].HeadComment, m.Content[i+1].LineComment, m.Content[i+1].FootComment
			m.Content[i+1] = v
			continue
		}
		at := len(m.Content)
		for j := 0; j+1 < len(m.Content); j += 2 {
			if m.Content[j].Value > id {
				at = j
				break
			}
		}
		k := &yaml.Node{Kind: yaml.ScalarNode, Tag: "!!str", Value: id}
		m.Content = append(m.Content[:at], append([]*yaml.Node{k, v}, m.Content[at:]...)...)
	}
	return m, nil
}

// setField sets key to value in the mapping m, keeping the comments of an
// existing key; an empty value removes the key unless keep is set.
func setField(m *yaml.Node, key, value string, keep bool) {
	for i := 0; i+1 < len(m.Content); i += 2 {
		if m.Content[i].Value != key {
			continue
		}
		if value == "" && !keep {
			if hc := m.Content[i].HeadComment; hc != "" && i+2 < len(m.Content) {
				// The comment above a removed field stays above the next.
				m.Content[i+2].HeadComment = strings.TrimSpace(hc + "\n" + m.Content[i+2].HeadComment)
			}
			m.Content = append(m.Content[:i], m.Content[i+2:]...)
			return
		}
		v := m.Content[i+1]
		n := strNode(value)
		n.HeadComment, n.LineComment, n.FootComment = v.HeadComment, v.LineComment, v.FootComment
		*v = *n
		return
	}
	if value == "" && !keep {
		return
	}
	m.Content = append(m.Content, &yaml.Node{Kind: yaml.ScalarNode, Tag: "!!str", Value: key}, strNode(value))
}

// strNode returns the scalar node of the string s as the encoder writes a
// Go string: quoted where a plain scalar would read as something else, in
// YAML 1.1 too ("yes", "no", "on" would be booleans there).
func strNode(s string) *yaml.Node {
	n := &yaml.Node{}
	if err := n.Encode(s); err != nil || n.Kind != yaml.ScalarNode {
		return &yaml.Node{Kind: yaml.ScalarNode, Tag: "!!str", Value: s, Style: yaml.DoubleQuotedStyle}
	}
	return n
}

// reencodeAssessment is appendAssessment by editing the yaml.Node tree and
// encoding it again (blank lines and spacing are normalised).
func reencodeAssessment(file string, data []byte, rec riskassess.AssessmentRecord, set map[string]riskassess.Answer) ([]byte, error) {
	doc, perr := parseDoc(file, data)
	if perr != nil {
		return nil, perr
	}
	m := doc.Content[0]
	if m.Kind != yaml.MappingNode {
		en, ja := wrongTypeMsg(m, wantMapping)
		return nil, newError(file, m.Line, m.Column, CodeWrongType, en, ja)
	}
	recNode, err := recordNode(rec)
	if err != nil {
		return nil, fmt.Errorf("store: append assessment: %w", err)
	}

	value := func(key string) (*yaml.Node, int) {
		for i := 0; i+1 < len(m.Content); i += 2 {
			if k := m.Content[i]; k.Kind == yaml.ScalarNode && k.Value == key {
				return m.Content[i+1], i + 1
			}
		}
		return nil, -1
	}
	addKey := func(key string, v *yaml.Node) {
		m.Content = append(m.Content, &yaml.Node{Kind: yaml.ScalarNode, Tag: "!!str", Value: key}, v)
	}

	switch seq, _ := value("assessments"); {
	case seq == nil:
		addKey("assessments", &yaml.Node{Kind: yaml.SequenceNode, Tag: "!!seq", Content: []*yaml.Node{recNode}})
	case isNull(seq):
		*seq = yaml.Node{Kind: yaml.SequenceNode, Tag: "!!seq", Content: []*yaml.Node{recNode},
			HeadComment: seq.HeadComment, LineComment: seq.LineComment, FootComment: seq.FootComment}
	case seq.Kind == yaml.SequenceNode:
		if len(seq.Content) == 0 {
			seq.Style = 0 // "[]" becomes a block list
		}
		seq.Content = append(seq.Content, recNode)
	default:
		return nil, newError(file, seq.Line, seq.Column, CodeWrongType,
			"assessments: want a list, got "+describe(seq, "en")+"; nothing written",
			"assessments: の形が違います。リストを書いてください（"+describe(seq, "ja")+"が書かれています）。何も書き込んでいません")
	}

	if len(set) > 0 {
		old, i := value("answers")
		if old != nil && !isNull(old) && old.Kind != yaml.MappingNode {
			return nil, newError(file, old.Line, old.Column, CodeWrongType,
				"answers: want a mapping, got "+describe(old, "en")+"; nothing written",
				"answers: の形が違います。質問IDごとのマッピングを書いてください（"+describe(old, "ja")+"が書かれています）。何も書き込んでいません")
		}
		ans, err := setAnswers(old, set)
		if err != nil {
			return nil, fmt.Errorf("store: append assessment: %w", err)
		}
		if i < 0 {
			addKey("answers", ans)
		} else {
			m.Content[i] = ans
		}
	}

	out, err := encodeBlock(doc)
	if err != nil {
		return nil, fmt.Errorf("store: append assessment: %w", err)
	}
	return []byte(out), nil
}

// spliceAssessment is appendAssessment as a text edit. ok is false when the
// layout does not allow it or the result does not check out; the caller then
// re-encodes.
func spliceAssessment(file string, data []byte, rec riskassess.AssessmentRecord, set map[string]riskassess.Answer) (out []byte, ok bool) {
	doc, perr := parseDoc(file, data)
	if perr != nil || len(doc.Content) == 0 {
		return nil, false
	}
	m := doc.Content[0]
	if m.Kind != yaml.MappingNode || m.Style&yaml.FlowStyle != 0 || bytes.IndexByte(data, '\r') >= 0 {
		return nil, false
	}
	lines := strings.SplitAfter(string(data), "\n")
	if lines[len(lines)-1] == "" {
		lines = lines[:len(lines)-1]
	}
	// span returns the 0-based line range [from, to) of top-level key i
	// (an index into m.Content): from its key line to the line before the
	// next key, less trailing blank lines and column-1 comments (those
	// belong to what follows).
	span := func(i int) (from, to int) {
		from = m.Content[i].Line - 1
		to = len(lines)
		if i+2 < len(m.Content) {
			to = m.Content[i+2].Line - 1
		}
		for to > from+1 {
			t := strings.TrimSpace(lines[to-1])
			if t == "" || strings.HasPrefix(lines[to-1], "#") {
				to--
				continue
			}
			break
		}
		return from, to
	}
	keyIndex := func(key string) int {
		for i := 0; i+1 < len(m.Content); i += 2 {
			if k := m.Content[i]; k.Kind == yaml.ScalarNode && k.Value == key {
				if k.Column != 1 {
					return -2 // not a plain top-level block key: leave it to re-encoding
				}
				return i
			}
		}
		return -1
	}
	recNode, err := recordNode(rec)
	if err != nil {
		return nil, false
	}
	recText, err := encodeBlock(&yaml.Node{Kind: yaml.MappingNode, Tag: "!!map", Content: []*yaml.Node{
		{Kind: yaml.ScalarNode, Tag: "!!str", Value: "assessments"},
		{Kind: yaml.SequenceNode, Tag: "!!seq", Content: []*yaml.Node{recNode}},
	}})
	if err != nil {
		return nil, false
	}
	recItem := recText[strings.IndexByte(recText, '\n')+1:] // the "  - …" lines
	ai, si := keyIndex("answers"), keyIndex("assessments")
	if ai == -2 || si == -2 {
		return nil, false
	}
	ansText := ""
	if len(set) > 0 {
		var old *yaml.Node
		key := &yaml.Node{Kind: yaml.ScalarNode, Tag: "!!str", Value: "answers"}
		if ai >= 0 {
			old = m.Content[ai+1]
			// A comment beside "answers:" stays there; the one above it is
			// outside the replaced lines.
			key.LineComment = m.Content[ai].LineComment
			if old.Kind != yaml.MappingNode && !isNull(old) {
				return nil, false
			}
			if old.Kind == yaml.MappingNode && old.Style&yaml.FlowStyle != 0 && len(old.Content) > 0 {
				return nil, false
			}
			if old.Kind == yaml.MappingNode && old.Line == m.Content[ai].Line && len(old.Content) > 0 {
				return nil, false
			}
		}
		ans, err := setAnswers(old, set)
		if err != nil {
			return nil, false
		}
		// The comments after the mapping (column 1) are outside the
		// replaced lines; a foot comment on it would repeat them.
		ans.FootComment = ""
		if n := len(ans.Content); n > 0 {
			clearFoot(ans.Content[n-1])
		}
		if ansText, err = encodeBlock(&yaml.Node{Kind: yaml.MappingNode, Tag: "!!map", Content: []*yaml.Node{key, ans}}); err != nil {
			return nil, false
		}
	}
	type edit struct {
		from, to int // replace lines [from, to)
		text     string
	}
	var edits []edit
	if ai >= 0 && ansText != "" {
		from, to := span(ai)
		edits = append(edits, edit{from, to, ansText})
	}
	if si >= 0 {
		seq := m.Content[si+1]
		switch {
		case seq.Kind == yaml.SequenceNode && seq.Style&yaml.FlowStyle == 0 && len(seq.Content) > 0:
			// Indent the new item as the existing ones: their "- " sits two
			// columns before the item's content.
			dash := seq.Content[0].Column - 3
			if dash < 0 {
				return nil, false
			}
			item := reindent(recItem, dash-2)
			_, to := span(si)
			edits = append(edits, edit{to, to, item})
		case isNull(seq) && seq.LineComment == "" && seq.Line == m.Content[si].Line:
			from, to := span(si)
			edits = append(edits, edit{from, to, recText})
		default:
			return nil, false
		}
	}
	// Add what is missing at the end of the file.
	var tail string
	if ai == -1 {
		tail += ansText
	}
	if si == -1 {
		tail += recText
	}
	// Apply the edits from the bottom up so line numbers stay valid.
	sort.Slice(edits, func(a, b int) bool { return edits[a].from > edits[b].from })
	for _, e := range edits {
		repl := strings.SplitAfter(e.text, "\n")
		repl = repl[:len(repl)-1] // e.text ends with a newline
		lines = append(lines[:e.from], append(repl, lines[e.to:]...)...)
	}
	text := strings.Join(lines, "")
	if tail != "" {
		if text != "" && !strings.HasSuffix(text, "\n") {
			text += "\n"
		}
		text += tail
	}
	out = []byte(text)
	// Check the edit: the result must decode to the old document with exactly
	// this change.
	if !spliceChecks(data, out, recText, set) {
		return nil, false
	}
	return out, true
}

// clearFoot removes the foot comments of n and of its last descendants
// (where a parser hangs the comments that follow a block).
func clearFoot(n *yaml.Node) {
	for n != nil {
		n.FootComment = ""
		if len(n.Content) == 0 {
			return
		}
		n = n.Content[len(n.Content)-1]
	}
}

// encodeBlock encodes v as block YAML with an indent of two.
func encodeBlock(v any) (string, error) {
	var buf bytes.Buffer
	enc := yaml.NewEncoder(&buf)
	enc.SetIndent(2)
	if err := enc.Encode(v); err != nil {
		return "", err
	}
	if err := enc.Close(); err != nil {
		return "", err
	}
	return buf.String(), nil
}

// reindent shifts every non-empty line of text by n columns (n may be
// negative; only leading spaces are removed).
func reindent(text string, n int) string {
	if n == 0 {
		return text
	}
	lines := strings.SplitAfter(text, "\n")
	for i, l := range lines {
		if strings.TrimSpace(l) == "" {
			continue
		}
		if n > 0 {
			lines[i] = strings.Repeat(" ", n) + l
		} else {
			k := 0
			for k < -n && k < len(l) && l[k] == ' ' {
				k++
			}
			lines[i] = l[k:]
		}
	}
	return strings.Join(lines, "")
}

// spliceChecks reports whether out decodes to data (the file before the
// edit) with exactly this change: assessments: is the old list plus the one
// record of recText (a document whose assessments: list holds it), the
// answers of set are set in answers: (every other answer unchanged) and
// every other top-level value is unchanged.
func spliceChecks(data, out []byte, recText string, set map[string]riskassess.Answer) bool {
	var before, after map[string]any
	var enc struct {
		Assessments []any `yaml:"assessments"`
	}
	if yaml.Unmarshal(data, &before) != nil || yaml.Unmarshal(out, &after) != nil || yaml.Unmarshal([]byte(recText), &enc) != nil {
		return false
	}
	// The expected document.
	want := map[string]any{}
	for k, v := range before {
		want[k] = v
	}
	if len(set) > 0 {
		var setAny map[string]any
		b, err := yaml.Marshal(set)
		if err != nil || yaml.Unmarshal(b, &setAny) != nil {
			return false
		}
		ans := map[string]any{}
		if old, ok := before["answers"].(map[string]any); ok {
			for k, v := range old {
				ans[k] = v
			}
		} else if before["answers"] != nil {
			return false
		}
		for k, v := range setAny {
			ans[k] = v
		}
		want["answers"] = ans
	}
	old, _ := before["assessments"].([]any)
	want["assessments"] = append(append([]any{}, old...), enc.Assessments...)
	wb, err1 := yaml.Marshal(want)
	ab, err2 := yaml.Marshal(after)
	return err1 == nil && err2 == nil && bytes.Equal(wb, ab)
}
