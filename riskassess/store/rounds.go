package store

import (
	"bytes"
	"fmt"
	"slices"
	"strings"

	"github.com/gikai-sec/riskregister/riskassess"
	"github.com/gikai-sec/riskregister/riskassess/fieldrule"
	"go.yaml.in/yaml/v3"
)

// RoundAdd is a round record to append to one entry (see AddRounds).
type RoundAdd struct {
	Kind   riskassess.Kind
	ID     string
	Record riskassess.RoundRecord
}

// AddRounds appends each add's record to the rounds: list of its entry file
// (kind.Dir()/id.yaml in the register folder dir), for a questionnaire
// round sent to many entries at once.
//
// It is all-or-nothing as far as files allow: holding the register's edit
// lock (taken unless this process holds it), it reads every file and
// builds every new content first; any problem (a missing or unreadable
// file, a round of the same name already recorded for the entry, a file
// that would grow past MaxFileSize or no longer load) returns an error
// with nothing written. Each file is then replaced atomically
// (WriteFileAtomic); when one write fails, the files already written are
// restored to their old content and the error says so.
//
// Only the rounds: block of a file is rewritten (its comments are not
// kept; every other line stays byte for byte); a file whose layout does
// not allow that (flow style, Windows line ends) is re-encoded as
// AppendAssessment does.
func AddRounds(dir string, adds []RoundAdd) error {
	edits := map[string][]riskassess.RoundRecord{}
	var order []string
	kinds := map[string]RoundAdd{}
	for _, a := range adds {
		if !a.Kind.Valid() || !fieldrule.ValidID(a.ID) {
			return fmt.Errorf("store: add rounds: bad entry %s/%q", a.Kind, a.ID)
		}
		if strings.TrimSpace(a.Record.Name) == "" || a.Record.SentOn.IsZero() || a.Record.ReplyDue.IsZero() {
			return fmt.Errorf("store: add rounds: %s/%s: a round needs a name, sent_on and reply_due", a.Kind, a.ID)
		}
		rel := a.Kind.Dir() + "/" + a.ID + ".yaml"
		if _, ok := edits[rel]; !ok {
			order = append(order, rel)
			kinds[rel] = a
		}
		edits[rel] = append(edits[rel], a.Record)
	}
	return editRoundFiles(dir, order, kinds, func(rel string, old []riskassess.RoundRecord) ([]riskassess.RoundRecord, error) {
		out := slices.Clone(old)
		for _, r := range edits[rel] {
			for _, o := range out {
				if o.Name == r.Name {
					return nil, newError(rel, 0, 0, CodeDuplicateID,
						fmt.Sprintf("the round %q is already recorded (sent on %s); nothing written. Choose another round name", r.Name, o.SentOn),
						fmt.Sprintf("確認票の回 %q は記録済みです（送付日 %s）。何も書き込んでいません。別の回の名前にしてください", r.Name, o.SentOn))
				}
			}
			out = append(out, r)
		}
		return out, nil
	})
}

// MarkRound records that the reply of round name of the entry came back:
// it sets the round's returned_on (when not set yet) and imported_on. An
// entry without a round of that name gives an error and nothing is written.
// The file is edited as by AddRounds.
func MarkRound(dir string, kind riskassess.Kind, id, name string, returned, imported riskassess.Date) error {
	if !kind.Valid() || !fieldrule.ValidID(id) {
		return fmt.Errorf("store: mark round: bad entry %s/%q", kind, id)
	}
	rel := kind.Dir() + "/" + id + ".yaml"
	return editRoundFiles(dir, []string{rel}, map[string]RoundAdd{rel: {Kind: kind, ID: id}},
		func(rel string, old []riskassess.RoundRecord) ([]riskassess.RoundRecord, error) {
			out := slices.Clone(old)
			for i := range out {
				if out[i].Name == name {
					if out[i].ReturnedOn.IsZero() {
						out[i].ReturnedOn = returned
					}
					out[i].ImportedOn = imported
					return out, nil
				}
			}
			return nil, fmt.Errorf("%s: このエントリに確認票の回 %q の記録がありません / no questionnaire round %q is recorded for this entry", rel, name, name)
		})
}

// editRoundFiles applies f to the rounds of each file of rels, all or
// nothing (see AddRounds).
func editRoundFiles(dir string, rels []string, entries map[string]RoundAdd, f func(rel string, old []riskassess.RoundRecord) ([]riskassess.RoundRecord, error)) error {
	root, err := absRoot(dir)
	if err != nil {
		return fmt.Errorf("store: rounds: %w", err)
	}
	unlock, err := lockForEdit(root)
	if err != nil {
		return err
	}
	defer unlock()
	var writes []prepared
	for _, rel := range rels {
		data, target, perm, e := readFile(root, rel)
		if e != nil {
			return e
		}
		out, err := editRounds(rel, data, func(old []riskassess.RoundRecord) ([]riskassess.RoundRecord, error) { return f(rel, old) })
		if err != nil {
			return err
		}
		if len(out) > MaxFileSize {
			return newError(rel, 0, 0, CodeFileTooLarge,
				fmt.Sprintf("recording the round would make the file larger than the limit of %d MiB that the register can read; nothing written", MaxFileSize>>20),
				fmt.Sprintf("回の記録でファイルが台帳の読める上限 %d MiB を超えるため、何も書き込んでいません", MaxFileSize>>20))
		}
		if e := tooManyItems(rel, out, true); e != nil {
			return e
		}
		a := entries[rel]
		if err := loadsNoWorse(job{kind: a.Kind, id: a.ID, rel: rel}, data, out); err != nil {
			return fmt.Errorf("store: rounds: %w", err)
		}
		writes = append(writes, prepared{target: target, perm: perm, old: data, data: out})
	}
	if err := writeAll(writes); err != nil {
		return fmt.Errorf("store: rounds: %w", err)
	}
	return nil
}

