package foreign_test

import (
	"fmt"
	"testing"

	"github.com/gikai-sec/riskregister/riskassess"
	"github.com/gikai-sec/riskregister/riskassess/foreign"
	"github.com/google/go-cmp/cmp"
)

func yesno(id string, by riskassess.Attester) riskassess.Requirement {
	return riskassess.Requirement{ID: id, Kinds: []riskassess.Kind{riskassess.KindService}, AttestedBy: by,
		Question: &riskassess.Question{ID: "Q-" + id, Type: riskassess.AnswerYesNo}}
}

// TestMap: full links answer the vendor's yes/no questions when all
// their answers agree (with the provenance in the comment), and are shown
// as evidence otherwise; partial and evidence links are evidence; blank and
// unmapped answers give nothing; a full link never answers a council
// question; na is recorded as na (a claim, see attest).
func TestMap(t *testing.T) {
	reqs := []riskassess.Requirement{
		yesno("R-ALL", riskassess.AttestVendor),      // two full links, both Yes
		yesno("R-DIFF", riskassess.AttestVendor),     // two full links, Yes and No
		yesno("R-NA", riskassess.AttestVendor),       // full link answered NA
		yesno("R-BLANK", riskassess.AttestVendor),    // full link left blank
		yesno("R-TEXT", riskassess.AttestVendor),     // full link answered in free text
		yesno("R-COUNCIL", riskassess.AttestCouncil), // a full link (not checked here) to a council question
		yesno("R-NONE", riskassess.AttestVendor),     // nothing links to it
		{ID: "R-OTHER", Kinds: []riskassess.Kind{riskassess.KindContractor}, AttestedBy: riskassess.AttestVendor,
			Question: &riskassess.Question{ID: "Q-R-OTHER", Type: riskassess.AnswerYesNo}}, // another kind
	}
	w := &foreign.Workbook{Questionnaire: "caiq", Name: "CAIQ", Version: "4.0.3", Answers: []foreign.Answer{
		{ID: "A-01.1", Raw: "Yes", Value: "yes", Owner: "CSP-owned", Comment: "Yearly audit.", Cell: "S!C3"},
		{ID: "A-01.2", Raw: "Yes", Value: "yes", Cell: "S!C4"},
		{ID: "B-01.1", Raw: "Yes", Value: "yes", Cell: "S!C5"},
		{ID: "B-01.2", Raw: "No", Value: "no", Cell: "S!C6"},
		{ID: "C-01.1", Raw: "NA", Value: "na", Cell: "S!C7"},
		{ID: "D-01.1", Cell: "S!C8"},
		{ID: "E-01.1", Raw: "Only in EU", Cell: "S!C9"},
		{ID: "F-01.1", Raw: "Yes", Value: "yes", Cell: "S!C10"},
		{ID: "G-01.1", Raw: "No", Value: "no", Comment: "see policy", Cell: "S!C11"},
	}}
	link := func(q, r string, s riskassess.Strength) foreign.Link {
		return foreign.Link{Question: q, Requirement: r, Strength: s, Reason: riskassess.T("理由", "why")}
	}
	m := &foreign.Mapping{Questionnaire: "caiq", Versions: "4.0.x", Links: []foreign.Link{
		link("A-01.1", "R-ALL", riskassess.StrengthFull), link("A-01.2", "R-ALL", riskassess.StrengthFull),
		link("B-01.1", "R-DIFF", riskassess.StrengthFull), link("B-01.2", "R-DIFF", riskassess.StrengthFull),
		link("C-01.1", "R-NA", riskassess.StrengthFull),
		link("D-01.1", "R-BLANK", riskassess.StrengthFull),
		link("E-01.1", "R-TEXT", riskassess.StrengthFull),
		link("F-01.1", "R-COUNCIL", riskassess.StrengthFull),
		link("G-01.1", "R-NONE", riskassess.StrengthPartial),
		link("D-01.1", "R-NONE", riskassess.StrengthEvidence), // blank: not shown
		link("A-01.1", "R-OTHER", riskassess.StrengthFull),    // other kind: nothing
	}}
	got := foreign.Map(w, m, reqs, riskassess.KindService)
	wantAnswers := map[string]riskassess.Answer{
		"Q-R-ALL": {Value: "yes", Comment: "CAIQ v4.0.3 A-01.1: Yes [CSP-owned] Yearly audit.\nCAIQ v4.0.3 A-01.2: Yes", Cell: "S!C3"},
		"Q-R-NA":  {Value: "na", Comment: "CAIQ v4.0.3 C-01.1: NA", Cell: "S!C7"},
	}
	if diff := cmp.Diff(wantAnswers, got.Answers); diff != "" {
		t.Errorf("answers (-want +got):\n%s", diff)
	}
	type ev struct{ Req, Q, Answer, Strength string }
	var evs []ev
	for _, e := range got.Evidence {
		evs = append(evs, ev{e.Requirement, e.Question, e.Answer, string(e.Strength)})
	}
	wantEv := []ev{
		{"R-COUNCIL", "F-01.1", "Yes", "full"},
		{"R-DIFF", "B-01.1", "Yes", "full"},
		{"R-DIFF", "B-01.2", "No", "full"},
		{"R-NONE", "G-01.1", "No", "partial"},
		{"R-TEXT", "E-01.1", "Only in EU", "full"},
	}
	if diff := cmp.Diff(wantEv, evs); diff != "" {
		t.Errorf("evidence (-want +got):\n%s", diff)
	}
	for _, e := range got.Evidence {
		if e.Strength == riskassess.StrengthFull && e.Note == "" {
			t.Errorf("%s %s: full link shown as evidence without a note", e.Requirement, e.Question)
		}
	}
	if diff := cmp.Diff([]string{"Q-R-DIFF", "Q-R-BLANK", "Q-R-TEXT", "Q-R-NONE"}, got.Unanswered); diff != "" {
		t.Errorf("unanswered (-want +got):\n%s", diff)
	}
	if n, yes, no, na := w.Answered(); n != 8 || yes != 4 || no != 2 || na != 1 {
		t.Errorf("Answered = %d %d %d %d", n, yes, no, na)
	}
}

func ExampleMap() {
	reqs := []riskassess.Requirement{{ID: "CLD-21", Kinds: []riskassess.Kind{riskassess.KindService}, AttestedBy: riskassess.AttestVendor,
		Question: &riskassess.Question{ID: "Q-CLD-21", Type: riskassess.AnswerYesNo}}}
	m := &foreign.Mapping{Questionnaire: "caiq", Versions: "4.0.x", Links: []foreign.Link{
		{Question: "STA-12.1", Requirement: "CLD-21", Strength: riskassess.StrengthFull},
		{Question: "DSP-14.1", Requirement: "CLD-21", Strength: riskassess.StrengthPartial},
	}}
	w := &foreign.Workbook{Questionnaire: "caiq", Name: "CAIQ", Version: "4.0.3", Answers: []foreign.Answer{
		{ID: "STA-12.1", Raw: "Yes", Value: "yes", Cell: "CAIQv4.0.3!C240"},
		{ID: "DSP-14.1", Raw: "No", Value: "no", Cell: "CAIQv4.0.3!C100"},
	}}
	out := foreign.Map(w, m, reqs, riskassess.KindService)
	fmt.Println(out.Answers["Q-CLD-21"].Value, out.Answers["Q-CLD-21"].Comment)
	for _, e := range out.Evidence {
		fmt.Println(e.Requirement, e.Question, e.Answer, e.Strength)
	}
	// Output:
	// yes CAIQ v4.0.3 STA-12.1: Yes
	// CLD-21 DSP-14.1 No partial
}
