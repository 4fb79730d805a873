package store

import (
	"strings"
	"testing"

	"github.com/gikai-sec/riskregister/riskassess"
)

// FuzzLoadEntry decodes arbitrary bytes as every kind of file. It must
// never panic (decodeFile runs without the recover guard of loadFile here)
// and every error must carry the file name and a code.
func FuzzLoadEntry(f *testing.F) {
	f.Add([]byte(acmeYAML))
	f.Add([]byte(commentedEntry))
	f.Add([]byte(strings.TrimPrefix(registerYAML, "-- register.yaml --\n")))
	f.Add([]byte("a: &a [*a]\nb: {<<: *a}\n"))
	f.Add([]byte("owner: &o {section: somu, <<: *o}\n"))
	f.Add([]byte("contracts: [&c {id: a, clauses: [&k {requirement: x}, *k, *k]}, *c, *c]\n"))
	f.Add([]byte("name: {ja: x}\n---\nname: {ja: y}\n"))
	f.Add([]byte("approval: {status: approve, decided_on: 2026-02-30}\nreview_due: [1]\n"))
	f.Add([]byte("sla: {availability: .inf}\nrank: 99999999999999999999\n"))
	f.Add([]byte("answers: {? [a]: b, c: [d]}\n"))
	f.Add([]byte("\xef\xbb\xbfname: {ja: x}\n"))
	f.Add([]byte("!!binary aGVsbG8=\n"))
	jobs := []job{
		{rel: RegisterFile},
		{kind: riskassess.KindContractor, id: "x", rel: "contractors/x.yaml"},
		{kind: riskassess.KindService, id: "x", rel: "services/x.yaml"},
		{kind: riskassess.KindSocial, id: "x", rel: "social/x.yaml"},
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		for _, j := range jobs {
			res := decodeFile(j, data)
			for _, e := range res.errs {
				if e.File != j.rel || e.Code == "" || e.Msg == "" {
					t.Fatalf("incomplete error %#v", e)
				}
			}
			if len(res.errs) > maxErrors+1 {
				t.Fatalf("%d errors, more than the cap", len(res.errs))
			}
		}
	})
}
