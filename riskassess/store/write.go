package store

import (
	"bytes"

	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"sync"

	"github.com/gikai-sec/riskregister/riskassess"
	"go.yaml.in/yaml/v3"
)

// osRename is os.Rename; tests replace it to simulate a failing write.
var osRename = os.Rename

// appendMu serialises AppendAssessment calls.
var appendMu sync.Mutex

// WriteFileAtomic writes data to path so that readers see either the old
// content or the new, never a mix: it writes a temporary file in the same
// folder, sets perm, fsyncs it, renames it over path and fsyncs the folder.
// On any error the temporary file is removed and path is left as it was.
func WriteFileAtomic(path string, data []byte, perm fs.FileMode) (err error) {
	dir, base := filepath.Split(path)
	if dir == "" {
		dir = "."
	}
	f, err := os.CreateTemp(dir, "."+base+".tmp-*")
	if err != nil {
		return fmt.Errorf("store: write %s: %w", path, err)
	}
	tmp := f.Name()
	closed := false
	defer func() {
		if err != nil {
			if !closed {
				f.Close()
			}
			os.Remove(tmp)
			err = fmt.Errorf("store: write %s: %w", path, err)
		}
	}()
	if _, err = f.Write(data); err != nil {
		return err
	}
	if err = f.Chmod(perm); err != nil {
		return err
	}
	if err = f.Sync(); err != nil {
		return err
	}
	closed = true
	if err = f.Close(); err != nil {
		return err
	}
	if err = osRename(tmp, path); err != nil {
		return err
	}
	// Make the rename durable; not all systems can sync a folder.
	if d, derr := os.Open(dir); derr == nil {
		d.Sync()
		d.Close()
	}
	return nil
}

// AppendAssessment records an imported questionnaire in the entry file
// kind.Dir()/id.yaml of the register folder dir: it appends rec to the
// entry's assessments: list (creating the list when absent; earlier records
// are never changed) and replaces the entry's answers: mapping with
// rec.Answers (keys sorted). Every other key, the key order and the
// comments of the file are kept.
//
// The file is rewritten atomically with WriteFileAtomic; on any error it is
// left untouched. AppendAssessment refuses files that Load would refuse
// (too large, binary, symbolic link out of the folder, not one YAML
// mapping), returning an *Error, and refuses to write when the new content
// would decode with more errors than the old.
//
// AppendAssessment calls in one process are serialised; separate processes
// writing the same file at the same time are not coordinated (the last
// rename wins).
//
// Known limitations: the file is re-encoded by go.yaml.in/yaml/v3 with an
// indent of two spaces, so blank lines between keys are dropped, other
// indentation is normalised and a comment after the last key stays above
// the appended assessments:. Comments inside the old answers: mapping are
// replaced with it. Comments elsewhere, flow mappings ({ja: …}), quoting
// and the key order are kept.
func AppendAssessment(dir string, kind riskassess.Kind, id string, rec riskassess.AssessmentRecord) error {
	if !kind.Valid() {
		return fmt.Errorf("store: append assessment: unknown kind %q", kind)
	}
	if !riskassess.ValidID(id) {
		return fmt.Errorf("store: append assessment: %q is not a valid entry id", id)
	}
	root, err := filepath.Abs(dir)
	if err == nil {
		root, err = filepath.EvalSymlinks(root)
	}
	if err != nil {
		return fmt.Errorf("store: append assessment: %w", err)
	}
	rel := kind.Dir() + "/" + id + ".yaml"
	// Serialise read-modify-write cycles within this process, so that two
	// imports appending to the same entry at once cannot lose a record.
	appendMu.Lock()
	defer appendMu.Unlock()
	data, e := readFile(root, rel)
	if e != nil {
		return e
	}
	target, err := filepath.EvalSymlinks(filepath.Join(root, filepath.FromSlash(rel)))
	if err != nil {
		return fmt.Errorf("store: append assessment: %w", err)
	}
	st, err := os.Stat(target)
	if err != nil {
		return fmt.Errorf("store: append assessment: %w", err)
	}
	out, err := appendAssessment(rel, data, rec)
	if err != nil {
		return err
	}
	j := job{kind: kind, id: id, rel: rel}
	before, after := decodeFile(j, data), decodeFile(j, out)
	if len(after.errs) > len(before.errs) {
		return fmt.Errorf("store: append assessment: %s: the updated file would not load (%v); nothing written", rel, Errors(after.errs))
	}
	return WriteFileAtomic(target, out, st.Mode().Perm())
}

// appendAssessment returns data with rec appended to assessments: and
// answers: replaced.
func appendAssessment(file string, data []byte, rec riskassess.AssessmentRecord) ([]byte, error) {
	doc, perr := parseDoc(file, data)
	if perr != nil {
		return nil, perr
	}
	m := doc.Content[0]
	if m.Kind != yaml.MappingNode {
		en, ja := wrongTypeMsg(m, wantMapping)
		return nil, newError(file, m.Line, m.Column, CodeWrongType, en, ja)
	}
	recNode := &yaml.Node{}
	if err := recNode.Encode(rec); err != nil {
		return nil, fmt.Errorf("store: append assessment: %w", err)
	}
	answers := rec.Answers
	if answers == nil {
		answers = map[string]riskassess.Answer{}
	}
	ansNode := &yaml.Node{}
	if err := ansNode.Encode(answers); err != nil {
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

	if old, i := value("answers"); old == nil {
		addKey("answers", ansNode)
	} else {
		ansNode.HeadComment, ansNode.LineComment, ansNode.FootComment = old.HeadComment, old.LineComment, old.FootComment
		m.Content[i] = ansNode
	}

	var buf bytes.Buffer
	enc := yaml.NewEncoder(&buf)
	enc.SetIndent(2)
	if err := enc.Encode(doc); err != nil {
		return nil, fmt.Errorf("store: append assessment: %w", err)
	}
	if err := enc.Close(); err != nil {
		return nil, fmt.Errorf("store: append assessment: %w", err)
	}
	return buf.Bytes(), nil
}
