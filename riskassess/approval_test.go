package riskassess_test

import (
	"slices"
	"testing"
	"time"

	"github.com/gikai-sec/riskregister/riskassess"
	"github.com/google/go-cmp/cmp"
)

// chainOrg has the approval chain of the example register.
func chainOrg() *riskassess.Organisation {
	return &riskassess.Organisation{ApprovalChain: []riskassess.ApprovalStep{
		{Role: riskassess.T("起案確認", "Drafting check"), Position: "kakaricho"},
		{Role: riskassess.T("所管課長決裁", "Division head"), Position: "kacho"},
		{Role: riskassess.T("情報セキュリティ管理者の確認", "ISM review"), Position: "joho", Kinds: []riskassess.Kind{riskassess.KindService}, MinRisk: riskassess.RiskMedium},
		{Role: riskassess.T("事務局長決裁", "Secretary-General"), Position: "kyokucho", MinRisk: riskassess.RiskHigh},
	}}
}

func TestSignOffs(t *testing.T) {
	d := riskassess.NewDate(2026, time.April, 1)
	tests := []struct {
		name string
		a    riskassess.Approval
		want []riskassess.Signature
	}{
		{"old record: the approver alone", riskassess.Approval{Approver: "kacho", DecidedOn: d},
			[]riskassess.Signature{{Position: "kacho", On: d}}},
		{"signatures, approver among them", riskassess.Approval{Approver: "kacho", Signatures: []riskassess.Signature{{Position: "kakaricho", Person: "a"}, {Position: "kacho", Person: "b"}}},
			[]riskassess.Signature{{Position: "kakaricho", Person: "a"}, {Position: "kacho", Person: "b"}}},
		{"signatures, approver not among them", riskassess.Approval{Approver: "kyokucho", DecidedOn: d, Signatures: []riskassess.Signature{{Position: "kakaricho"}}},
			[]riskassess.Signature{{Position: "kakaricho"}, {Position: "kyokucho", On: d}}},
		{"nothing", riskassess.Approval{}, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if diff := cmp.Diff(tt.want, tt.a.SignOffs()); diff != "" {
				t.Errorf("SignOffs (-want +got):\n%s", diff)
			}
		})
	}
}

func TestApprovalRoute(t *testing.T) {
	org := chainOrg()
	svc := &riskassess.Service{}
	svc.Approval = riskassess.Approval{Status: riskassess.StatusApproved, Approver: "kakaricho"}
	con := &riskassess.Contractor{}
	con.Approval = riskassess.Approval{Status: riskassess.StatusApproved, Signatures: []riskassess.Signature{{Position: "kakaricho"}, {Position: "kacho"}}}
	type step struct {
		pos              string
		required, signed bool
	}
	route := func(e riskassess.Entry, l riskassess.RiskLevel) []step {
		var out []step
		for _, s := range riskassess.ApprovalRoute(org, e, l) {
			out = append(out, step{s.Step.Position, s.Required, s.Signed})
		}
		return out
	}
	tests := []struct {
		name  string
		e     riskassess.Entry
		level riskassess.RiskLevel
		want  []step
	}{
		{"service at low: manager and head not needed", svc, riskassess.RiskLow,
			[]step{{"kakaricho", true, true}, {"kacho", true, false}, {"joho", false, false}, {"kyokucho", false, false}}},
		{"service at high: the whole chain", svc, riskassess.RiskHigh,
			[]step{{"kakaricho", true, true}, {"kacho", true, false}, {"joho", true, false}, {"kyokucho", true, false}}},
		{"contractor: the service step is left out", con, riskassess.RiskCritical,
			[]step{{"kakaricho", true, true}, {"kacho", true, true}, {"kyokucho", true, false}}},
		{"unknown level: every min_risk step is required", con, "",
			[]step{{"kakaricho", true, true}, {"kacho", true, true}, {"kyokucho", true, false}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if diff := cmp.Diff(tt.want, route(tt.e, tt.level), cmp.AllowUnexported(step{})); diff != "" {
				t.Errorf("route (-want +got):\n%s", diff)
			}
		})
	}
	if r := riskassess.ApprovalRoute(&riskassess.Organisation{}, svc, riskassess.RiskHigh); r != nil {
		t.Errorf("no chain: route = %v, want nil", r)
	}
}

