package riskassess

import (
	"fmt"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
)

// The tests in this file keep docs/scoring.md in step with the engine: the
// points table, the matrix and the worked example are read from marked
// blocks of the document and compared with the code.

func readScoringDoc(t *testing.T) string {
	t.Helper()
	b, err := os.ReadFile(filepath.Join("..", "docs", "scoring.md"))
	if err != nil {
		t.Fatalf("docs/scoring.md: %v", err)
	}
	return string(b)
}

// docBlock returns the lines between <!-- name:begin --> and <!-- name:end -->.
func docBlock(t *testing.T, doc, name string) []string {
	t.Helper()
	begin, end := "<!-- "+name+":begin -->", "<!-- "+name+":end -->"
	i, j := strings.Index(doc, begin), strings.Index(doc, end)
	if i < 0 || j < i {
		t.Fatalf("docs/scoring.md has no %s … %s block", begin, end)
	}
	var out []string
	for _, l := range strings.Split(doc[i+len(begin):j], "\n") {
		if l = strings.TrimSpace(l); l != "" {
			out = append(out, l)
		}
	}
	return out
}

// tableRows splits markdown table rows into trimmed cells, skipping the
// header and the separator row.
func tableRows(lines []string) [][]string {
	var rows [][]string
	for i, l := range lines {
		if !strings.HasPrefix(l, "|") || i < 2 {
			continue
		}
		cells := strings.Split(strings.Trim(l, "|"), "|")
		for k := range cells {
			cells[k] = strings.TrimSpace(cells[k])
		}
		rows = append(rows, cells)
	}
	return rows
}

func TestScoringDocPointsTable(t *testing.T) {
	code := map[string]int{
		"class":         -1, // rank, checked below
		"unstated":      pointsClassFloor,
		"integrity2":    pointsIntegrity2,
		"availability2": pointsAvailability2,
		"personal":      pointsPersonalData,
		"mynumber":      pointsMyNumber,
		"seg-mynumber":  pointsSegMyNumber,
		"seg-lgwan":     pointsSegLGWAN,
		"seg-internet":  pointsSegInternet,
		"subcontract":   pointsSubcontract,
		"foreign":       pointsForeignData,
		"terms":         pointsTermsBased,
		"sns-public":    pointsSocialPublic,
		"sns-platform":  pointsSocialPlatfm,
	}
	got := map[string]int{}
	for _, r := range tableRows(docBlock(t, readScoringDoc(t), "points")) {
		key := strings.Trim(r[0], "`")
		if key == "class" {
			got[key] = -1
			continue
		}
		n, err := strconv.Atoi(strings.TrimPrefix(r[len(r)-1], "+"))
		if err != nil {
			t.Errorf("points row %q: last cell is not a number", r)
		}
		got[key] = n
	}
	if diff := cmp.Diff(code, got); diff != "" {
		t.Errorf("docs/scoring.md points table differs from the code (-code +doc):\n%s", diff)
	}
	// The class rows: 2 → 2, 3C → 3, 3B → 4, 3A → 5, 1 → 0.
	s := DefaultClassification()
	for id, want := range map[string]int{"1": 0, "2": 2, "3C": 3, "3B": 4, "3A": 5} {
		r := inherent(&s, &Service{Class: Classification{Confidentiality: id}}, asOf, DefaultInherentThresholds())
		if r.Points != want {
			t.Errorf("class %s: %d points, want %d", id, r.Points, want)
		}
	}
}

func TestScoringDocMatrix(t *testing.T) {
	rows := tableRows(docBlock(t, readScoringDoc(t), "matrix"))
	if len(rows) != 4 {
		t.Fatalf("matrix block has %d rows, want 4", len(rows))
	}
	for i, r := range rows {
		if len(r) != 5 {
			t.Fatalf("matrix row %q: want 5 cells", r)
		}
		if !strings.HasPrefix(r[0], riskLevels[i].Label("ja")) {
			t.Errorf("row %d starts with %q, want %s", i, r[0], riskLevels[i].Label("ja"))
		}
		for j := 0; j < 4; j++ {
			if want := DefaultMatrix().Cells[i][j].Label("ja"); !strings.HasPrefix(r[j+1], want) {
				t.Errorf("matrix[%s][%d] in the doc = %q, code says %s", riskLevels[i], j, r[j+1], want)
			}
		}
	}
}

