package catalog

import (
	"errors"
	"reflect"
	"slices"
	"strings"
	"testing"

	"github.com/gikai-sec/riskregister/riskassess"
	"github.com/google/go-cmp/cmp"
)

func TestCatalogueData(t *testing.T) {
	if _, err := load(); err != nil {
		t.Fatal(err)
	}
	reqs := Default()
	if len(reqs) < 60 {
		t.Errorf("%d requirements, want at least 60", len(reqs))
	}
	ids, questions := map[string]bool{}, map[string]string{}
	clauseIDs := map[string]bool{}
	for _, c := range Clauses() {
		clauseIDs[c.ID] = true
	}
	for i, r := range reqs {
		if ids[r.ID] {
			t.Errorf("%s: duplicate id", r.ID)
		}
		ids[r.ID] = true
		if i > 0 && reqs[i-1].ID >= r.ID {
			t.Errorf("not sorted by id: %s before %s", reqs[i-1].ID, r.ID)
		}
		if err := validate(&r); err != nil {
			t.Errorf("%s: %v", r.ID, err)
		}
		for name, tx := range map[string]riskassess.Text{"category": r.Category, "applies_when": r.AppliesWhen} {
			if tx.Ja == "" || tx.En == "" {
				t.Errorf("%s: %s lacks ja or en", r.ID, name)
			}
		}
		if !clauseIDs[r.Clause] || r.Guideline == "" {
			t.Errorf("%s: clause %q or guideline %q missing", r.ID, r.Clause, r.Guideline)
		}
		if _, conditional := applies[r.ID]; conditional == (r.AppliesWhen == alwaysApplies) {
			t.Errorf("%s: applies_when %q does not match the applicability table (conditional: %v)", r.ID, r.AppliesWhen.Ja, conditional)
		}
		if r.Check == nil || r.Applies == nil {
			t.Errorf("%s: no check or applicability", r.ID)
		}
		if r.Field == "" && r.Question == nil {
			t.Errorf("%s: neither a field nor a question evidences it", r.ID)
		}
		// Who attests it: valid, and a question exactly when a vendor or
		// the council answers.
		if !r.AttestedBy.Valid() {
			t.Errorf("%s: attested_by %q is not one of %v", r.ID, r.AttestedBy, r.AttestedBy.Allowed())
		}
		if asked := r.AttestedBy == riskassess.AttestVendor || r.AttestedBy == riskassess.AttestCouncil; asked != (r.Question != nil) {
			t.Errorf("%s: attested by %s, question %v: only vendor and council requirements have a question", r.ID, r.AttestedBy, r.Question != nil)
		}
		if q := r.Question; q != nil {
			if q.ID != "Q-"+r.ID {
				t.Errorf("%s: question id %q, want Q-%s", r.ID, q.ID, r.ID)
			}
			if other, dup := questions[q.ID]; dup {
				t.Errorf("%s: question id %q already used by %s", r.ID, q.ID, other)
			}
			questions[q.ID] = r.ID
			if q.Text.En == "" {
				t.Errorf("%s: question has no English text", r.ID)
			}
		}
	}
}

// TestNoPrefill: CLD-10 asks whether an exception was approved for class
// 3A information; its check is met by a lower class, which must not be
// pre-filled as "yes" in a self-check (imported, it would make a later
// move to class 3A partial, "handled under an approved exception").
func TestNoPrefill(t *testing.T) {
	var got []string
	for _, r := range Default() {
		if r.NoPrefill {
			got = append(got, r.ID)
		}
	}
	if diff := cmp.Diff([]string{"CLD-10"}, got); diff != "" {
		t.Errorf("NoPrefill requirements (-want +got):\n%s", diff)
	}
}

