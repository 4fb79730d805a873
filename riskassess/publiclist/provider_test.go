package publiclist

import (
	"slices"
	"strconv"
	"strings"
	"testing"

	"github.com/gikai-sec/riskregister/riskassess"
)

// approval is a decision of status st on date on (none when ""), with the
// earlier decisions hist.
func approval(st riskassess.ApprovalStatus, on string, hist ...riskassess.DecisionRecord) riskassess.Approval {
	a := riskassess.Approval{Status: st, History: hist}
	if on != "" {
		a.DecidedOn = date(on)
	}
	return a
}

// until returns a with valid_until on.
func until(a riskassess.Approval, on string) riskassess.Approval {
	a.ValidUntil = date(on)
	return a
}

// lapsed returns a with valid_until 2026-03-31, before the as-of dates of
// the tests.
func lapsed(a riskassess.Approval) riskassess.Approval { return until(a, "2026-03-31") }

// approvedBefore is an approval decided before the decisions the record
// tests put in force.
var approvedBefore = riskassess.DecisionRecord{Status: riskassess.StatusApproved, On: date("2025-04-01")}

// TestProviderRecord: a service in use whose provider contractor is
// rejected, retired or suspended on the as-of date gets the
// REF-PROVIDER-RECORD finding (with or without public-list snapshots),
// naming the status in force; for a retired contractor the remediation
// says how to record a company that still provides the service on its own
// terms. So does an approved service whose provider contractor has no
// approval in force (draft, requested, approved only later). A service
// that is itself a record, a contractor still approved on
// the as-of date (retired or suspended later, or resumed, or renewing) and
// a provider given by name do not.
func TestProviderRecord(t *testing.T) {
	asOf := date("2026-12-01")
	tests := []struct {
		name       string
		service    riskassess.Approval
		contractor riskassess.Approval
		byName     bool
		byNumber   string // the service's provider.corporate_number, by name; the contractor's is 9999001001666
		lists      bool
		want       bool
		label      string // the status the message names, in English
		state      string // for a provider with no approval in force: its state, in English
	}{
		// An approved service whose provider contractor has no approval in
		// force: these gave no finding before.
		{name: "provider requested, never approved", service: approval(riskassess.StatusApproved, "2025-04-01"),
			contractor: approval(riskassess.StatusRequested, ""), want: true, state: "requested"},
		{name: "provider draft", service: approval(riskassess.StatusConditional, "2025-04-01"),
			contractor: approval(riskassess.StatusDraft, ""), want: true, state: "draft"},
		{name: "provider approved after the as-of date", service: approval(riskassess.StatusApproved, "2025-04-01"),
			contractor: approval(riskassess.StatusApproved, "2027-01-10"), want: true, state: "approved on 2027-01-10, after the as-of date"},
		{name: "provider's renewal requested", service: approval(riskassess.StatusApproved, "2025-04-01"),
			contractor: approval(riskassess.StatusRequested, "", approvedBefore)},
		// An approved service whose provider contractor's approval had
		// expired (valid_until passed) by the as-of date, renewal applied
		// for or not: not in force either (this gave no finding).
		{name: "provider's approval expired", service: approval(riskassess.StatusApproved, "2025-04-01"),
			contractor: lapsed(approval(riskassess.StatusApproved, "2025-04-01")), want: true, state: "approval expired: valid until 2026-03-31"},
		{name: "provider's approval expired, renewal requested", service: approval(riskassess.StatusApproved, "2025-04-01"),
			contractor: lapsed(approval(riskassess.StatusRequested, "", approvedBefore)), want: true, state: "approval expired: valid until 2026-03-31"},
		{name: "provider's approval expires on the as-of date", service: approval(riskassess.StatusApproved, "2025-04-01"),
			contractor: until(approval(riskassess.StatusApproved, "2025-04-01"), "2026-12-01")},
		{name: "service and provider requested", service: approval(riskassess.StatusRequested, ""), contractor: approval(riskassess.StatusRequested, "")},
		{name: "provider by number, requested", service: approval(riskassess.StatusApproved, "2025-04-01"), contractor: approval(riskassess.StatusRequested, ""),
			byNumber: "9999001001666"},
		{name: "both approved", service: approval(riskassess.StatusApproved, "2025-04-01"), contractor: approval(riskassess.StatusApproved, "2025-04-01")},
		{name: "provider rejected", service: approval(riskassess.StatusApproved, "2025-04-01"), contractor: approval(riskassess.StatusRejected, "2026-06-01"), want: true, label: "rejected"},
		{name: "provider rejected, with snapshots", service: approval(riskassess.StatusApproved, "2025-04-01"), contractor: approval(riskassess.StatusRejected, "2026-06-01"), lists: true, want: true},
		{name: "provider retired", service: approval(riskassess.StatusApproved, "2025-04-01"),
			contractor: approval(riskassess.StatusRetired, "2026-06-01", approvedBefore), want: true, label: "retired"},
		{name: "provider suspended", service: approval(riskassess.StatusApproved, "2025-04-01"),
			contractor: approval(riskassess.StatusSuspended, "2026-06-01", approvedBefore), want: true, label: "suspended"},
		{name: "provider suspended, resumption requested", service: approval(riskassess.StatusApproved, "2025-04-01"),
			contractor: approval(riskassess.StatusRequested, "", approvedBefore, riskassess.DecisionRecord{Status: riskassess.StatusSuspended, On: date("2026-06-01")}),
			want:       true, label: "suspended"},
		{name: "provider suspended after the as-of date", service: approval(riskassess.StatusApproved, "2025-04-01"),
			contractor: approval(riskassess.StatusSuspended, "2027-01-10", approvedBefore)},
		{name: "provider suspended and resumed", service: approval(riskassess.StatusApproved, "2025-04-01"),
			contractor: approval(riskassess.StatusApproved, "2026-09-01", approvedBefore, riskassess.DecisionRecord{Status: riskassess.StatusSuspended, On: date("2026-06-01")})},
		{name: "service suspended, provider suspended", service: approval(riskassess.StatusSuspended, "2026-06-01", approvedBefore),
			contractor: approval(riskassess.StatusSuspended, "2026-06-01", approvedBefore), want: true, label: "suspended"},
		{name: "service requested, provider rejected", service: approval(riskassess.StatusRequested, ""), contractor: approval(riskassess.StatusRejected, "2026-06-01"), want: true},
		{name: "provider retired after the as-of date", service: approval(riskassess.StatusApproved, "2025-04-01"),
			contractor: approval(riskassess.StatusRetired, "2027-01-10", approvedBefore)},
		{name: "service and provider retired", service: approval(riskassess.StatusRetired, "2026-06-01", approvedBefore),
			contractor: approval(riskassess.StatusRetired, "2026-06-01", approvedBefore)},
		{name: "service rejected, provider rejected", service: approval(riskassess.StatusRejected, "2026-06-01"), contractor: approval(riskassess.StatusRejected, "2026-06-01")},
		{name: "provider by name", service: approval(riskassess.StatusApproved, "2025-04-01"), contractor: approval(riskassess.StatusRejected, "2026-06-01"), byName: true},
		// A provider given by name and corporate number is the contractor
		// with that number: rejected or suspended, it was not caught.
		// Retired, it is the company serving on its own terms after its
		// contract ended, which the retired remediation says to record so.
		{name: "provider by number, rejected", service: approval(riskassess.StatusApproved, "2025-04-01"), contractor: approval(riskassess.StatusRejected, "2026-06-01"),
			byNumber: "9999001001666", want: true, label: "rejected"},
		{name: "provider by number, suspended", service: approval(riskassess.StatusApproved, "2025-04-01"),
			contractor: approval(riskassess.StatusSuspended, "2026-06-01", approvedBefore), byNumber: "9999001001666", want: true, label: "suspended"},
		{name: "provider by number, retired", service: approval(riskassess.StatusApproved, "2025-04-01"),
			contractor: approval(riskassess.StatusRetired, "2026-06-01", approvedBefore), byNumber: "9999001001666"},
		{name: "provider by number, approved", service: approval(riskassess.StatusApproved, "2025-04-01"), contractor: approval(riskassess.StatusApproved, "2025-04-01"),
			byNumber: "9999001001666"},
		{name: "provider by another number", service: approval(riskassess.StatusApproved, "2025-04-01"), contractor: approval(riskassess.StatusRejected, "2026-06-01"),
			byNumber: "2999001001111"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			c := &riskassess.Contractor{LegalName: "株式会社アクメ"}
			c.ID, c.Source, c.Approval = "acme", "contractors/acme.yaml", tc.contractor
			s := &riskassess.Service{Provider: riskassess.Provider{Contractor: "acme"}}
			if tc.byName {
				s.Provider = riskassess.Provider{Name: "株式会社アクメ"}
			}
			if tc.byNumber != "" {
				c.CorporateNumber = "9999001001666"
				s.Provider = riskassess.Provider{Name: "アクメ", CorporateNumber: tc.byNumber}
			}
			s.ID, s.Approval = "files", tc.service
			reg := &riskassess.Register{Contractors: []*riskassess.Contractor{c}, Services: []*riskassess.Service{s}}
			if tc.lists {
				reg.Lists = []*riskassess.ListSnapshot{ismapSnapshot("2026-11-01")}
			}
			as := []riskassess.Assessment{{Kind: riskassess.KindService, EntryID: "files", AsOf: asOf}}
			Apply(reg, as)
			fs := findingsOf(&as[0], FindProviderRecord)
			if len(fs) > 1 {
				t.Fatalf("%d %s findings, want at most one: %+v", len(fs), FindProviderRecord, fs)
			}
			var got *riskassess.Finding
			if len(fs) == 1 {
				got = fs[0]
			}
			if (got != nil) != tc.want {
				t.Fatalf("%s finding: %v, want %v (findings %+v)", FindProviderRecord, got != nil, tc.want, as[0].Findings)
			}
			if got == nil {
				return
			}
			if got.Outcome != riskassess.OutcomeNotMet || got.Severity != riskassess.SeverityHigh || got.Weight != 0 ||
				got.Title.Ja == "" || got.Remediation.Ja == "" || got.Remediation.En == "" {
				t.Errorf("incomplete finding %+v", got)
			}
			for _, m := range []string{got.Message.Ja, got.Message.En, got.Evidence} {
				if !strings.Contains(m, "contractors/acme.yaml") {
					t.Errorf("%q does not name the contractor's file", m)
				}
			}
			if tc.state != "" && !strings.Contains(got.Message.En, "had no approval in force by the as-of date 2026-12-01 ("+tc.state+")") {
				t.Errorf("message %q does not say the contractor had no approval (%s)", got.Message.En, tc.state)
			}
			if tc.label != "" && !strings.Contains(got.Message.En, "was "+tc.label+" on 2026-06-01") {
				t.Errorf("message %q does not say the contractor was %s", got.Message.En, tc.label)
			}
			if tc.byNumber != "" {
				if got.Evidence != "provider.corporate_number ← contractors/acme.yaml" || !strings.Contains(got.Message.En, "corporate number "+tc.byNumber) ||
					!strings.Contains(got.Remediation.En, "if provider.corporate_number is wrong, correct it") {
					t.Errorf("by number: %+v", got)
				}
				return
			}
			ownTerms := tc.label == "retired" || tc.state != ""
			for _, m := range []string{got.Remediation.Ja, got.Remediation.En} {
				if strings.Contains(m, "provider.corporate_number") != ownTerms {
					t.Errorf("remediation %q: says how to record a provider on its own terms %v, want %v", m, !ownTerms, ownTerms)
				}
			}
			if as[0].Counts.NotMet != 1 {
				t.Errorf("counts %v, want 1 not met", as[0].Counts)
			}
		})
	}
}

