package report

import (
	"slices"
	"strings"

	"github.com/gikai-sec/riskregister/riskassess"
)

// CouncilItem is one council-wide point of the self-check (自己点検,
// policy section 7) that the register decides by itself: not a question
// about one entry, but about all the entries in scope together.
type CouncilItem struct {
	// ID is the item's stable id ("CW-01").
	ID string `json:"id"`
	// Text is the point checked, as a question.
	Text riskassess.Text `json:"text"`
	// Basis says what of the register decides it (how it is pre-filled).
	Basis riskassess.Text `json:"basis"`
	// Outcome is OutcomeMet when no entry in scope falls short,
	// OutcomeNotMet when one does, and OutcomeNotApplicable when no
	// entry in scope is concerned (no active social account, no contract
	// in force …).
	Outcome riskassess.Outcome `json:"outcome"`
	// Checked is the number of entries (or contracts) the item looked at.
	Checked int `json:"checked"`
	// Gaps lists what falls short, in register order.
	Gaps []CouncilGap `json:"gaps,omitempty"`
}

// CouncilGap is one entry that falls short of a CouncilItem.
type CouncilGap struct {
	Kind    riskassess.Kind `json:"kind"`
	EntryID string          `json:"id"`
	// Field is the register field that shows it ("listed_on",
	// "contracts[0].clauses", "owner").
	Field   string          `json:"field,omitempty"`
	Message riskassess.Text `json:"message"`
}

// Council item ids.
const (
	CouncilSocialListed    = "CW-01"
	CouncilContractClauses = "CW-02"
	CouncilResponsible     = "CW-03"
	CouncilReviewOnTime    = "CW-04"
)

// clauseGap reports whether finding f of a contractor shows a gap of
// CW-02: not met or partial, about a contract's clauses.
func clauseGap(f *riskassess.Finding) bool {
	return (f.Outcome == riskassess.OutcomeNotMet || f.Outcome == riskassess.OutcomePartial) && clauseEvidence(f.Evidence)
}

// clauseEvidence reports whether evidence is that of a finding about a
// clause of a contract: "contracts[N].clauses", N one or more ASCII
// digits (the regexp ^contracts\[\d+\]\.clauses$, matched without one:
// check runs it on every finding of every contractor).
func clauseEvidence(evidence string) bool {
	n, ok := strings.CutPrefix(evidence, "contracts[")
	if !ok {
		return false
	}
	if n, ok = strings.CutSuffix(n, "].clauses"); !ok || n == "" {
		return false
	}
	for i := 0; i < len(n); i++ {
		if n[i] < '0' || n[i] > '9' {
			return false
		}
	}
	return true
}

// CouncilItems returns the council-wide self-check items for the entries
// of reg that in accepts (nil: every entry), decided from the register and
// from as (the assessments of those entries as of asOf, as AssessAll
// returns them; an entry without an assessment is not looked at by the
// items that need one):
//
//   - CW-01: every official social account in operation (active or
//     suspended) is on the council's public list of accounts (listed_on,
//     and no finding on listed_on not met: 未定, or the account's own
//     profile page);
//   - CW-02: every contract in force (Contractor.Live: not ended, or
//     ended with the information not returned) has the security clauses
//     the catalogue requires of it: no finding of a contractor is not met or
//     partial with a contract's clauses (contracts[N].clauses) as its
//     evidence;
//   - CW-03: every entry has a named responsible person in post on asOf
//     (Assignments: an owner, and for a social account its responsible
//     person, that is vacant, moved, left or ambiguous, an owner named
//     by section alone, or an account without a responsible person,
//     falls short);
//   - CW-04: every entry's review is not overdue (Assessment.Review).
//
// Records (entries rejected or retired by asOf, see RecordOn) are not looked at.
// The result is in id order and depends only on its arguments.
// CouncilItems panics with the error of riskassess.CheckEntry (wrapping
// ErrEntryValue) for the first entry of reg with a value its field does
// not allow (a status "Retired" read as in operation), as Assignments does.
func CouncilItems(reg *riskassess.Register, as []riskassess.Assessment, asOf riskassess.Date, in func(riskassess.Entry) bool) []CouncilItem {
	return councilItems(reg, as, asOf, in, true)
}

// CouncilItemsBrief returns what CouncilItems returns, with every gap's
// Message left empty (its Kind, EntryID and Field are the same): for a
// caller that names only the entries that fall short, such as
// riskregister check, on a large register most of CouncilItems' work is
// building the messages of thousands of gaps. It panics as CouncilItems
// does.
func CouncilItemsBrief(reg *riskassess.Register, as []riskassess.Assessment, asOf riskassess.Date, in func(riskassess.Entry) bool) []CouncilItem {
	return councilItems(reg, as, asOf, in, false)
}