func TestDecodeErrors(t *testing.T) {
	src := `
clauses: [{id: "6(8)②", title: {ja: a, en: b}}]
guidelines: [{id: g, title: G}]
categories: [{id: c, name: {ja: a, en: b}}]
requirements:
  - id: XYZ-01
    kinds: [vendor]
    category: nope
    guideline: g
    clause: "6(8)②"
    severity: huge
    weight: 0
    title: {ja: a, en: b}
    text: {ja: a}
    remediation: {ja: a, en: b}
`
	_, err := decode([]byte(src))
	if err == nil {
		t.Fatal("no error")
	}
	for _, want := range []string{
		`XYZ-01: no check function`, `unknown category "nope"`, `neither field nor question`,
		`unknown kind "vendor"`, `severity: "huge"`, `weight: 0 must be greater than 0`, `text: both ja and en`,
		`OUT-01: check function without a requirement`,
	} {
		if !strings.Contains(err.Error(), want) {
			t.Errorf("error lacks %q:\n%v", want, err)
		}
	}
	for _, tt := range []struct{ attester, question, want string }{
		{"", "", "attested_by: required"},
		{"auditor", "", `attested_by: "auditor" is not one of`},
		{"register", "question: {type: yesno, text: {ja: q, en: q}}", "register requirements are decided by the register's facts"},
		{"vendor", "", "vendor answers through a question, but the requirement has none"},
		{"council", "", "council answers through a question, but the requirement has none"},
	} {
		src := "requirements:\n  - {id: OUT-01, kinds: [contractor], attested_by: \"" + tt.attester + "\", field: x, severity: low, weight: 1"
		if tt.question != "" {
			src += ", " + tt.question
		}
		src += "}\n"
		if _, err := decode([]byte(src)); err == nil || !strings.Contains(err.Error(), tt.want) {
			t.Errorf("attested_by %q, question %q: error %v, want %q", tt.attester, tt.question, err, tt.want)
		}
	}
	if _, err := decode([]byte("requirements: [{id: A, colour: red}]")); err == nil || !strings.Contains(err.Error(), "colour") {
		t.Errorf("unknown field not reported: %v", err)
	}
}

func TestDefaultReturnsCopies(t *testing.T) {
	a := Default()
	a[0].Kinds[0] = "changed"
	a[0].Title.Ja = "changed"
	for i := range a {
		if a[i].Question != nil {
			a[i].Question.Text.Ja = "changed"
		}
	}
	b := Default()
	if b[0].Kinds[0] == "changed" || b[0].Title.Ja == "changed" {
		t.Error("Default shares kinds or values between calls")
	}
	for _, r := range b {
		if r.Question != nil && r.Question.Text.Ja == "changed" {
			t.Fatalf("%s: Default shares questions between calls", r.ID)
		}
	}
}

func find(reqs []riskassess.Requirement, id string) *riskassess.Requirement {
	for i := range reqs {
		if reqs[i].ID == id {
			return &reqs[i]
		}
	}
	return nil
}

func yesnoCustom(id string) riskassess.CustomRequirement {
	return riskassess.CustomRequirement{
		ID: id, Kinds: []riskassess.Kind{riskassess.KindService}, Severity: riskassess.SeverityMedium,
		Title:      riskassess.T("生成AIの入力制限", "Limits on input to generative AI"),
		Question:   riskassess.Question{ID: "Q-" + id, Type: riskassess.AnswerYesNo, Text: riskassess.T("入力制限がありますか", "Is input limited?")},
		AttestedBy: riskassess.AttestVendor,
	}
}

