package catalog

import (
	"strconv"
	"testing"

	"github.com/gikai-sec/riskregister/riskassess"
	"github.com/google/go-cmp/cmp"
)

func TestCheckReferences(t *testing.T) {
	c := &riskassess.Contractor{
		Common: riskassess.Common{ID: "acme", Source: "contractors/acme.yaml", Answers: map[string]riskassess.Answer{
			"Q-OUT-31": {Value: "2026-04-01"}, "Q-NOPE-1": {Value: "yes"}, "Q-SNS-01": {Value: "yes"},
		}},
		Contracts: []riskassess.Contract{{ID: "c1", Clauses: []riskassess.ContractClause{
			{Requirement: "OUT-10"}, {Requirement: "OUT-99"}, {Requirement: "CLD-20"},
		}}},
		Remediation: []riskassess.RemediationItem{{Summary: "x", Requirement: "OUT-3l"}, {Summary: "y"}},
	}
	s := &riskassess.Service{Common: riskassess.Common{ID: "mail", Source: "services/mail.yaml", Answers: map[string]riskassess.Answer{
		"Q-CLD-20": {Value: "yes"},
	}}}
	reg := &riskassess.Register{Contractors: []*riskassess.Contractor{c}, Services: []*riskassess.Service{s}}
	type got struct{ File, Path, Value string }
	var gots []got
	for _, e := range CheckReferences(reg, Default()) {
		gots = append(gots, got{e.File, e.Path, e.Value})
		if e.Msg.Ja == "" || e.Msg.En == "" {
			t.Errorf("%s %s: message missing a language: %+v", e.File, e.Path, e.Msg)
		}
	}
	want := []got{
		{"contractors/acme.yaml", "contracts[0].clauses[1].requirement", "OUT-99"},
		{"contractors/acme.yaml", "contracts[0].clauses[2].requirement", "CLD-20"}, // a service requirement
		{"contractors/acme.yaml", "remediation[0].requirement", "OUT-3l"},
		{"contractors/acme.yaml", "answers.Q-NOPE-1", "Q-NOPE-1"},
		{"contractors/acme.yaml", "answers.Q-SNS-01", "Q-SNS-01"}, // a social question
	}
	if diff := cmp.Diff(want, gots); diff != "" {
		t.Errorf("CheckReferences mismatch (-want +got):\n%s", diff)
	}
}

