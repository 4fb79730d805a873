package main

import (
	"testing"

	"github.com/gikai-sec/riskregister/riskassess"
	"github.com/google/go-cmp/cmp"
)

func TestCheckProblems(t *testing.T) {
	reg := &riskassess.Register{
		Contractors: []*riskassess.Contractor{{Common: riskassess.Common{ID: "acme", Source: "contractors/acme.yaml"}}},
		Services: []*riskassess.Service{
			{Common: riskassess.Common{ID: "free-forms", Source: "services/free-forms.yaml"}},
			{Common: riskassess.Common{ID: "ok", Source: "services/ok.yaml"}},
			{Common: riskassess.Common{ID: "worst"}}, // no Source: path from kind and id
		},
	}
	asOf := riskassess.NewDate(2026, 4, 1)
	as := []riskassess.Assessment{
		{Kind: riskassess.KindContractor, EntryID: "acme", Residual: riskassess.RiskHigh, Decision: riskassess.DecisionConditional,
			Due: []riskassess.DueItem{
				{Kind: riskassess.DueReview, Date: riskassess.NewDate(2026, 3, 2)},
				{Kind: riskassess.DueCertificate, Date: riskassess.NewDate(2026, 3, 1), What: "IS 1"},
				{Kind: riskassess.DueContractEnd, Date: riskassess.NewDate(2026, 4, 1)}, // today: not overdue
			}},
		{Kind: riskassess.KindService, EntryID: "free-forms", Residual: riskassess.RiskCritical, Decision: riskassess.DecisionReject,
			Blockers: []riskassess.Blocker{{ID: "BLK-TERMS-CLASS2", Message: riskassess.T("約款で機密性2", "terms with class 2")}}},
		{Kind: riskassess.KindService, EntryID: "ok", Residual: riskassess.RiskLow, Decision: riskassess.DecisionApprove},
		{Kind: riskassess.KindService, EntryID: "worst", Residual: riskassess.RiskCritical, Decision: riskassess.DecisionReject},
	}
	got := checkProblems(reg, as, asOf, "ja")
	want := []checkProblem{
		{"contractors/acme.yaml", chkFailHigh, "高: 残留リスクが高です（推奨判断: 条件付承認）"},
		{"contractors/acme.yaml", chkFailOverdue, "期限切れ: 認証の有効期限 IS 1（2026-03-01、31日経過）"},
		{"contractors/acme.yaml", chkFailOverdue, "期限超過: 見直し（2026-03-02、30日超過）"},
		{"services/free-forms.yaml", chkFailCritical, "重大: 阻止要件 BLK-TERMS-CLASS2 — 約款で機密性2"},
		{"services/worst.yaml", chkFailCritical, "重大: 残留リスクが重大です（推奨判断: 不可）"},
	}
	if diff := cmp.Diff(want, got, cmp.AllowUnexported(checkProblem{})); diff != "" {
		t.Errorf("checkProblems (-want +got):\n%s", diff)
	}
	en := checkProblems(reg, as, asOf, "en")
	if en[0].message != "high: residual risk is high (recommended decision: Approve with conditions)" ||
		en[1].message != "expired: Certificate expiry IS 1 (2026-03-01, 31 days ago)" {
		t.Errorf("English messages: %q, %q", en[0].message, en[1].message)
	}
}