func TestForOrg(t *testing.T) {
	if got, err := ForOrg(nil); err != nil || len(got) != len(Default()) {
		t.Fatalf("ForOrg(nil) = %d requirements, %v", len(got), err)
	}
	choiceReq := riskassess.CustomRequirement{
		ID: "CHOFU-02", Kinds: []riskassess.Kind{riskassess.KindSocial}, Severity: riskassess.SeverityLow, Weight: 2.5,
		Title: riskassess.T("投稿頻度", "Posting frequency"),
		Question: riskassess.Question{ID: "Q-CHOFU-02", Type: riskassess.AnswerChoice, Text: riskassess.T("頻度", "Frequency"),
			Choices: []riskassess.Choice{{ID: "weekly"}, {ID: "monthly"}}},
		Expect: "weekly", AttestedBy: riskassess.AttestCouncil,
	}
	org := &riskassess.Organisation{Requirements: riskassess.RequirementSettings{
		Disable:  []string{"SNS-12", "CLD-24"},
		Override: []riskassess.RequirementOverride{{ID: "OUT-16", Severity: riskassess.SeverityCritical}, {ID: "CLD-20", Weight: 5}},
		Add:      []riskassess.CustomRequirement{yesnoCustom("CHOFU-01"), choiceReq},
	}}
	got, err := ForOrg(org)
	if err != nil {
		t.Fatal(err)
	}
	if want := len(Default()) - 2 + 2; len(got) != want {
		t.Errorf("%d requirements, want %d", len(got), want)
	}
	if find(got, "SNS-12") != nil || find(got, "CLD-24") != nil {
		t.Error("disabled requirements still present")
	}
	if r := find(got, "OUT-16"); r.Severity != riskassess.SeverityCritical || r.Weight != find(Default(), "OUT-16").Weight {
		t.Errorf("OUT-16 override: severity %s weight %v", r.Severity, r.Weight)
	}
	if r := find(got, "CLD-20"); r.Weight != 5 || r.Severity != riskassess.SeverityHigh {
		t.Errorf("CLD-20 override: severity %s weight %v", r.Severity, r.Weight)
	}
	if !slices.IsSortedFunc(got, func(a, b riskassess.Requirement) int { return strings.Compare(a.ID, b.ID) }) {
		t.Error("not sorted by id")
	}
	c1, c2 := find(got, "CHOFU-01"), find(got, "CHOFU-02")
	if c1 == nil || c2 == nil {
		t.Fatal("custom requirements missing")
	}
	// No weight: by severity (medium 2) in the control score, as for the
	// built-in requirements; it was 1 whatever the severity.
	if c1.Weight != 0 || c2.Weight != 2.5 || c1.Question.ID != "Q-CHOFU-01" {
		t.Errorf("custom weights %v %v, question %s", c1.Weight, c2.Weight, c1.Question.ID)
	}
	for _, tt := range []struct {
		sev  riskassess.Severity
		want float64
	}{{riskassess.SeverityLow, 1}, {riskassess.SeverityMedium, 2}, {riskassess.SeverityCritical, 4}} {
		c := yesnoCustom("CHOFU-09")
		c.Severity = tt.sev
		reqs, err := ForOrg(&riskassess.Organisation{Requirements: riskassess.RequirementSettings{Add: []riskassess.CustomRequirement{c}}})
		if err != nil {
			t.Fatal(err)
		}
		svc := &riskassess.Service{Common: riskassess.Common{ID: "s", Answers: map[string]riskassess.Answer{"Q-CHOFU-09": {Value: "yes"}}}}
		fs := riskassess.Findings(&riskassess.Organisation{}, []riskassess.Requirement{*find(reqs, "CHOFU-09")}, svc, riskassess.NewDate(2026, 4, 1))
		if len(fs) != 1 || fs[0].Weight != tt.want {
			t.Errorf("custom %s requirement without a weight: finding weight %v, want %v (by severity)", tt.sev, fs[0].Weight, tt.want)
		}
	}
	if find(Default(), "OUT-16").Severity == riskassess.SeverityCritical {
		t.Error("ForOrg changed the default catalogue")
	}

	// The custom checks.
	tests := []struct {
		r    *riskassess.Requirement
		e    riskassess.Entry
		qa   []string
		want riskassess.Outcome
	}{
		{c1, svc(), []string{"Q-CHOFU-01", "yes"}, met},
		{c1, svc(), []string{"Q-CHOFU-01", "no"}, notMet},
		{c1, svc(), []string{"Q-CHOFU-01", "partial"}, part},
		{c1, svc(), []string{"Q-CHOFU-01", "na"}, na},
		{c1, svc(), []string{"Q-CHOFU-01", " "}, noAns},
		{c1, svc(), nil, noAns},
		{c2, soc(), []string{"Q-CHOFU-02", "weekly"}, met},
		{c2, soc(), []string{"Q-CHOFU-02", "monthly"}, notMet},
	}
	for _, tt := range tests {
		got := evaluate(*tt.r, sub(tt.e, tt.qa...))
		if got.Outcome != tt.want {
			t.Errorf("%s %v: %s, want %s", tt.r.ID, tt.qa, got.Outcome, tt.want)
		}
		if got.Outcome != noAns && got.Evidence != "answers."+tt.r.Question.ID {
			t.Errorf("%s: evidence %q", tt.r.ID, got.Evidence)
		}
	}
	if c2.Applies(sub(svc())) {
		t.Error("a social-only custom requirement applies to a service")
	}
	if o := c2.Check(sub(svc(), "Q-CHOFU-02", "weekly")).Outcome; o != na {
		t.Errorf("a social-only custom requirement checked on a service: %s, want %s", o, na)
	}
}

