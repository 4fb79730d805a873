package store

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/gikai-sec/riskregister/riskassess"
)

// FuzzLoad runs the whole loader over a register folder holding a fuzzed
// register.yaml and a fuzzed contractor entry (with a valid service that
// may refer to it). It must never panic; it returns a register (the folder
// exists) and either no error or Errors whose every item names its file
// and carries a code and a message; the entry is in the register when
// there is no error.
func FuzzLoad(f *testing.F) {
	reg := []byte(strings.TrimPrefix(registerYAML, "-- register.yaml --\n"))
	f.Add(reg, []byte(acmeYAML))
	f.Add(reg, []byte(commentedEntry))
	f.Add([]byte("name: {ja: x}\nsections: [{id: a, parent: a}]\n"), []byte("name: {ja: y}\nowner: {section: a}\n"))
	f.Add([]byte("people: &p [*p]\n"), []byte("contracts: [{id: c, start: 2026-02-30}]\n"))
	f.Add(reg, []byte("name: {ja: \"\\x1b[31m\"}\nanswers: {Q-OUT-01: {value: yes}}\n"))
	const service = "name: {ja: サービス}\nprovider: x\n"
	f.Fuzz(func(t *testing.T, register, entry []byte) {
		dir := t.TempDir()
		for name, data := range map[string][]byte{RegisterFile: register, "contractors/x.yaml": entry, "services/s.yaml": []byte(service)} {
			p := filepath.Join(dir, filepath.FromSlash(name))
			if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
				t.Fatal(err)
			}
			if err := os.WriteFile(p, data, 0o644); err != nil {
				t.Fatal(err)
			}
		}
		r, err := Load(dir)
		if r == nil {
			t.Fatalf("nil register for an existing folder: %v", err)
		}
		if err == nil {
			if r.Entry(riskassess.KindContractor, "x") == nil {
				t.Fatal("no error but entry x missing")
			}
			return
		}
		var es Errors
		if !errors.As(err, &es) || len(es) == 0 {
			t.Fatalf("error %T is not Errors: %v", err, err)
		}
		for _, e := range es {
			if e.File == "" || e.File == "." || e.Code == "" || e.Msg == "" {
				t.Fatalf("incomplete error %#v", e)
			}
			_ = e.Message("ja")
		}
	})
}