// TestSubcontractorRecord: a contractor in use with a contract in force
// whose subcontractors[].contractor names a contractor rejected, retired
// or suspended on the as-of date gets one REF-SUBCONTRACTOR-RECORD finding
// naming every such subcontractor (id, file, status and date), with the
// first one's path as evidence. A subcontractor still approved on the
// as-of date (suspension lifted, suspended or retired later), one of an
// ended contract, one naming the entry itself, and an entry that is itself
// retired do not.
func TestSubcontractorRecord(t *testing.T) {
	asOf := date("2026-12-01")
	approved := approval(riskassess.StatusApproved, "2025-04-01")
	rejected := approval(riskassess.StatusRejected, "2026-06-01")
	retired := approval(riskassess.StatusRetired, "2026-06-01", approvedBefore)
	suspended := approval(riskassess.StatusSuspended, "2026-06-01", approvedBefore)
	tests := []struct {
		name  string
		entry riskassess.Approval
		subs  []riskassess.Approval // of sub1, sub2, …, each named by the contract
		to    string                // the contract's end
		self  bool                  // the contract also names the entry itself
		lists bool
		want  []string // the statuses named, in English, in order
	}{
		{name: "approved", entry: approved, subs: []riskassess.Approval{approved}},
		{name: "rejected", entry: approved, subs: []riskassess.Approval{rejected}, want: []string{"rejected"}},
		{name: "rejected, with snapshots", entry: approved, subs: []riskassess.Approval{rejected}, lists: true, want: []string{"rejected"}},
		{name: "retired", entry: approved, subs: []riskassess.Approval{retired}, want: []string{"retired"}},
		{name: "suspended in force", entry: approved, subs: []riskassess.Approval{suspended}, want: []string{"suspended"}},
		{name: "suspension lifted", entry: approved,
			subs: []riskassess.Approval{approval(riskassess.StatusApproved, "2026-09-01", approvedBefore, riskassess.DecisionRecord{Status: riskassess.StatusSuspended, On: date("2026-06-01")})}},
		{name: "suspended after the as-of date", entry: approved, subs: []riskassess.Approval{approval(riskassess.StatusSuspended, "2027-01-10", approvedBefore)}},
		{name: "retired after the as-of date", entry: approved, subs: []riskassess.Approval{approval(riskassess.StatusRetired, "2027-01-10", approvedBefore)}},
		{name: "entry itself retired", entry: retired, subs: []riskassess.Approval{retired}},
		{name: "entry itself rejected", entry: rejected, subs: []riskassess.Approval{rejected}},
		{name: "entry suspended", entry: suspended, subs: []riskassess.Approval{suspended}, want: []string{"suspended"}},
		{name: "two subcontractors named", entry: approved, subs: []riskassess.Approval{approved, rejected, suspended}, want: []string{"rejected", "suspended"}},
		{name: "contract ended", entry: approved, subs: []riskassess.Approval{rejected}, to: "2026-03-31"},
		{name: "names itself", entry: suspended, self: true},
		// The council approves a re-contracting by its prior consent,
		// subcontractors[].approved_on (OUT-34), not by approving the
		// subcontractor as a contractor of its own: a subcontractor
		// registered only as a draft or a request, or whose own approval
		// has expired, is no decision against it (unlike a provider
		// contractor, whose approval the service relies on).
		{name: "subcontractor a draft", entry: approved, subs: []riskassess.Approval{{Status: riskassess.StatusDraft}}},
		{name: "subcontractor requested", entry: approved, subs: []riskassess.Approval{approval(riskassess.StatusRequested, "2026-10-01")}},
		{name: "subcontractor's approval expired", entry: approved,
			subs: []riskassess.Approval{{Status: riskassess.StatusApproved, DecidedOn: date("2024-04-01"), ValidUntil: date("2026-03-31")}}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			k := &riskassess.Contractor{LegalName: "株式会社アクメ"}
			k.ID, k.Source, k.Approval = "acme", "contractors/acme.yaml", tc.entry
			ct := riskassess.Contract{ID: "c1", Scope: "保守", From: date("2025-04-01")}
			if tc.to != "" {
				ct.To = date(tc.to)
			}
			reg := &riskassess.Register{Contractors: []*riskassess.Contractor{k}}
			for i, a := range tc.subs {
				c := &riskassess.Contractor{LegalName: "株式会社サブ"}
				c.ID, c.Source, c.Approval = "sub"+strconv.Itoa(i+1), "contractors/sub"+strconv.Itoa(i+1)+".yaml", a
				reg.Contractors = append(reg.Contractors, c)
				ct.Subcontractors = append(ct.Subcontractors, riskassess.Subcontractor{Contractor: c.ID, Scope: "入力"})
			}
			if tc.self {
				ct.Subcontractors = append(ct.Subcontractors, riskassess.Subcontractor{Contractor: "acme", Scope: "入力"})
			}
			k.Contracts = []riskassess.Contract{ct}
			if tc.lists {
				reg.Lists = []*riskassess.ListSnapshot{ismapSnapshot("2026-11-01")}
			}
			as := []riskassess.Assessment{{Kind: riskassess.KindContractor, EntryID: "acme", AsOf: asOf}}
			Apply(reg, as)
			got := findingsOf(&as[0], FindSubcontractorRecord)
			if len(got) != min(len(tc.want), 1) {
				t.Fatalf("%d %s findings, want %d (findings %+v)", len(got), FindSubcontractorRecord, min(len(tc.want), 1), as[0].Findings)
			}
			if len(got) == 0 {
				return
			}
			f := got[0]
			if f.Outcome != riskassess.OutcomeNotMet || f.Severity != severities[FindProviderRecord] || f.Weight != 0 ||
				f.Title.Ja == "" || f.Title.En == "" || f.Remediation.Ja == "" || f.Remediation.En == "" {
				t.Errorf("incomplete finding %+v", f)
			}
			// The first flagged subcontractor's index in the contract.
			first := 0
			for first < len(tc.subs) && tc.subs[first].Status == riskassess.StatusApproved {
				first++
			}
			sub := "sub" + strconv.Itoa(first+1)
			if want := "contracts[0].subcontractors[" + strconv.Itoa(first) + "].contractor ← contractors/" + sub + ".yaml"; f.Evidence != want {
				t.Errorf("evidence %q, want %q", f.Evidence, want)
			}
			var named []string
			for i, a := range tc.subs {
				id := "sub" + strconv.Itoa(i+1)
				in := strings.Contains(f.Message.En, id+" (contractors/"+id+".yaml, ")
				if in != strings.Contains(f.Message.Ja, "「"+id+"」（contractors/"+id+".yaml、") {
					t.Errorf("%s named in one language only: %q / %q", id, f.Message.Ja, f.Message.En)
				}
				if in {
					named = append(named, strings.ToLower(a.Status.Label("en")))
					if !strings.Contains(f.Message.En, id+" (contractors/"+id+".yaml, "+named[len(named)-1]+" on 2026-06-01)") {
						t.Errorf("message %q does not give %s's status and date", f.Message.En, id)
					}
				}
			}
			if !slices.Equal(named, tc.want) {
				t.Errorf("message %q names statuses %v, want %v", f.Message.En, named, tc.want)
			}
			if as[0].Counts.NotMet != 1 {
				t.Errorf("counts %v, want 1 not met", as[0].Counts)
			}
		})
	}
}