// workedExample is the scenario of docs/scoring.md §9.
func workedExample() (*Organisation, []Requirement, *Contractor, Date) {
	org := &Organisation{Name: T("例市議会", "Example council")}
	reqs := []Requirement{
		fixed("OUT-10", SeverityHigh, OutcomeMet, KindContractor),
		fixed("OUT-13", SeverityMedium, OutcomeMet, KindContractor),
		fixed("OUT-14", SeverityMedium, OutcomeNotMet, KindContractor),
		fixed("OUT-16", SeverityHigh, OutcomeMet, KindContractor),
		fixed("OUT-17", SeverityHigh, OutcomePartial, KindContractor),
		fixed("OUT-19", SeverityHigh, OutcomeNotAnswered, KindContractor),
		fixed("OUT-25", SeverityLow, OutcomeNotApplicable, KindContractor),
		fixed("OUT-31", SeverityHigh, OutcomeMet, KindContractor),
	}
	c := &Contractor{
		Common: Common{ID: "acme", Owner: Owner{Section: "somu"},
			Approval:     Approval{Status: StatusApproved, DecidedOn: d(2025, 4, 1)},
			LastReviewed: d(2025, 10, 1)},
		Contracts: []Contract{{
			ID: "R7-001", To: d(2027, 3, 31),
			Information: []InformationAccess{{Description: "会議録（発言者名を含む）",
				Class: Classification{Confidentiality: "2", Integrity: "2", Availability: "1"}, PersonalData: true}},
			Segments:       []Segment{SegmentLGWAN},
			Subcontractors: []Subcontractor{{Name: "テープ起こし社", ApprovedOn: d(2025, 4, 10)}},
			Clauses:        []ContractClause{{Requirement: "OUT-16", Article: "第6条"}},
		}},
		Certifications:  []Certification{{Type: CertISMS, Number: "IS 500001", ValidUntil: d(2026, 5, 31)}},
		LastOnsiteCheck: d(2025, 6, 1),
	}
	return org, reqs, c, d(2026, time.April, 1)
}

func formatWorked(a Assessment) []string {
	out := []string{
		fmt.Sprintf("inherent_points: %d", a.InherentScore),
		"inherent: " + a.Inherent.Label("ja"),
	}
	for _, f := range a.Findings {
		out = append(out, fmt.Sprintf("finding: %s %s %s weight=%g", f.Requirement, f.Outcome, f.Severity, f.Weight))
	}
	out = append(out,
		fmt.Sprintf("control_score: %.1f", a.ControlScore),
		"residual: "+a.Residual.Label("ja"),
		"decision: "+a.Decision.Label("ja"),
	)
	for _, c := range a.Conditions {
		out = append(out, "condition: "+strings.SplitN(c.Ja, ":", 2)[0])
	}
	out = append(out, "next_review: "+a.NextReview.String())
	for _, it := range a.Due {
		out = append(out, fmt.Sprintf("due: %s %s", it.Date, it.Kind))
	}
	return out
}

func TestScoringDocWorkedExample(t *testing.T) {
	org, reqs, c, asOf := workedExample()
	got := formatWorked(mustAssess(testScorer().Assess(org, reqs, c, asOf)))
	block := docBlock(t, readScoringDoc(t), "example")
	var doc []string
	for _, l := range block {
		if !strings.HasPrefix(l, "```") {
			doc = append(doc, l)
		}
	}
	if diff := cmp.Diff(doc, got); diff != "" {
		t.Errorf("docs/scoring.md worked example differs from the engine (-doc +engine):\n%s\nengine block:\n%s", diff, strings.Join(got, "\n"))
	}
}