// TestCheckReferencesAnswers: an answer typed into the file must fit its
// question. "はい" for a yes/no question was scored "回答「はい」は「はい」で
// はない" (not met; SNS-05 critical, so the account was rejected) while
// validate said OK.
func TestCheckReferencesAnswers(t *testing.T) {
	s := &riskassess.Social{Common: riskassess.Common{ID: "x", Source: "social/x.yaml", Answers: map[string]riskassess.Answer{
		"Q-SNS-01": {Value: "yes"}, "Q-SNS-02": {Value: " no "}, "Q-SNS-03": {Value: "partial"}, "Q-SNS-07": {Value: "na"},
		"Q-SNS-05": {Value: "はい"}, "Q-SNS-09": {Value: "YES"}, "Q-SNS-10": {Value: "該当なし"}, "Q-SNS-08": {Value: "ok"},
		"Q-SNS-12": {Value: ""},
	}}}
	c := &riskassess.Contractor{Common: riskassess.Common{ID: "acme", Source: "contractors/acme.yaml", Answers: map[string]riskassess.Answer{
		"Q-OUT-31": {Value: "2025/06/18"}, "Q-OUT-32": {Value: "yes"},
	}}}
	// Q-CLD-19 asks for a number (availability in percent).
	svc := func(id, v string) *riskassess.Service {
		return &riskassess.Service{Common: riskassess.Common{ID: id, Source: "services/" + id + ".yaml", Answers: map[string]riskassess.Answer{"Q-CLD-19": {Value: v}}}}
	}
	services := []*riskassess.Service{svc("s1", "99.9"), svc("s2", "99.9%"), svc("s3", "0"), svc("s4", "NaN"), svc("s5", "+Inf"), svc("s6", "九九"), svc("s7", "9_9.9"), svc("s8", "0x1p4")}
	// Q-CLD-55 is a choice question: a choice id or na. partial is no
	// choice: the scorer gave "回答「partial」は選択肢にない" (not met).
	for i, v := range []string{"user", "na", "partial"} {
		id := "t" + strconv.Itoa(i+1)
		services = append(services, &riskassess.Service{Common: riskassess.Common{ID: id, Source: "services/" + id + ".yaml",
			Answers: map[string]riskassess.Answer{"Q-CLD-55": {Value: v}}}})
	}
	reg := &riskassess.Register{Contractors: []*riskassess.Contractor{c}, Services: services, Social: []*riskassess.Social{s}}
	var got []string
	for _, e := range CheckReferences(reg, Default()) {
		got = append(got, e.Code+" "+e.File+" "+e.Path+": "+e.Msg.En)
	}
	want := []string{
		`bad-answer contractors/acme.yaml answers.Q-OUT-31.value: answer "2025/06/18" is not a date: write YYYY-MM-DD, e.g. 2026-04-01`,
		`bad-answer services/s4.yaml answers.Q-CLD-19.value: answer "NaN" is not a number: write digits, e.g. 99.9`,
		`bad-answer services/s5.yaml answers.Q-CLD-19.value: answer "+Inf" is not a number: write digits, e.g. 99.9`,
		`bad-answer services/s6.yaml answers.Q-CLD-19.value: answer "九九" is not a number: write digits, e.g. 99.9`,
		`bad-answer services/s7.yaml answers.Q-CLD-19.value: answer "9_9.9": an _ is not read as a digit separator (read as 99.9 it may be another number); write digits and a dot only, e.g. 99.9`,
		`bad-answer services/s8.yaml answers.Q-CLD-19.value: answer "0x1p4" is not a number: write digits, e.g. 99.9`,
		`bad-answer services/t3.yaml answers.Q-CLD-55.value: answer "partial" is not a choice: want one of user, service-only, provider`,
		`bad-answer social/x.yaml answers.Q-SNS-05.value: answer "はい": write yes (a yes/no question takes yes, no, partial or na)`,
		`bad-answer social/x.yaml answers.Q-SNS-08.value: answer "ok": a yes/no question takes yes, no, partial or na`,
		`bad-answer social/x.yaml answers.Q-SNS-09.value: answer "YES": write yes (a yes/no question takes yes, no, partial or na)`,
		`bad-answer social/x.yaml answers.Q-SNS-10.value: answer "該当なし": write na (a yes/no question takes yes, no, partial or na)`,
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("(-want +got):\n%s", diff)
	}
}

// TestCheckReferencesDisabled: a requirement switched off in register.yaml
// still exists; clauses and answers that cite it are not errors.
func TestCheckReferencesDisabled(t *testing.T) {
	// ORG-01, the organisation's own, was not: its answers were
	// unknown questions once it was disabled.
	own := yesnoCustom("ORG-01")
	own.Kinds = []riskassess.Kind{riskassess.KindContractor}
	org := riskassess.Organisation{Requirements: riskassess.RequirementSettings{Disable: []string{"OUT-10", "OUT-31", "ORG-01"},
		Add: []riskassess.CustomRequirement{own}}}
	reqs, err := ForOrg(&org)
	if err != nil {
		t.Fatal(err)
	}
	c := &riskassess.Contractor{
		Common: riskassess.Common{ID: "acme", Source: "contractors/acme.yaml",
			Answers: map[string]riskassess.Answer{"Q-OUT-31": {Value: "2026-04-01"}, "Q-ORG-01": {Value: "yes"}}},
		Contracts: []riskassess.Contract{{ID: "c1", Clauses: []riskassess.ContractClause{{Requirement: "OUT-10"}}}},
	}
	reg := &riskassess.Register{Org: org, Contractors: []*riskassess.Contractor{c}}
	if errs := CheckReferences(reg, reqs); len(errs) != 0 {
		t.Errorf("disabled requirements reported: %v", errs)
	}
}