// TestAfterResidual: a requirement marked AfterResidual is checked with
// the residual the matrix gives, has weight 0 (the control score is the one
// without it) and still makes the decision conditional when not met;
// Findings, which knows no residual, leaves it not answered.
func TestAfterResidual(t *testing.T) {
	asOf := riskassess.NewDate(2026, time.November, 27)
	var seen []riskassess.RiskLevel
	late := riskassess.Requirement{ID: "T-LATE", Kinds: []riskassess.Kind{riskassess.KindSocial}, Severity: riskassess.SeverityHigh,
		Title: riskassess.T("後", "late"), Remediation: riskassess.T("直す", "fix"), AfterResidual: true,
		Check: func(s *riskassess.Subject) riskassess.Result {
			seen = append(seen, s.Residual)
			if s.Residual == riskassess.RiskLow {
				return riskassess.Result{Outcome: riskassess.OutcomeNotMet, Message: riskassess.T("低で不適合", "not met at low")}
			}
			return riskassess.Result{Outcome: riskassess.OutcomeMet, Message: riskassess.T("適合", "met")}
		}}
	base := riskassess.Requirement{ID: "T-BASE", Kinds: []riskassess.Kind{riskassess.KindSocial}, Severity: riskassess.SeverityLow, Weight: 1,
		Title: riskassess.T("基", "base"), Check: func(*riskassess.Subject) riskassess.Result {
			return riskassess.Result{Outcome: riskassess.OutcomeMet}
		}}
	e := &riskassess.Social{Status: riskassess.AccountActive, Responsible: riskassess.Owner{Section: "s", Person: "p"}}
	e.ID = "x"
	e.Approval.Status = riskassess.StatusApproved
	e.LastReviewed = riskassess.NewDate(2026, time.October, 1)
	a := mustAssess(scorer().Assess(&riskassess.Organisation{}, []riskassess.Requirement{late, base}, e, asOf))
	if a.Residual != riskassess.RiskLow || a.ControlScore != 100 {
		t.Fatalf("residual %s, score %v: want low, 100 (the late finding must not count)", a.Residual, a.ControlScore)
	}
	if diff := cmp.Diff([]riskassess.RiskLevel{riskassess.RiskLow}, seen); diff != "" {
		t.Errorf("residuals the check saw (-want +got):\n%s", diff)
	}
	i := slices.IndexFunc(a.Findings, func(f riskassess.Finding) bool { return f.Requirement == "T-LATE" })
	if i < 0 {
		t.Fatal("no T-LATE finding")
	}
	if f := a.Findings[i]; f.Outcome != riskassess.OutcomeNotMet || f.Weight != 0 || f.Remediation.Ja != "直す" {
		t.Errorf("T-LATE finding = %+v, want not met, weight 0, with remediation", f)
	}
	if a.Decision != riskassess.DecisionConditional {
		t.Errorf("decision = %s, want conditional (a high finding is not met)", a.Decision)
	}
	seen = nil
	fs := riskassess.Findings(&riskassess.Organisation{}, []riskassess.Requirement{late, base}, e, asOf)
	if fs[0].Requirement != "T-BASE" || fs[1].Outcome != riskassess.OutcomeNotAnswered || len(seen) != 0 {
		t.Errorf("Findings: %+v (check called with %v); want T-LATE not answered and its check not called", fs, seen)
	}
}

// TestApprovalChainExample: in the example register, tama-shuwa is at 高
// and approved only by a 係長 while the chain asks for the 課長 and the
// 事務局長: APR-01 is not met and its remediation is a condition.
func TestApprovalChainExample(t *testing.T) {
	reg, reqs := exampleRegister(t)
	e := reg.Entry(riskassess.KindContractor, "tama-shuwa")
	a := mustAssess(scorer().Assess(&reg.Org, reqs, e, riskassess.NewDate(2026, time.November, 27)))
	if a.Residual != riskassess.RiskHigh {
		t.Fatalf("tama-shuwa residual = %s, want high (the example changed?)", a.Residual)
	}
	var got []string
	for _, s := range riskassess.ApprovalRoute(&reg.Org, e, a.Residual) {
		if s.Missing() {
			got = append(got, s.Step.Position)
		}
	}
	if diff := cmp.Diff([]string{"kacho", "jimukyokucho"}, got); diff != "" {
		t.Errorf("missing positions (-want +got):\n%s", diff)
	}
	i := slices.IndexFunc(a.Findings, func(f riskassess.Finding) bool { return f.Requirement == "APR-01" })
	if i < 0 || a.Findings[i].Outcome != riskassess.OutcomeNotMet || a.Findings[i].Evidence != "approval.signatures" {
		t.Fatalf("APR-01 finding: %+v", a.Findings[i])
	}
	if !slices.ContainsFunc(a.Conditions, func(c riskassess.Text) bool { return len(c.Ja) > 7 && c.Ja[:7] == "APR-01:" }) {
		t.Errorf("conditions %v lack APR-01", a.Conditions)
	}
}

