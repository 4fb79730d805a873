package riskassess

import (
	"strconv"
	"strings"
)

// ConfidentialityClauseID is the requirement id of the contract clause on
// confidentiality (守秘義務, surviving the end of the contract). A contract
// records the clause as clauses: [{requirement: OUT-16, article: …}]. The
// blocker BlockerNoConfidentialityClause looks for this id.
const ConfidentialityClauseID = "OUT-16"

// Ids of the default blocker rules.
const (
	BlockerTermsClass2             = "BLK-TERMS-CLASS2"
	BlockerSocialNoResponsible     = "BLK-SNS-NO-RESPONSIBLE"
	BlockerNoConfidentialityClause = "BLK-NO-CONFIDENTIALITY-CLAUSE"
	BlockerMyNumberSegment         = "BLK-MYNUMBER-SEGMENT"
	BlockerCriticalNotMet          = "BLK-CRITICAL-NOT-MET"
)

// BlockerContext is what a blocker rule looks at: the organisation, its
// classification scheme, the entry, the findings of the entry (catalogue
// and expiry findings, sorted) and the as-of date.
type BlockerContext struct {
	Org      *Organisation
	Scheme   *ClassificationScheme
	Entry    Entry
	Findings []Finding
	AsOf     Date
}

// BlockerRule is a rule that, when it triggers, forces the residual risk to
// 重大 and the decision to 不可 whatever the scores say.
type BlockerRule struct {
	ID      string
	Message Text
	// Check reports whether the rule triggers for c and, if so, the register
	// field paths or requirement ids that made it trigger. It must be pure.
	Check func(c *BlockerContext) (triggered bool, evidence string)
}

