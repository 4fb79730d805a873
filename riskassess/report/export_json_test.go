package report_test

import (
	"bytes"
	"encoding/json"
	"errors"
	"strings"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"

	"github.com/gikai-sec/riskregister/internal/synth"
	"github.com/gikai-sec/riskregister/riskassess"
	"github.com/gikai-sec/riskregister/riskassess/catalog"
	"github.com/gikai-sec/riskregister/riskassess/report"
)

// TestWriteJSONAsEncoder: WriteJSON gives the bytes json.Encoder gives for
// the whole document, compact and indented, with and without findings,
// for a document of several entries, of one and of none, whatever the
// entries' text (HTML is escaped as the encoder escapes it); the document
// is left as it was.
func TestWriteJSONAsEncoder(t *testing.T) {
	asOf := riskassess.NewDate(2026, time.April, 1)
	reg := synth.Generate(6, 1)
	reg.Contractors[0].Notes = "<b>A & B</b>\n改行"
	as := assessAll(t, reg, asOf)
	full := report.NewExportDocument(reg, as, asOf, "v-test")
	for _, n := range []int{len(full.Entries), 1, 0, -1} { // -1: nil Entries
		for _, o := range []report.JSONOptions{{}, {Indent: "  "}, {Indent: "\t", OmitFindings: true}, {OmitFindings: true}} {
			doc := full
			doc.Entries = nil
			if n >= 0 {
				doc.Entries = full.Entries[:n]
			}
			before, _ := json.Marshal(doc)
			var got bytes.Buffer
			if err := report.WriteJSON(&got, &doc, o); err != nil {
				t.Fatal(err)
			}
			if after, _ := json.Marshal(doc); !bytes.Equal(before, after) {
				t.Errorf("%d entries, %+v: WriteJSON changed the document", n, o)
			}
			want := doc
			if o.OmitFindings && n > 0 {
				want.Entries = make([]report.ExportEntry, n)
				copy(want.Entries, doc.Entries)
				for i := range want.Entries {
					if len(want.Entries[i].Assessment.Findings) == 0 {
						t.Fatalf("entry %s has no findings: the test would not see them left out", want.Entries[i].ID)
					}
					want.Entries[i].Assessment.Findings = []riskassess.Finding{}
				}
			}
			var wb bytes.Buffer
			enc := json.NewEncoder(&wb)
			enc.SetIndent("", o.Indent)
			if err := enc.Encode(want); err != nil {
				t.Fatal(err)
			}
			if diff := cmp.Diff(wb.String(), got.String()); diff != "" {
				t.Errorf("%d entries, %+v (-encoder +WriteJSON):\n%s", n, o, diff)
			}
			if n > 0 && !strings.Contains(got.String(), `\u003cb\u003eA \u0026 B`) {
				t.Errorf("%d entries, %+v: HTML not escaped as json.Encoder escapes it", n, o)
			}
		}
	}
}

// TestWriteJSONWriteError: an error of the writer is returned.
func TestWriteJSONWriteError(t *testing.T) {
	asOf := riskassess.NewDate(2026, time.April, 1)
	reg := synth.Generate(30, 1)
	doc := report.NewExportDocument(reg, assessAll(t, reg, asOf), asOf, "v-test")
	boom := errors.New("disk full")
	if err := report.WriteJSON(&failAfter{n: 100 << 10, err: boom}, &doc, report.JSONOptions{Indent: "  "}); !errors.Is(err, boom) {
		t.Errorf("WriteJSON to a failing writer = %v, want %v", err, boom)
	}
}

// failAfter accepts n bytes, then fails with err.
type failAfter struct {
	n   int
	err error
}

func (f *failAfter) Write(p []byte) (int, error) {
	if len(p) > f.n {
		return 0, f.err
	}
	f.n -= len(p)
	return len(p), nil
}

// assessAll assesses every entry of reg as of asOf against the built-in
// catalogue for its organisation, as the command does.
func assessAll(tb testing.TB, reg *riskassess.Register, asOf riskassess.Date) []riskassess.Assessment {
	tb.Helper()
	reqs, err := catalog.ForOrg(&reg.Org)
	if err != nil {
		tb.Fatal(err)
	}
	as, err := riskassess.Scorer{Blockers: catalog.Blockers()}.AssessAll(reg, reqs, asOf)
	if err != nil {
		tb.Fatal(err)
	}
	return as
}