// TestProviderByNumberApprovedElsewhere: a provider given by name and
// corporate number is one company, which the register may hold as
// several contractors (a rejected proposal beside an approved contract).
// While the council approves it in one of them, the service does not
// rely on a company it turned down: no REF-PROVIDER-RECORD (it was given,
// high, for the rejected entry). With no entry approved it still is.
func TestProviderByNumberApprovedElsewhere(t *testing.T) {
	asOf := date("2026-12-01")
	for _, tc := range []struct {
		other riskassess.ApprovalStatus
		want  bool
	}{
		{riskassess.StatusApproved, false},
		{riskassess.StatusConditional, false},
		{riskassess.StatusDraft, true},
		{riskassess.StatusRejected, true},
	} {
		t.Run(string(tc.other), func(t *testing.T) {
			rejected := &riskassess.Contractor{LegalName: "株式会社アクメ", CorporateNumber: "9999001001666"}
			rejected.ID, rejected.Source = "acme-proposal", "contractors/acme-proposal.yaml"
			rejected.Approval = riskassess.Approval{Status: riskassess.StatusRejected, DecidedOn: date("2026-06-01")}
			other := &riskassess.Contractor{LegalName: "株式会社アクメ", CorporateNumber: "9999001001666"}
			other.ID, other.Source = "acme", "contractors/acme.yaml"
			other.Approval = riskassess.Approval{Status: tc.other, DecidedOn: date("2026-03-01")}
			s := &riskassess.Service{Provider: riskassess.Provider{Name: "株式会社アクメ", CorporateNumber: "9999001001666"}}
			s.ID, s.Approval = "files", riskassess.Approval{Status: riskassess.StatusApproved, DecidedOn: date("2025-04-01")}
			reg := &riskassess.Register{Contractors: []*riskassess.Contractor{rejected, other}, Services: []*riskassess.Service{s}}
			as := []riskassess.Assessment{{Kind: riskassess.KindService, EntryID: "files", AsOf: asOf}}
			Apply(reg, as)
			got := slices.ContainsFunc(as[0].Findings, func(f riskassess.Finding) bool { return f.Requirement == FindProviderRecord })
			if got != tc.want {
				t.Errorf("other entry %s: %s finding %v, want %v (findings %+v)", tc.other, FindProviderRecord, got, tc.want, as[0].Findings)
			}
		})
	}
}

