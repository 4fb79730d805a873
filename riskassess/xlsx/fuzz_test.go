package xlsx

import (
	"bytes"
	"errors"
	"os"
	"path/filepath"
	"testing"

	"github.com/gikai-sec/riskregister/riskassess"
)

// FuzzRead feeds arbitrary bytes to Read: it must never panic, must return
// either a *CellError or a result, and a result's answers must all be
// listed as imported, changed or unchanged items.
func FuzzRead(f *testing.F) {
	q := defaultQ()
	gen := func(q *Questionnaire) []byte {
		var buf bytes.Buffer
		if err := q.Write(&buf); err != nil {
			f.Fatal(err)
		}
		return buf.Bytes()
	}
	f.Add(gen(q))
	qe := defaultQ()
	qe.Lang = "en"
	qe.Entry = nil
	f.Add(gen(qe))
	f.Add([]byte("ID,回答\nQ-YN-01,はい\n"))
	f.Add(append(append([]byte{}, oleMagic...), utf16le("EncryptedPackage")...))
	// The external workbooks, when present (small ones only, to keep the
	// fuzzer fast).
	if dir, err := findSharedDir(); err == nil {
		files, _ := filepath.Glob(filepath.Join(dir, "*.xlsx"))
		for _, p := range files {
			if st, err := os.Stat(p); err == nil && st.Size() < 64<<10 {
				if b, err := os.ReadFile(p); err == nil {
					f.Add(b)
				}
			}
		}
	}
	reqs := q.Requirements
	f.Fuzz(func(t *testing.T, b []byte) {
		res, err := Read(bytes.NewReader(b), int64(len(b)), ReadOptions{Requirements: reqs, Kind: riskassess.KindContractor,
			Current: map[string]riskassess.Answer{"Q-YN-01": {Value: Yes}}})
		if err != nil {
			var ce *CellError
			if !errors.As(err, &ce) {
				t.Fatalf("error %T is not a *CellError: %v", err, err)
			}
			if res != nil {
				t.Fatal("result with a fatal error")
			}
			return
		}
		ok := map[string]bool{}
		for _, it := range res.Items {
			if it.Status == StatusImported || it.Status == StatusChanged || it.Status == StatusUnchanged {
				ok[it.ID] = true
			}
		}
		for id := range res.Answers {
			if !ok[id] {
				t.Fatalf("answer %s imported without an imported item", id)
			}
		}
		for _, p := range res.Problems {
			_ = p.Error()
		}
	})
}