// TestMergedIDs: an id merged into another (catalog.MergedRequirements)
// is refused in register.yaml settings and in entries, and the message
// names what replaced it.
func TestMergedIDs(t *testing.T) {
	c := &riskassess.Contractor{
		Common:    riskassess.Common{ID: "acme", Source: "contractors/acme.yaml"},
		Contracts: []riskassess.Contract{{ID: "c1", Clauses: []riskassess.ContractClause{{Requirement: "AUD-02"}}}},
	}
	reg := &riskassess.Register{Contractors: []*riskassess.Contractor{c}}
	var msgs []string
	for _, e := range CheckReferences(reg, Default()) {
		msgs = append(msgs, e.Path+": "+e.Msg.En)
	}
	want := []string{`contracts[0].clauses[0].requirement: requirement "AUD-02" was merged into the expiry finding EXP-REVIEW and is no longer a catalogue requirement; remove this reference`}
	if diff := cmp.Diff(want, msgs); diff != "" {
		t.Errorf("CheckReferences (-want +got):\n%s", diff)
	}

	org := &riskassess.Organisation{Requirements: riskassess.RequirementSettings{
		Disable:  []string{"AUD-02"},
		Override: []riskassess.RequirementOverride{{ID: "EXP-PASSWORD", Weight: 3}},
	}}
	_, err := ForOrg(org)
	var got []string
	for _, e := range err.(interface{ Unwrap() []error }).Unwrap() {
		got = append(got, e.Error())
	}
	want = []string{
		`register.yaml: requirements.override[0].id: requirement "EXP-PASSWORD" was merged into SNS-14 and can no longer be overridden (see docs/catalog.md)`,
		`register.yaml: requirements.disable[0]: requirement "AUD-02" was merged into EXP-REVIEW; remove it from disable (see docs/catalog.md)`,
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("ForOrg errors (-want +got):\n%s", diff)
	}
}

// TestYesAnswerCommentSaysNotDone: an answer yes whose comment says the
// thing is not done (未実施, 現在は未実施（来年度から実施予定）, 実施していない,
// 今後対応予定) validated and was met (「はい」と回答). It is refused at the
// comment; comments that explain a yes, also in negative words (短縮URLは
// 使わない, 個人情報は掲載していない, 特になし), stay, and so does the same
// comment beside no or partial.
func TestYesAnswerCommentSaysNotDone(t *testing.T) {
	answers := map[string]riskassess.Answer{
		"Q-SNS-01": {Value: "yes", Comment: "未実施"},
		"Q-SNS-02": {Value: "yes", Comment: "現在は未実施（来年度から実施予定）"},
		"Q-SNS-03": {Value: "yes", Comment: "実施していない。"},
		"Q-SNS-05": {Value: "yes", Comment: "今後対応予定"},
		"Q-SNS-07": {Value: "yes", Comment: "ＮＯＴ ＹＥＴ"},
		"Q-SNS-08": {Value: "yes", Comment: "未対応、次回の改定で定める"},
		"Q-SNS-09": {Value: "yes", Comment: "可用性2の情報はホームページにも掲載"},
		"Q-SNS-10": {Value: "yes", Comment: "特になし"},
		"Q-SNS-11": {Value: "yes", Comment: "個人情報は掲載していない"},
		"Q-SNS-12": {Value: "yes", Comment: "短縮URLは使わない"},
		"Q-SNS-18": {Value: "no", Comment: "未実施"},
		"Q-SNS-13": {Value: "partial", Comment: "一部未実施"},
	}
	s := &riskassess.Social{Common: riskassess.Common{ID: "x", Source: "social/x.yaml", Answers: answers}}
	// English words only as the whole comment: no issues explains a yes.
	s2 := &riskassess.Social{Common: riskassess.Common{ID: "y", Source: "social/y.yaml", Answers: map[string]riskassess.Answer{
		"Q-SNS-05": {Value: "yes", Comment: "no issues"}, "Q-SNS-07": {Value: "yes", Comment: "planned posts are checked"},
	}}}
	reg := &riskassess.Register{Social: []*riskassess.Social{s, s2}}
	var got []string
	for _, e := range CheckReferences(reg, Default()) {
		got = append(got, e.Code+" "+e.File+" "+e.Path+": "+e.Msg.En)
	}
	refused := func(q, comment string) string {
		return "bad-answer social/x.yaml answers." + q + ".comment: answer yes, but the comment " + strconv.Quote(comment) +
			" says it is not done: write no (partial if it is done in part) and keep the comment, or correct the comment"
	}
	want := []string{
		refused("Q-SNS-01", "未実施"),
		refused("Q-SNS-02", "現在は未実施（来年度から実施予定）"),
		refused("Q-SNS-03", "実施していない。"),
		refused("Q-SNS-05", "今後対応予定"),
		refused("Q-SNS-07", "ＮＯＴ ＹＥＴ"),
		refused("Q-SNS-08", "未対応、次回の改定で定める"),
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("(-want +got):\n%s", diff)
	}
}
