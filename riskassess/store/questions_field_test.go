package store

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/gikai-sec/riskregister/riskassess"
	"github.com/google/go-cmp/cmp"
)

// TestAssessmentQuestionsField: an assessment record's questions: (the
// digest of each answered question, AssessmentRecord.Questions) is
// written by AppendAssessment on one line (as answered:) and loads back;
// a record without it (every record made before it existed) loads as
// before, with no digests, and a digest that is not text is refused.
func TestAssessmentQuestionsField(t *testing.T) {
	dir := writeTxtar(t, registerYAML+"-- contractors/acme.yaml --\n"+commentedEntry)
	before, err := Load(dir)
	if err != nil {
		t.Fatal(err)
	}
	if got := before.Entry(riskassess.KindContractor, "acme").Base().Answers["Q-OUT-01"].Value; got != "no" {
		t.Fatalf("Q-OUT-01 = %q before", got)
	}
	set := map[string]riskassess.Answer{"Q-OUT-01": {Value: "yes", Cell: "質問!D17"}}
	old := record(1, set)
	if err := AppendAssessment(dir, riskassess.KindContractor, "acme", old, set); err != nil {
		t.Fatal(err)
	}
	rec := record(2, set)
	rec.SHA256 = "0a1b2c3d"
	rec.Questions = map[string]string{"Q-OUT-01": "3f0c9a1b2d4e5f60"}
	if err := AppendAssessment(dir, riskassess.KindContractor, "acme", rec, set); err != nil {
		t.Fatal(err)
	}
	b, err := os.ReadFile(filepath.Join(dir, "contractors", "acme.yaml"))
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(string(b), "    questions: {Q-OUT-01: 3f0c9a1b2d4e5f60}\n") {
		t.Errorf("questions: not written on one line:\n%s", b)
	}
	reg, err := Load(dir)
	if err != nil {
		t.Fatal(err)
	}
	recs := reg.Entry(riskassess.KindContractor, "acme").Base().Assessments
	if len(recs) != 2 {
		t.Fatalf("%d records, want 2", len(recs))
	}
	if recs[0].Questions != nil {
		t.Errorf("the record without questions: loads with %v", recs[0].Questions)
	}
	if diff := cmp.Diff(rec.Questions, recs[1].Questions); diff != "" {
		t.Errorf("questions: (-written +loaded):\n%s", diff)
	}
	bad := strings.Replace(string(b), "{Q-OUT-01: 3f0c9a1b2d4e5f60}", "{Q-OUT-01: [a, b]}", 1)
	if err := os.WriteFile(filepath.Join(dir, "contractors", "acme.yaml"), []byte(bad), 0o644); err != nil {
		t.Fatal(err)
	}
	if _, err := Load(dir); err == nil {
		t.Error("a digest that is a list loads")
	}
}