// TestSubcontractorByName: a subcontractor given by name only
// (subcontractors[].name, no contractor) whose name is the legal name of a
// registered contractor is that company: REF-SUBCONTRACTOR-RECORD names it
// when the council rejected, retired or suspended it, as it does one given
// by id (it was silently skipped). The name agrees as the LST checks
// compare legal names (㈱ for 株式会社, a name without a legal form); one
// with the form at the other end is another company, and one the council
// approves in another entry of that name is not flagged.
func TestSubcontractorByName(t *testing.T) {
	asOf := date("2026-12-01")
	approved := approval(riskassess.StatusApproved, "2025-04-01")
	expired := approved
	expired.ValidUntil = date("2026-03-31")
	rejected := approval(riskassess.StatusRejected, "2026-06-01")
	retired := approval(riskassess.StatusRetired, "2026-06-01", approvedBefore)
	suspended := approval(riskassess.StatusSuspended, "2026-06-01", approvedBefore)
	for _, tc := range []struct {
		name, sub string
		subs      []riskassess.Approval // of sub1, sub2, …, all named 株式会社サブ
		want      string                // the status named, in English; "" for no finding
	}{
		{name: "rejected", sub: "株式会社サブ", subs: []riskassess.Approval{rejected}, want: "rejected"},
		{name: "retired", sub: "株式会社サブ", subs: []riskassess.Approval{retired}, want: "retired"},
		{name: "suspended", sub: "株式会社サブ", subs: []riskassess.Approval{suspended}, want: "suspended"},
		{name: "㈱, full width", sub: "㈱　サブ", subs: []riskassess.Approval{rejected}, want: "rejected"},
		{name: "no legal form", sub: "サブ", subs: []riskassess.Approval{rejected}, want: "rejected"},
		{name: "approved", sub: "株式会社サブ", subs: []riskassess.Approval{approved}},
		{name: "approved in another entry", sub: "株式会社サブ", subs: []riskassess.Approval{rejected, approved}},
		// An approval past its valid_until approves nothing: it left the
		// rejected entry unflagged.
		{name: "approval lapsed in another entry", sub: "株式会社サブ", subs: []riskassess.Approval{rejected, expired}, want: "rejected"},
		{name: "form at the other end", sub: "サブ株式会社", subs: []riskassess.Approval{rejected}},
		{name: "another name", sub: "在宅速記者（個人事業者 3名）", subs: []riskassess.Approval{rejected}},
		{name: "the entry's own name", sub: "株式会社アクメ", subs: []riskassess.Approval{rejected}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			k := &riskassess.Contractor{LegalName: "株式会社アクメ"}
			k.ID, k.Source, k.Approval = "acme", "contractors/acme.yaml", approved
			ct := riskassess.Contract{ID: "c1", Scope: "保守", From: date("2025-04-01"),
				Subcontractors: []riskassess.Subcontractor{{Name: "個人事業者", Scope: "入力"}, {Name: tc.sub, Scope: "入力"}}}
			k.Contracts = []riskassess.Contract{ct}
			reg := &riskassess.Register{Contractors: []*riskassess.Contractor{k}}
			for i, a := range tc.subs {
				c := &riskassess.Contractor{LegalName: "株式会社サブ"}
				c.ID, c.Source, c.Approval = "sub"+strconv.Itoa(i+1), "contractors/sub"+strconv.Itoa(i+1)+".yaml", a
				reg.Contractors = append(reg.Contractors, c)
			}
			as := []riskassess.Assessment{{Kind: riskassess.KindContractor, EntryID: "acme", AsOf: asOf}}
			Apply(reg, as)
			got := findingsOf(&as[0], FindSubcontractorRecord)
			if tc.want == "" {
				if len(got) > 0 {
					t.Fatalf("unexpected finding %+v", got[0])
				}
				return
			}
			if len(got) != 1 {
				t.Fatalf("%d %s findings, want 1 (findings %+v)", len(got), FindSubcontractorRecord, as[0].Findings)
			}
			f := got[0]
			if want := "contracts[0].subcontractors[1].name ← contractors/sub1.yaml"; f.Evidence != want {
				t.Errorf("evidence %q, want %q", f.Evidence, want)
			}
			if want := "sub1 (contractors/sub1.yaml, " + tc.want + " on 2026-06-01)"; !strings.Contains(f.Message.En, want) {
				t.Errorf("message %q does not name %q", f.Message.En, want)
			}
			if want := "「sub1」（contractors/sub1.yaml、"; !strings.Contains(f.Message.Ja, want) {
				t.Errorf("message %q does not name %q", f.Message.Ja, want)
			}
			if !strings.Contains(f.Remediation.Ja, "name ではなく contractor") || !strings.Contains(f.Remediation.En, "instead of name") {
				t.Errorf("remediation %+v does not say to name it by contractor", f.Remediation)
			}
		})
	}
}