func TestCustomExpect(t *testing.T) {
	no := yesnoCustom("ORG-NO")
	no.Expect = "no"
	text := yesnoCustom("ORG-TEXT")
	text.Question.Type = riskassess.AnswerText
	got, err := ForOrg(&riskassess.Organisation{Requirements: riskassess.RequirementSettings{Add: []riskassess.CustomRequirement{no, text}}})
	if err != nil {
		t.Fatal(err)
	}
	if o := evaluate(*find(got, "ORG-NO"), sub(svc(), "Q-ORG-NO", "no")).Outcome; o != met {
		t.Errorf("expect no, answer no: %s", o)
	}
	if o := evaluate(*find(got, "ORG-NO"), sub(svc(), "Q-ORG-NO", "yes")).Outcome; o != notMet {
		t.Errorf("expect no, answer yes: %s", o)
	}
	if o := evaluate(*find(got, "ORG-TEXT"), sub(svc(), "Q-ORG-TEXT", "毎月")).Outcome; o != met {
		t.Errorf("text question, any answer: %s", o)
	}
	hours := yesnoCustom("ORG-HOURS")
	hours.Question.Type, hours.Expect = riskassess.AnswerNumber, "1"
	got, err = ForOrg(&riskassess.Organisation{Requirements: riskassess.RequirementSettings{Add: []riskassess.CustomRequirement{hours}}})
	if err != nil {
		t.Fatal(err)
	}
	for _, tt := range []struct {
		answer string
		want   riskassess.Outcome
	}{{"1", met}, {"1.0", met}, {"01", met}, {"2", notMet},
		// Go's number syntax is no vendor's: 0_1 was read as 1 (met).
		{"0_1", notMet}, {"0x1p0", notMet}} {
		if o := evaluate(*find(got, "ORG-HOURS"), sub(svc(), "Q-ORG-HOURS", tt.answer)).Outcome; o != tt.want {
			t.Errorf("number question, expect 1, answer %q: %s, want %s", tt.answer, o, tt.want)
		}
	}
}

