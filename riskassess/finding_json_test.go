package riskassess

import (
	"encoding/json"
	"reflect"
	"strings"
	"testing"
)

// TestFindingJSON checks that a finding marshals as one object with its
// spec's fields in their places among its own (the layout of the export
// schema), HTML characters escaped as encoding/json escapes them, that it
// reads back into an equal finding, and that a finding without a spec
// marshals with empty fixed fields.
func TestFindingJSON(t *testing.T) {
	f := Finding{
		FindingSpec: &FindingSpec{Requirement: "OUT-1", Title: T("題<", "title"), Severity: SeverityHigh,
			Clause: "6(8)", Remediation: T("直す&", "fix"), Weight: 3},
		Outcome: OutcomeNotMet, Evidence: "contracts[0].clauses", Message: T("理由", "why"),
		DueOn:      new(NewDate(2026, 4, 1)),
		Provenance: &Provenance{From: AttestRegister, Field: "contracts[0].clauses"},
		Conflict:   new(T("矛盾", "conflict")),
	}
	want := `{"requirement":"OUT-1","title":{"ja":"題\u003c","en":"title"},"outcome":"not-met","severity":"high",` +
		`"clause":"6(8)","evidence":"contracts[0].clauses","message":{"ja":"理由","en":"why"},` +
		`"remediation":{"ja":"直す\u0026","en":"fix"},"due":"2026-04-01","weight":3,` +
		`"provenance":{"from":"register","field":"contracts[0].clauses"},"conflict":{"ja":"矛盾","en":"conflict"}}`
	for _, v := range []any{f, &f, []Finding{f}} {
		b, err := json.Marshal(v)
		if err != nil {
			t.Fatal(err)
		}
		got := string(b)
		if _, ok := v.([]Finding); ok {
			got = got[1 : len(got)-1]
		}
		if got != want {
			t.Errorf("json.Marshal(%T) =\n%s\nwant\n%s", v, got, want)
		}
	}
	var back Finding
	if err := json.Unmarshal([]byte(want), &back); err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(back, f) || back.FindingSpec == f.FindingSpec {
		t.Errorf("read back %+v (spec %+v), want %+v with a spec of its own", back, back.FindingSpec, f)
	}
	b, err := json.Marshal(Finding{Outcome: OutcomeMet})
	if err != nil {
		t.Fatal(err)
	}
	if want := `{"requirement":"","title":{"ja":""},"outcome":"met","severity":"","message":{"ja":""},"remediation":{"ja":""}}`; string(b) != want {
		t.Errorf("finding without a spec: %s, want %s", b, want)
	}
}

// TestFindingSpecsShared checks that the findings of one requirement
// share its specs (one with the remediation, for outcomes that need
// action, one without) rather than each copying the fixed texts.
func TestFindingSpecsShared(t *testing.T) {
	outs := []Outcome{OutcomeMet, OutcomeNotMet, OutcomeMet, OutcomePartial}
	n := 0
	reqs := []Requirement{{ID: "A-1", Kinds: []Kind{KindService}, Severity: SeverityHigh, Title: T("題", "title"),
		Remediation: T("直す", "fix"), Check: func(*Subject) Result { n++; return Result{Outcome: outs[(n-1)%len(outs)]} }}}
	reg := &Register{}
	for _, id := range []string{"s1", "s2", "s3", "s4"} {
		reg.Services = append(reg.Services, &Service{Common: Common{ID: id}})
	}
	as := mustAssess(Scorer{Blockers: []BlockerRule{}}.AssessAll(reg, reqs, NewDate(2026, 4, 1)))
	specs := map[Outcome]*FindingSpec{}
	for _, a := range as {
		f := a.Findings[0]
		if s, ok := specs[f.Outcome]; ok && s != f.FindingSpec {
			t.Errorf("%s: two specs for outcome %s", a.EntryID, f.Outcome)
		}
		specs[f.Outcome] = f.FindingSpec
		wantRem := Text{}
		if f.Outcome.NeedsAction() {
			wantRem = T("直す", "fix")
		}
		if f.Remediation != wantRem || f.Weight != 3 || f.Title != T("題", "title") {
			t.Errorf("%s: %+v", a.EntryID, *f.FindingSpec)
		}
	}
	if specs[OutcomeNotMet] != specs[OutcomePartial] || specs[OutcomeMet] == specs[OutcomeNotMet] {
		t.Errorf("specs by outcome %v: want one for met, one shared by not-met and partial", specs)
	}
}

// TestFindingDueOn: a finding without a date (DueOn nil, or pointing to
// the zero Date) has no "due" in its JSON and Due gives the zero Date; a
// dated one gives its date both ways.
func TestFindingDueOn(t *testing.T) {
	spec := &FindingSpec{Requirement: "OUT-1"}
	for _, f := range []Finding{{FindingSpec: spec}, {FindingSpec: spec, DueOn: new(Date{})}} {
		b, err := json.Marshal(f)
		if err != nil || strings.Contains(string(b), `"due"`) {
			t.Errorf("no date: %s, %v", b, err)
		}
		if !f.Due().IsZero() {
			t.Errorf("no date: Due() = %v", f.Due())
		}
		var back Finding
		if err := json.Unmarshal(b, &back); err != nil || back.DueOn != nil {
			t.Errorf("no date read back: %+v, %v", back.DueOn, err)
		}
	}
	f := Finding{FindingSpec: spec, DueOn: new(NewDate(2026, 5, 1))}
	b, _ := json.Marshal(f)
	var back Finding
	if err := json.Unmarshal(b, &back); err != nil || !strings.Contains(string(b), `"due":"2026-05-01"`) || back.Due() != NewDate(2026, 5, 1) {
		t.Errorf("dated: %s read back as %v, %v", b, back.Due(), err)
	}
}