// TestCheckSubcontractorsNamesIndex: CheckSubcontractors called without
// a ContractorNames index (nil) builds one from contractors and finds a
// subcontractor given by name as Apply does.
func TestCheckSubcontractorsNamesIndex(t *testing.T) {
	asOf := date("2026-12-01")
	k := &riskassess.Contractor{LegalName: "株式会社アクメ"}
	k.ID, k.Approval = "acme", approval(riskassess.StatusApproved, "2025-04-01")
	k.Contracts = []riskassess.Contract{{ID: "c1", From: date("2025-04-01"), Subcontractors: []riskassess.Subcontractor{{Name: "㈱サブ"}}}}
	sub := &riskassess.Contractor{LegalName: "株式会社サブ"}
	sub.ID, sub.Approval = "sub", approval(riskassess.StatusRejected, "2026-06-01")
	contractors := map[string]*riskassess.Contractor{"acme": k, "sub": sub}
	for _, names := range []ContractorNames{nil, IndexContractorNames([]*riskassess.Contractor{k, sub})} {
		fs := CheckSubcontractors(k, contractors, names, asOf)
		if len(fs) != 1 || fs[0].Evidence != "contracts[0].subcontractors[0].name ← contractors/sub.yaml" {
			t.Errorf("names %v: findings %+v, want one with the name's path", names != nil, fs)
		}
	}
}

// findingsOf returns the findings of requirement id in a, in order.
func findingsOf(a *riskassess.Assessment, id string) []*riskassess.Finding {
	var out []*riskassess.Finding
	for i := range a.Findings {
		if f := &a.Findings[i]; f.Requirement == id {
			out = append(out, f)
		}
	}
	return out
}