func TestForOrgErrors(t *testing.T) {
	bad := yesnoCustom("ORG-03")
	bad.Kinds = []riskassess.Kind{"vendor"}
	bad.Severity = "urgent"
	bad.Weight = -1
	bad.Question.ID = "Q ORG"
	bad.Question.Type = "list"
	clash := yesnoCustom("OUT-01")
	dupQ := yesnoCustom("ORG-04")
	dupQ.Question.ID = "Q-SNS-13"
	choiceNoExpect := yesnoCustom("ORG-05")
	choiceNoExpect.Question.Type = riskassess.AnswerChoice
	choiceNoExpect.Question.Choices = []riskassess.Choice{{ID: "a"}, {ID: "b"}}
	badExpect := yesnoCustom("ORG-06")
	badExpect.Expect = "はい"
	noKinds := yesnoCustom("ORG-07")
	noKinds.Kinds = nil
	noKinds.Title = riskassess.Text{}
	noAttester := yesnoCustom("ORG-08")
	noAttester.AttestedBy = ""
	registerAttester := yesnoCustom("ORG-09")
	registerAttester.AttestedBy = riskassess.AttestRegister
	numberWords := yesnoCustom("ORG-10")
	numberWords.Question.Type, numberWords.Expect = riskassess.AnswerNumber, "1時間以内"
	dateYes := yesnoCustom("ORG-11")
	dateYes.Question.Type, dateYes.Expect = riskassess.AnswerDate, "yes"
	numberOK := yesnoCustom("ORG-12")
	numberOK.Question.Type, numberOK.Expect = riskassess.AnswerNumber, "1"
	org := &riskassess.Organisation{Requirements: riskassess.RequirementSettings{
		Disable: []string{"SNS-12", "SNS-99"},
		Override: []riskassess.RequirementOverride{
			{ID: "OUT-10", Weight: 2}, {ID: "OUT-16", Severity: "severe"}, {ID: "OUT-99"}, {ID: "CLD-20", Weight: -3},
			{ID: "ORG-01"},
		},
		Add: []riskassess.CustomRequirement{yesnoCustom("ORG-01"), yesnoCustom("ORG-01"), bad, clash, dupQ, choiceNoExpect, badExpect, noKinds, noAttester, registerAttester, numberWords, dateYes, numberOK},
	}}
	reqs, err := ForOrg(org)
	if err == nil || reqs != nil {
		t.Fatalf("ForOrg = %d requirements, %v; want an error", len(reqs), err)
	}
	var got []string
	for _, e := range splitJoined(err) {
		var se *SettingError
		if !errors.As(e, &se) {
			t.Fatalf("%T is not a *SettingError: %v", e, e)
		}
		got = append(got, se.Path)
	}
	want := []string{
		"requirements.add[1].id",
		"requirements.add[2].kinds[0]",
		"requirements.add[2].severity",
		"requirements.add[2].weight",
		"requirements.add[2].question.id",
		"requirements.add[2].question.type",
		"requirements.add[3].id",
		"requirements.add[4].question.id",
		"requirements.add[5].expect",
		"requirements.add[6].expect",
		"requirements.add[7].kinds",
		"requirements.add[7].title.ja",
		"requirements.add[8].attested_by",
		"requirements.add[9].attested_by",
		"requirements.add[10].expect",
		"requirements.add[11].expect",
		"requirements.override[1].severity",
		"requirements.override[2].id",
		"requirements.override[3].weight",
		"requirements.override[4].id",
		"requirements.disable[1]",
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("error paths (-want +got):\n%s\nerror:\n%v", diff, err)
	}
	msg := err.Error()
	for _, w := range []string{
		`register.yaml: requirements.override[2].id: unknown requirement "OUT-99"`,
		`register.yaml: requirements.disable[1]: unknown requirement "SNS-99"`,
		`register.yaml: requirements.add[3].id: "OUT-01" is a built-in requirement id`,
		`register.yaml: requirements.add[4].question.id: question id "Q-SNS-13" is already used`,
		`register.yaml: requirements.override[3].weight: -3 is negative`,
		`register.yaml: requirements.add[10].expect: "1時間以内" is not an answer to a question of type number`,
	} {
		if !strings.Contains(msg, w) {
			t.Errorf("error lacks %q:\n%s", w, msg)
		}
	}
}

// settingPaths returns the paths of the *SettingError values of err.
func settingPaths(t *testing.T, err error) []string {
	t.Helper()
	if err == nil {
		return nil
	}
	var got []string
	for _, e := range splitJoined(err) {
		var se *SettingError
		if !errors.As(e, &se) {
			t.Fatalf("%T is not a *SettingError: %v", e, e)
		}
		got = append(got, se.Path)
	}
	return got
}

// TestForOrgCustomClause: an organisation's own requirement cites a
// clause of policy.clauses when register.yaml lists them. "9(9)" for
// "6(9)" was accepted and shown on every finding as a clause of the
// policy.
func TestForOrgCustomClause(t *testing.T) {
	policy := riskassess.Policy{Clauses: []riskassess.Clause{{ID: "6(7)"}, {ID: "6(9)"}}}
	for _, tt := range []struct {
		name   string
		policy riskassess.Policy
		clause string
		want   []string
	}{
		{"listed", policy, "6(9)", nil},
		{"not listed", policy, "9(9)", []string{"requirements.add[0].clause"}},
		{"full width", policy, "６(９)", []string{"requirements.add[0].clause"}},
		{"no clause", policy, "", nil},
		{"no policy clauses to check against", riskassess.Policy{}, "9(9)", nil},
	} {
		c := yesnoCustom("ORG-01")
		c.Clause = tt.clause
		_, err := ForOrg(&riskassess.Organisation{Policy: tt.policy, Requirements: riskassess.RequirementSettings{Add: []riskassess.CustomRequirement{c}}})
		if diff := cmp.Diff(tt.want, settingPaths(t, err)); diff != "" {
			t.Errorf("%s: clause %q: error paths (-want +got):\n%s\nerror: %v", tt.name, tt.clause, diff, err)
		}
	}
}