// councilItems is CouncilItems, with the gaps' messages only when messages
// is set.
func councilItems(reg *riskassess.Register, as []riskassess.Assessment, asOf riskassess.Date, in func(riskassess.Entry) bool, messages bool) []CouncilItem {
	byKey := assessmentRefs(as)
	all := reg.Entries()
	entries := make([]riskassess.Entry, 0, len(all))
	for _, e := range all {
		mustCheck(&reg.Org, e)
		if riskassess.RecordOn(e, asOf) || (in != nil && !in(e)) {
			continue
		}
		entries = append(entries, e)
	}
	items := []CouncilItem{
		{ID: CouncilSocialListed,
			Text: riskassess.T("運用中・休止中の公式ソーシャルメディアアカウントは、すべて議会の公式アカウント一覧（公開ページ）に掲載されているか",
				"Is every official social-media account in operation (active or suspended) on the council's public list of accounts?"),
			Basis: riskassess.T("各アカウントの掲載ページ（listed_on）の記録", "the listing page recorded for each account (listed_on)")},
		{ID: CouncilContractClauses,
			Text: riskassess.T("有効な契約（開始前のもの、終了後も情報が返還・削除されていないものを含む）は、すべて要件が求めるセキュリティ条項を含んでいるか",
				"Does every contract in force (including one not yet started, and one ended with the information not returned or deleted) contain the security clauses the requirements call for?"),
			Basis: riskassess.T("契約ごとに記録した条項（contracts[].clauses）と要件の評価", "the clauses recorded for each contract (contracts[].clauses) and the requirements' results")},
		{ID: CouncilResponsible,
			Text: riskassess.T("すべてのエントリに、在任中の責任者（所管の担当者、アカウントの責任者）が定まっているか",
				"Does every entry have a named responsible person who is in post (its owner, and an account's responsible person)?"),
			Basis: riskassess.T("エントリの所管・責任者と register.yaml の職員の在任期間", "the entries' owner and responsible person and the staff's periods in post in register.yaml")},
		{ID: CouncilReviewOnTime,
			Text: riskassess.T("すべてのエントリの定期見直しが期限内に行われているか",
				"Has every entry been reviewed on time?"),
			Basis: riskassess.T("前回見直し・承認の決定日と見直し間隔（last_reviewed、approval.decided_on、review_due）", "the last review, the approval decision and the review interval (last_reviewed, approval.decided_on, review_due)")},
	}
	// gap adds a gap to it; msg is called only when messages is set.
	gap := func(it *CouncilItem, e riskassess.Entry, field string, msg func() riskassess.Text) {
		g := CouncilGap{Kind: e.Kind(), EntryID: e.Base().ID, Field: field}
		if messages {
			g.Message = msg()
		}
		// Doubled when full: append grows a large slice by a quarter,
		// copying tens of thousands of gaps (CW-02) again and again.
		if len(it.Gaps) == cap(it.Gaps) {
			it.Gaps = slices.Grow(it.Gaps, max(len(it.Gaps), 16))
		}
		it.Gaps = append(it.Gaps, g)
	}
	// findingMsg is the message of a gap shown by finding f.
	findingMsg := func(f *riskassess.Finding) func() riskassess.Text {
		return func() riskassess.Text {
			return riskassess.T(f.Requirement+" "+f.Title.Ja+": "+f.Message.Ja,
				f.Requirement+" "+f.Title.In("en")+": "+f.Message.In("en"))
		}
	}

	// CW-01.
	for _, e := range entries {
		s, ok := e.(*riskassess.Social)
		if !ok {
			continue
		}
		if st := s.StatusOn(asOf); st != riskassess.AccountActive && st != riskassess.AccountSuspended {
			continue
		}
		items[0].Checked++
		if strings.TrimSpace(s.ListedOn) == "" {
			gap(&items[0], e, "listed_on", func() riskassess.Text {
				return riskassess.T("公式アカウント一覧への掲載が記録されていません（listed_on がない）。一覧に掲載し、そのページを listed_on に記入してください",
					"no listing on the public list of accounts is recorded (no listed_on): list the account and record the page in listed_on")
			})
			continue
		}
		// A listed_on the assessment reads as no listing (未定, なし, the
		// account's own profile page: a finding on listed_on not met) is
		// not a listing either.
		if a := byKey[riskassess.EntryKey{Kind: riskassess.KindSocial, ID: s.ID}]; a != nil {
			for i := range a.Findings {
				if f := &a.Findings[i]; f.Outcome == riskassess.OutcomeNotMet && f.Evidence == "listed_on" {
					gap(&items[0], e, "listed_on", findingMsg(f))
					break
				}
			}
		}
	}

	// CW-02. The gaps, often several per contractor, are counted first.
	n := 0
	for _, e := range entries {
		if c, ok := e.(*riskassess.Contractor); ok {
			if a := byKey[riskassess.EntryKey{Kind: riskassess.KindContractor, ID: c.ID}]; a != nil {
				for i := range a.Findings {
					if clauseGap(&a.Findings[i]) {
						n++
					}
				}
			}
		}
	}
	if n > 0 {
		items[1].Gaps = make([]CouncilGap, 0, n)
	}
	sc := reg.Org.Scheme()
	for _, e := range entries {
		c, ok := e.(*riskassess.Contractor)
		if !ok {
			continue
		}
		for i := range c.Contracts {
			// The contracts the catalogue's clause checks look at.
			if c.Live(&sc, i, asOf) {
				items[1].Checked++
			}
		}
		a := byKey[riskassess.EntryKey{Kind: riskassess.KindContractor, ID: c.ID}]
		if a == nil {
			continue
		}
		for i := range a.Findings {
			if f := &a.Findings[i]; clauseGap(f) {
				gap(&items[1], e, f.Evidence, findingMsg(f))
			}
		}
	}

	// CW-03.
	owned := make(map[riskassess.EntryKey]bool, len(entries))
	answerable := make(map[riskassess.EntryKey]bool, len(reg.Social))
	index := EntryIndex(reg) // one lookup per assignment
	// Only the owners and responsible persons; every entry was checked above.
	for _, as := range assignments(reg, asOf, false, true) {
		e := index[riskassess.EntryKey{Kind: as.Kind, ID: as.EntryID}]
		if e == nil || riskassess.RecordOn(e, asOf) || (in != nil && !in(e)) {
			continue
		}
		switch as.Role {
		case riskassess.RoleOwner:
			owned[riskassess.EntryKey{Kind: as.Kind, ID: as.EntryID}] = true
		case riskassess.RoleResponsible:
			answerable[riskassess.EntryKey{Kind: as.Kind, ID: as.EntryID}] = true
		}
		if as.Problem.Warning() {
			gap(&items[2], e, as.Field(), func() riskassess.Text { return as.Message })
		}
	}
	for _, e := range entries {
		items[2].Checked++
		if !owned[riskassess.EntryKey{Kind: e.Kind(), ID: e.Base().ID}] {
			gap(&items[2], e, "owner", func() riskassess.Text {
				return riskassess.T("所管の役職・担当者が記録されていません（owner に section しかない）。owner.position か owner.person を記入してください",
					"no owner's position or person is recorded (owner names a section only): fill in owner.position or owner.person")
			})
		}
		if _, social := e.(*riskassess.Social); social && !answerable[riskassess.EntryKey{Kind: e.Kind(), ID: e.Base().ID}] {
			gap(&items[2], e, "responsible", func() riskassess.Text {
				return riskassess.T("アカウントの責任者（役職・担当者）が記録されていません。responsible.position か responsible.person を記入してください",
					"no responsible person (position or person) is recorded for the account: fill in responsible.position or responsible.person")
			})
		}
	}
	sortGaps(&items[2], entries)

	// CW-04.
	for _, e := range entries {
		a := byKey[riskassess.EntryKey{Kind: e.Kind(), ID: e.Base().ID}]
		if a == nil {
			continue
		}
		items[3].Checked++
		if a.Review.Overdue {
			gap(&items[3], e, a.Review.Field, func() riskassess.Text {
				return riskassess.T("見直しの期限 "+a.Review.Date.String()+" を過ぎています。"+a.Review.Reason.Ja,
					"the review was due on "+a.Review.Date.String()+". "+a.Review.Reason.In("en"))
			})
		}
	}

	for i := range items {
		switch {
		case len(items[i].Gaps) > 0:
			items[i].Outcome = riskassess.OutcomeNotMet
		case items[i].Checked == 0:
			items[i].Outcome = riskassess.OutcomeNotApplicable
		default:
			items[i].Outcome = riskassess.OutcomeMet
		}
	}
	return items
}

// sortGaps orders the gaps of it by the order of entries (register order),
// keeping the order of the gaps of one entry.
func sortGaps(it *CouncilItem, entries []riskassess.Entry) {
	pos := make(map[riskassess.EntryKey]int, len(entries))
	for i, e := range entries {
		pos[riskassess.EntryKey{Kind: e.Kind(), ID: e.Base().ID}] = i
	}
	slices.SortStableFunc(it.Gaps, func(a, b CouncilGap) int {
		return pos[riskassess.EntryKey{Kind: a.Kind, ID: a.EntryID}] - pos[riskassess.EntryKey{Kind: b.Kind, ID: b.EntryID}]
	})
}