// editRounds returns data with its top-level rounds: list replaced by
// f(old rounds).
func editRounds(file string, data []byte, f func([]riskassess.RoundRecord) ([]riskassess.RoundRecord, error)) ([]byte, error) {
	doc, perr := parseDoc(file, data)
	if perr != nil {
		return nil, perr
	}
	if len(doc.Content) == 0 || doc.Content[0].Kind != yaml.MappingNode {
		return nil, newError(file, 1, 1, CodeWrongType, "want a mapping at the top of the file; nothing written",
			"ファイルの最上位はマッピングにしてください。何も書き込んでいません")
	}
	m := doc.Content[0]
	ki := -1
	for i := 0; i+1 < len(m.Content); i += 2 {
		if m.Content[i].Value == "rounds" {
			ki = i
		}
	}
	var old []riskassess.RoundRecord
	if ki >= 0 && !isNull(m.Content[ki+1]) {
		v := m.Content[ki+1]
		if v.Kind != yaml.SequenceNode {
			return nil, newError(file, v.Line, v.Column, CodeWrongType,
				"rounds: want a list, got "+describe(v, "en")+"; nothing written",
				"rounds: の形が違います。リストを書いてください（"+describe(v, "ja")+"が書かれています）。何も書き込んでいません")
		}
		if err := v.Decode(&old); err != nil {
			return nil, newError(file, v.Line, v.Column, CodeWrongType,
				"rounds: cannot be read ("+err.Error()+"); run validate and fix it first; nothing written",
				"rounds: を読めません（"+err.Error()+"）。validate で確かめて直してください。何も書き込んでいません")
		}
	}
	rounds, err := f(old)
	if err != nil {
		return nil, err
	}
	var v yaml.Node
	if err := v.Encode(rounds); err != nil {
		return nil, fmt.Errorf("store: rounds: %w", err)
	}
	plainDates(&v)
	block, err := encodeBlock(&yaml.Node{Kind: yaml.MappingNode, Tag: "!!map", Content: []*yaml.Node{
		{Kind: yaml.ScalarNode, Tag: "!!str", Value: "rounds"}, &v}})
	if err != nil {
		return nil, fmt.Errorf("store: rounds: %w", err)
	}
	if out, ok := spliceRounds(data, m, ki, block); ok && roundsChecks(data, out, block) {
		return out, nil
	}
	// Re-encode the whole document with the new list.
	if ki >= 0 {
		v.HeadComment, v.LineComment = m.Content[ki+1].HeadComment, m.Content[ki+1].LineComment
		m.Content[ki+1] = &v
	} else {
		m.Content = append(m.Content, &yaml.Node{Kind: yaml.ScalarNode, Tag: "!!str", Value: "rounds"}, &v)
	}
	text, err := encodeBlock(doc)
	if err != nil {
		return nil, fmt.Errorf("store: rounds: %w", err)
	}
	if !roundsChecks(data, []byte(text), block) {
		return nil, fmt.Errorf("store: rounds: %s: the edit does not check out; nothing written", file)
	}
	return []byte(text), nil
}

// spliceRounds replaces the lines of the top-level key ki (or, when ki is
// -1, appends at the end) with block. ok is false when the layout does not
// allow a text edit.
func spliceRounds(data []byte, m *yaml.Node, ki int, block string) ([]byte, bool) {
	if m.Style&yaml.FlowStyle != 0 || bytes.IndexByte(data, '\r') >= 0 {
		return nil, false
	}
	text := string(data)
	if ki < 0 {
		if text != "" && !strings.HasSuffix(text, "\n") {
			text += "\n"
		}
		return []byte(text + block), true
	}
	if m.Content[ki].Column != 1 {
		return nil, false
	}
	lines := strings.SplitAfter(text, "\n")
	if lines[len(lines)-1] == "" {
		lines = lines[:len(lines)-1]
	}
	from, to := m.Content[ki].Line-1, len(lines)
	if ki+2 < len(m.Content) {
		to = m.Content[ki+2].Line - 1
	}
	for to > from+1 {
		if t := strings.TrimSpace(lines[to-1]); t == "" || strings.HasPrefix(lines[to-1], "#") {
			to--
			continue
		}
		break
	}
	repl := strings.SplitAfter(block, "\n")
	repl = repl[:len(repl)-1]
	lines = append(lines[:from], append(repl, lines[to:]...)...)
	return []byte(strings.Join(lines, "")), true
}

// roundsChecks reports whether out decodes to data with only its rounds:
// value replaced by that of block.
func roundsChecks(data, out []byte, block string) bool {
	var before, after, b map[string]any
	if yaml.Unmarshal(data, &before) != nil || yaml.Unmarshal(out, &after) != nil || yaml.Unmarshal([]byte(block), &b) != nil {
		return false
	}
	if before == nil {
		before = map[string]any{}
	}
	before["rounds"] = b["rounds"]
	wb, err1 := yaml.Marshal(before)
	ab, err2 := yaml.Marshal(after)
	return err1 == nil && err2 == nil && bytes.Equal(wb, ab)
}

// plainDates writes the ISO dates under n unquoted (2026-05-01, as people
// write them in the register), not as the quoted strings the encoder
// makes of a TextMarshaler.
func plainDates(n *yaml.Node) {
	if n.Kind == yaml.ScalarNode {
		if _, err := riskassess.ParseDate(n.Value); err == nil && len(n.Value) == 10 {
			n.Tag, n.Style = "!!timestamp", 0
		}
		return
	}
	for _, c := range n.Content {
		plainDates(c)
	}
}