// TestSocialStatusOn: an account whose approval records its retirement or
// suspension on a date after the as-of date was still as the decision in
// force then says (running, or suspended), not retired: it has due items
// and is judged, and the public list shows it. A status the approval does
// not date counts as it is.
func TestSocialStatusOn(t *testing.T) {
	on := riskassess.NewDate
	asOf := on(2026, 11, 27)
	approved := riskassess.DecisionRecord{Status: riskassess.StatusApproved, Approver: "kacho", On: on(2026, 5, 1)}
	suspended := riskassess.DecisionRecord{Status: riskassess.StatusSuspended, Approver: "kacho", On: on(2026, 9, 1)}
	tests := []struct {
		name        string
		status      riskassess.AccountStatus
		approval    riskassess.Approval
		want        riskassess.AccountStatus
		wantRetired bool
	}{
		{"retired after asOf", riskassess.AccountRetired, riskassess.Approval{Status: riskassess.StatusRetired, DecidedOn: on(2026, 12, 15),
			History: []riskassess.DecisionRecord{approved, {Status: riskassess.StatusRetired, On: on(2026, 12, 15)}}}, riskassess.AccountActive, false},
		{"retired after asOf, suspended before", riskassess.AccountRetired, riskassess.Approval{Status: riskassess.StatusRetired, DecidedOn: on(2026, 12, 15),
			History: []riskassess.DecisionRecord{approved, suspended, {Status: riskassess.StatusRetired, On: on(2026, 12, 15)}}}, riskassess.AccountSuspended, false},
		{"suspended after asOf", riskassess.AccountSuspended, riskassess.Approval{Status: riskassess.StatusSuspended, DecidedOn: on(2026, 12, 15),
			History: []riskassess.DecisionRecord{approved}}, riskassess.AccountActive, false},
		{"retired before asOf", riskassess.AccountRetired, riskassess.Approval{Status: riskassess.StatusRetired, DecidedOn: on(2026, 10, 1)}, riskassess.AccountRetired, true},
		{"retired, approval not updated", riskassess.AccountRetired, riskassess.Approval{Status: riskassess.StatusApproved, DecidedOn: on(2026, 5, 1)}, riskassess.AccountRetired, true},
		{"retired, approval approved after asOf", riskassess.AccountRetired, riskassess.Approval{Status: riskassess.StatusApproved, DecidedOn: on(2026, 12, 15)}, riskassess.AccountRetired, true},
		// riskregister review --outcome retired retires the approval only.
		{"active, approval retired before asOf", riskassess.AccountActive, riskassess.Approval{Status: riskassess.StatusRetired, DecidedOn: on(2026, 10, 1),
			History: []riskassess.DecisionRecord{approved, {Status: riskassess.StatusRetired, On: on(2026, 10, 1)}}}, riskassess.AccountRetired, true},
		{"active, approval retired after asOf", riskassess.AccountActive, riskassess.Approval{Status: riskassess.StatusRetired, DecidedOn: on(2026, 12, 15),
			History: []riskassess.DecisionRecord{approved, {Status: riskassess.StatusRetired, On: on(2026, 12, 15)}}}, riskassess.AccountActive, false},
		// Resumed by an approval after asOf, status active as the store
		// asks (status suspended with a later approval is refused): still
		// suspended on asOf, as the suspension in force then says.
		{"active, suspended before asOf, approved again after", riskassess.AccountActive, riskassess.Approval{Status: riskassess.StatusApproved, DecidedOn: on(2026, 12, 15),
			History: []riskassess.DecisionRecord{approved, suspended, {Status: riskassess.StatusApproved, On: on(2026, 12, 15)}}}, riskassess.AccountSuspended, false},
		{"active, suspended before asOf, approved again with conditions after", riskassess.AccountActive, riskassess.Approval{Status: riskassess.StatusConditional, DecidedOn: on(2026, 12, 15),
			History: []riskassess.DecisionRecord{approved, suspended}}, riskassess.AccountSuspended, false},
		{"active, renewed after asOf", riskassess.AccountActive, riskassess.Approval{Status: riskassess.StatusApproved, DecidedOn: on(2026, 12, 15),
			History: []riskassess.DecisionRecord{approved}}, riskassess.AccountActive, false},
		// Resumed by the status alone (the approval still the suspension).
		{"active, approval suspended before asOf", riskassess.AccountActive, riskassess.Approval{Status: riskassess.StatusSuspended, DecidedOn: on(2026, 9, 1),
			History: []riskassess.DecisionRecord{approved, suspended}}, riskassess.AccountActive, false},
	}
	for _, tt := range tests {
		s := &riskassess.Social{Status: tt.status}
		s.Approval = tt.approval
		got := struct {
			Status  riskassess.AccountStatus
			Retired bool
		}{s.StatusOn(asOf), riskassess.RetiredOn(s, asOf)}
		want := struct {
			Status  riskassess.AccountStatus
			Retired bool
		}{tt.want, tt.wantRetired}
		if diff := cmp.Diff(want, got); diff != "" {
			t.Errorf("%s (-want +got):\n%s", tt.name, diff)
		}
		if zero := s.StatusOn(riskassess.Date{}); zero != tt.status && (zero != riskassess.AccountRetired || tt.approval.Status != riskassess.StatusRetired) {
			t.Errorf("%s: StatusOn(zero) = %s, want the recorded %s (or retired by the approval)", tt.name, zero, tt.status)
		}
	}
}