// TestForOrgChoiceLabels: the workbook import reads an answer as the
// first choice whose id or label it equals, so two choices that read the
// same stored the first whatever the vendor picked. A choice without a
// label is fine: the workbook shows its id.
func TestForOrgChoiceLabels(t *testing.T) {
	ch := func(id, ja, en string) riskassess.Choice {
		return riskassess.Choice{ID: id, Label: riskassess.T(ja, en)}
	}
	for _, tt := range []struct {
		name    string
		choices []riskassess.Choice
		want    []string
	}{
		{"own labels", []riskassess.Choice{ch("weekly", "毎週", "Weekly"), ch("monthly", "毎月", "Monthly")}, nil},
		{"no labels", []riskassess.Choice{ch("weekly", "", ""), ch("monthly", "", "")}, nil},
		{"label the same as its own id", []riskassess.Choice{ch("weekly", "weekly", "WEEKLY"), ch("monthly", "毎月", "")}, nil},
		{"same Japanese label", []riskassess.Choice{ch("weekly", "毎週", ""), ch("monthly", "毎週", "")},
			[]string{"requirements.add[0].question.choices[1].label.ja"}},
		{"same label but for spaces", []riskassess.Choice{ch("weekly", "毎週　報告", ""), ch("monthly", " 毎週 報告", "")},
			[]string{"requirements.add[0].question.choices[1].label.ja"}},
		{"label reads as another id", []riskassess.Choice{ch("weekly", "毎週", ""), ch("monthly", "毎月", "ＷＥＥＫＬＹ")},
			[]string{"requirements.add[0].question.choices[1].label.en"}},
		{"labels alike once half-width katakana is folded", []riskassess.Choice{ch("a", "ﾊｲ", ""), ch("b", "ハイ", "")},
			[]string{"requirements.add[0].question.choices[1].label.ja"}},
		{"label of an earlier choice is a later id", []riskassess.Choice{ch("a", "", "b"), ch("b", "", "")},
			[]string{"requirements.add[0].question.choices[0].label.en"}},
	} {
		c := yesnoCustom("ORG-01")
		c.Question.Type, c.Question.Choices, c.Expect = riskassess.AnswerChoice, tt.choices, tt.choices[0].ID
		_, err := ForOrg(&riskassess.Organisation{Requirements: riskassess.RequirementSettings{Add: []riskassess.CustomRequirement{c}}})
		if diff := cmp.Diff(tt.want, settingPaths(t, err)); diff != "" {
			t.Errorf("%s: error paths (-want +got):\n%s\nerror: %v", tt.name, diff, err)
		}
	}
}

// yamlFields lists the YAML field names of struct type t, including
// inlined structs.
func yamlFields(t reflect.Type) map[string]bool {
	out := map[string]bool{}
	for i := 0; i < t.NumField(); i++ {
		f := t.Field(i)
		name, opts, _ := strings.Cut(f.Tag.Get("yaml"), ",")
		if opts == "inline" {
			for k := range yamlFields(f.Type) {
				out[k] = true
			}
			continue
		}
		if name != "" && name != "-" {
			out[name] = true
		}
	}
	return out
}

// pathRoot returns the first element of a field path: "contracts" of
// "contracts[0].clauses".
func pathRoot(p string) string {
	if i := strings.IndexAny(p, ".["); i >= 0 {
		return p[:i]
	}
	return p
}

var kindTypes = map[riskassess.Kind]reflect.Type{
	riskassess.KindContractor: reflect.TypeFor[riskassess.Contractor](),
	riskassess.KindService:    reflect.TypeFor[riskassess.Service](),
	riskassess.KindSocial:     reflect.TypeFor[riskassess.Social](),
}

// TestFieldPaths checks that every register field a requirement names, and
// every evidence path a check returns in the table tests, starts with a
// real YAML field of the entry (or "answers").
func TestFieldPaths(t *testing.T) {
	for _, r := range Default() {
		if r.Field == "" {
			continue
		}
		for _, k := range r.Kinds {
			if !slices.ContainsFunc(strings.Split(r.Field, ", "), func(p string) bool { return yamlFields(kindTypes[k])[pathRoot(p)] }) {
				t.Errorf("%s: field %q names no field of a %s", r.ID, r.Field, k)
			}
		}
	}
	all := cases()
	for _, r := range Default() {
		for _, c := range all[r.ID] {
			ev := evaluate(r, c.s).Evidence
			if ev == "" || pathRoot(ev) == "answers" {
				continue
			}
			if !yamlFields(kindTypes[c.s.Entry.Kind()])[pathRoot(ev)] {
				t.Errorf("%s/%s: evidence %q is not a field of a %s", r.ID, c.name, ev, c.s.Entry.Kind())
			}
		}
	}
}

