package sitegen

import (
	"bytes"
	"encoding/json"
	"testing"

	"github.com/gikai-sec/riskregister/riskassess"
	"github.com/gikai-sec/riskregister/riskassess/catalog"
	"github.com/gikai-sec/riskregister/riskassess/report"
)

// TestWriteJSONDoc: register.json, written one entry at a time, is the
// bytes json.Encoder.Encode writes for the whole document with every
// entry's findings left out (HTML-escaped, compact, a final newline).
func TestWriteJSONDoc(t *testing.T) {
	reg := loadTxtar(t, testRegister)
	reg.Social[0].Notes = "<b>A & B</b>" // escaped as Encode escapes
	reqs := testRequirements()
	as := mustAssess(riskassess.Scorer{Blockers: catalog.Blockers()}.AssessAll(reg, reqs, testAsOf))
	doc := report.NewExportDocument(reg, as, testAsOf, "v-test")
	var got bytes.Buffer
	if err := writeJSONDoc(&got, &doc); err != nil {
		t.Fatal(err)
	}
	for i := range doc.Entries {
		doc.Entries[i].Assessment.Findings = []riskassess.Finding{}
	}
	var want bytes.Buffer
	if err := json.NewEncoder(&want).Encode(&doc); err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(got.Bytes(), want.Bytes()) {
		t.Errorf("register.json differs from the document encoded whole:\ngot  %.300s\nwant %.300s", got.Bytes(), want.Bytes())
	}
	if !bytes.Contains(got.Bytes(), []byte(`\u003cb\u003eA \u0026 B`)) {
		t.Error("register.json does not escape HTML as json.Marshal does")
	}
}