// TestApprovalLapsedOn: an approval or conditional approval lapses the day
// after its valid_until (on that day it is still in force); one without a
// valid_until, and a decision that is not an approval, never lapse.
func TestApprovalLapsedOn(t *testing.T) {
	until := riskassess.NewDate(2026, 11, 19)
	tests := []struct {
		a    riskassess.Approval
		d    riskassess.Date
		want bool
	}{
		{riskassess.Approval{Status: riskassess.StatusApproved, ValidUntil: until}, until, false},
		{riskassess.Approval{Status: riskassess.StatusApproved, ValidUntil: until}, riskassess.NewDate(2026, 11, 20), true},
		{riskassess.Approval{Status: riskassess.StatusConditional, ValidUntil: until}, riskassess.NewDate(2027, 1, 1), true},
		{riskassess.Approval{Status: riskassess.StatusApproved}, riskassess.NewDate(2099, 1, 1), false},
		{riskassess.Approval{Status: riskassess.StatusRejected, ValidUntil: until}, riskassess.NewDate(2027, 1, 1), false},
		{riskassess.Approval{Status: riskassess.StatusRequested, ValidUntil: until}, riskassess.NewDate(2027, 1, 1), false},
		{riskassess.Approval{Status: riskassess.StatusApproved, ValidUntil: until}, riskassess.Date{}, false},
	}
	for _, tt := range tests {
		if got := tt.a.LapsedOn(tt.d); got != tt.want {
			t.Errorf("%s until %s, LapsedOn(%s) = %v, want %v", tt.a.Status, tt.a.ValidUntil, tt.d, got, tt.want)
		}
	}
}

// TestAppendApprovalRoute: the route appended to a buffer (with a step
// already in it) is ApprovalRoute's after that step, and a nil or empty
// chain appends nothing.
func TestAppendApprovalRoute(t *testing.T) {
	org := chainOrg()
	svc := &riskassess.Service{}
	svc.Approval = riskassess.Approval{Status: riskassess.StatusApproved, Approver: "kacho", Signatures: []riskassess.Signature{{Position: "joho", Person: "p"}}}
	first := riskassess.RouteStep{Step: riskassess.ApprovalStep{Position: "before"}}
	for _, l := range []riskassess.RiskLevel{"", riskassess.RiskLow, riskassess.RiskHigh} {
		var buf [2]riskassess.RouteStep
		got := riskassess.AppendApprovalRoute(append(buf[:0], first), org, svc, l)
		want := append([]riskassess.RouteStep{first}, riskassess.ApprovalRoute(org, svc, l)...)
		if diff := cmp.Diff(want, got); diff != "" {
			t.Errorf("level %q (-want +got):\n%s", l, diff)
		}
	}
	if got := riskassess.AppendApprovalRoute(nil, nil, svc, riskassess.RiskHigh); got != nil {
		t.Errorf("nil org: %+v", got)
	}
	if got := riskassess.AppendApprovalRoute([]riskassess.RouteStep{first}, &riskassess.Organisation{}, svc, riskassess.RiskHigh); len(got) != 1 {
		t.Errorf("empty chain: %d steps", len(got))
	}
}