// TestZeroEntries runs every check on empty entries without organisation
// or answers: nothing may panic, and the outcome must be a valid one.
func TestZeroEntries(t *testing.T) {
	for _, e := range []riskassess.Entry{&riskassess.Contractor{}, &riskassess.Service{}, &riskassess.Social{}} {
		s := &riskassess.Subject{Entry: e, AsOf: asOf}
		for _, r := range Default() {
			if !r.AppliesTo(e.Kind()) {
				continue
			}
			if got := evaluate(r, s).Outcome; !got.Valid() {
				t.Errorf("%s on an empty %s: outcome %q", r.ID, e.Kind(), got)
			}
		}
	}
}

func BenchmarkDefault(b *testing.B) {
	n := 0
	for b.Loop() {
		n = len(Default())
	}
	if n < 60 {
		b.Fatalf("Default returned %d requirements", n)
	}
}

// BenchmarkCheckAll runs every check once on a contractor, a service and a
// social account.
func BenchmarkCheckAll(b *testing.B) {
	reqs := Default()
	subjects := []*riskassess.Subject{sub(con(personal)), sub(svc()), sub(soc())}
	// The subjects must exercise checks, and the checks give real outcomes.
	for _, s := range subjects {
		n := 0
		for _, r := range reqs {
			if r.Applies(s) {
				n++
				if o := r.Check(s).Outcome; !o.Valid() {
					b.Fatalf("%s on a %s: outcome %q", r.ID, s.Entry.Kind(), o)
				}
			}
		}
		if n == 0 {
			b.Fatalf("no requirement applies to the %s", s.Entry.Kind())
		}
	}
	for b.Loop() {
		for _, s := range subjects {
			for _, r := range reqs {
				if r.Applies(s) {
					_ = r.Check(s)
				}
			}
		}
	}
}

// TestForOrgOverrideDisabled: a built-in requirement under both
// requirements.override and requirements.disable is refused at the
// override item; before, ForOrg accepted it and the override had no
// effect (the requirement was left out), with no word said.
func TestForOrgOverrideDisabled(t *testing.T) {
	for _, tt := range []struct {
		name     string
		disable  []string
		override []riskassess.RequirementOverride
		want     []string // setting error paths
	}{
		{"overridden and disabled", []string{"SNS-18"}, []riskassess.RequirementOverride{{ID: "OUT-31", Weight: 5}, {ID: "SNS-18", Severity: riskassess.SeverityHigh}},
			[]string{"requirements.override[1].id"}},
		{"disabled, another overridden", []string{"SNS-18"}, []riskassess.RequirementOverride{{ID: "OUT-31", Weight: 5}}, nil},
		{"unknown id in both: reported once each", []string{"OUT-99"}, []riskassess.RequirementOverride{{ID: "OUT-99", Weight: 2}},
			[]string{"requirements.override[0].id", "requirements.disable[0]"}},
	} {
		t.Run(tt.name, func(t *testing.T) {
			_, err := ForOrg(&riskassess.Organisation{Requirements: riskassess.RequirementSettings{Disable: tt.disable, Override: tt.override}})
			if d := cmp.Diff(tt.want, settingPaths(t, err)); d != "" {
				t.Errorf("setting errors (-want +got):\n%s\n%v", d, err)
			}
		})
	}
	_, err := ForOrg(&riskassess.Organisation{Requirements: riskassess.RequirementSettings{Disable: []string{"SNS-18"},
		Override: []riskassess.RequirementOverride{{ID: "SNS-18", Weight: 2}}}})
	if w := `register.yaml: requirements.override[0].id: requirement "SNS-18" is also under requirements.disable`; err == nil || !strings.Contains(err.Error(), w) {
		t.Errorf("ForOrg = %v, want %q", err, w)
	}
}