// DefaultBlockers are the blocker rules used by the zero Scorer, in the
// order they are reported:
//
//   - BLK-TERMS-CLASS2: a terms-based (約款) service handles confidentiality
//     class 2 or higher;
//   - BLK-SNS-NO-RESPONSIBLE: a social-media account has no responsible
//     person on the as-of date: responsible.person is empty and the post
//     it names (section and position) has not exactly one holder
//     (Organisation.Holders), or the person named is not in post
//     (Person.PostOn: no posting of theirs covers the day);
//   - BLK-NO-CONFIDENTIALITY-CLAUSE: a contract hands class 2+ information to
//     a contractor but lacks the confidentiality clause (ConfidentialityClauseID);
//   - BLK-MYNUMBER-SEGMENT: My Number data is used outside the My Number
//     segment (a service on the internet or LGWAN segment; a contract whose
//     segments include any other segment);
//   - BLK-CRITICAL-NOT-MET: a finding of severity critical is not met.
//
// Rules look only at stated facts: a missing class or segment never
// triggers a blocker (it raises inherent risk and the catalogue reports it).
var DefaultBlockers = []BlockerRule{
	{
		ID: BlockerTermsClass2,
		Message: T("約款による外部サービスで機密性2以上の情報を取り扱っています。個別契約のサービスに切り替えるか、取り扱う情報を機密性1に限定してください。",
			"A terms-based (click-through) service handles information of confidentiality class 2 or higher. Move to a negotiated service or limit the information to class 1."),
		Check: func(c *BlockerContext) (bool, string) {
			s, ok := c.Entry.(*Service)
			if !ok || s.ContractType != ContractTerms {
				return false, ""
			}
			if c.Scheme.ConfidentialityRank(s.Class) >= 2 {
				return true, "contract_type, class.confidentiality"
			}
			return false, ""
		},
	},
	{
		ID: BlockerSocialNoResponsible,
		Message: T("ソーシャルメディアアカウントの責任者が定められていません。在任している職員を責任者に指定してください。",
			"The social-media account has no responsible person. Name a member of staff in post as the responsible person."),
		Check: func(c *BlockerContext) (bool, string) {
			s, ok := c.Entry.(*Social)
			if !ok {
				return false, ""
			}
			r := s.Responsible
			if id := strings.TrimSpace(r.Person); id != "" {
				// A person who is not in post on the day is nobody.
				if p := c.Org.personOrNil(id); p != nil {
					if _, _, in := p.PostOn(c.AsOf); !in {
						return true, "responsible.person"
					}
				}
				return false, ""
			}
			// No person: the post's one holder is the responsible person.
			if r.Position != "" && c.Org != nil && len(c.Org.Holders(r.Section, r.Position, c.AsOf)) == 1 {
				return false, ""
			}
			return true, "responsible.person"
		},
	},
	{
		ID: BlockerNoConfidentialityClause,
		Message: T("機密性2以上の情報を委託先に渡す契約に、守秘義務条項（契約終了後も存続するもの）がありません。契約に守秘義務条項を加えてください。",
			"A contract hands information of confidentiality class 2 or higher to the contractor without a confidentiality clause (one that survives the contract). Add the clause to the contract."),
		Check: func(c *BlockerContext) (bool, string) {
			k, ok := c.Entry.(*Contractor)
			if !ok {
				return false, ""
			}
			var hits []string
			for i := range k.Contracts {
				ct := &k.Contracts[i]
				if !liveContract(ct, c.AsOf) || hasClause(ct, ConfidentialityClauseID) {
					continue
				}
				for _, inf := range ct.Information {
					if c.Scheme.ConfidentialityRank(inf.Class) >= 2 {
						hits = append(hits, "contracts["+strconv.Itoa(i)+"].clauses")
						break
					}
				}
			}
			return len(hits) > 0, strings.Join(hits, ", ")
		},
	},
	{
		ID: BlockerMyNumberSegment,
		Message: T("特定個人情報（マイナンバー）をマイナンバー利用事務系以外のネットワークで取り扱っています。マイナンバー利用事務系に限定してください。",
			"My Number data is handled outside the My Number segment. Confine it to the My Number segment."),
		Check: func(c *BlockerContext) (bool, string) {
			var hits []string
			switch v := c.Entry.(type) {
			case *Service:
				if v.MyNumber {
					for _, g := range v.Segments {
						if g == SegmentInternet || g == SegmentLGWAN {
							hits = append(hits, "segments")
							break
						}
					}
				}
			case *Contractor:
				for i := range v.Contracts {
					ct := &v.Contracts[i]
					if !liveContract(ct, c.AsOf) {
						continue
					}
					mn := false
					for _, inf := range ct.Information {
						mn = mn || inf.MyNumber
					}
					if !mn {
						continue
					}
					for _, g := range ct.Segments {
						if g != SegmentMyNumber {
							hits = append(hits, "contracts["+strconv.Itoa(i)+"].segments")
							break
						}
					}
				}
			}
			return len(hits) > 0, strings.Join(hits, ", ")
		},
	},
	{
		ID: BlockerCriticalNotMet,
		Message: T("重大度「重大」の要件が満たされていません。",
			"A requirement of critical severity is not met."),
		Check: func(c *BlockerContext) (bool, string) {
			var ids []string
			for i := range c.Findings {
				f := &c.Findings[i]
				if f.Outcome == OutcomeNotMet && f.Severity == SeverityCritical {
					ids = append(ids, f.Requirement)
				}
			}
			return len(ids) > 0, strings.Join(ids, ", ")
		},
	},
}

func hasClause(c *Contract, id string) bool {
	for _, cl := range c.Clauses {
		if cl.Requirement == id {
			return true
		}
	}
	return false
}

// evalBlockers runs rules in order and returns the triggered ones.
func evalBlockers(rules []BlockerRule, c *BlockerContext) []Blocker {
	var out []Blocker
	for i := range rules {
		r := &rules[i]
		if r.Check == nil {
			continue
		}
		if ok, ev := r.Check(c); ok {
			out = append(out, Blocker{ID: r.ID, Message: r.Message, Evidence: ev})
		}
	}
	return out
}
