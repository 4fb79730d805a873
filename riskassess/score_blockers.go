package riskassess

import (
	"errors"
	"fmt"
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
// 重大 and the decision to 不可 whatever the scores say. The rules are
// catalogue data (catalog.Blockers), passed to the scorer as
// Scorer.Blockers.
type BlockerRule struct {
	ID      string
	Message Text
	// Check reports whether the rule triggers for c and, if so, the register
	// field paths or requirement ids that made it trigger. It must be pure.
	Check func(c *BlockerContext) (triggered bool, evidence string)
}

// ErrNoBlockers is the error of a Scorer whose Blockers is nil: scoring
// without the blocker rules would look plausible and approve what a
// blocker forbids. Pass the catalogue's rules (catalog.Blockers, or
// load.Result.Blockers), or a non-nil empty slice to score without any.
var ErrNoBlockers = errors.New("riskassess: Scorer.Blockers is nil (pass the catalogue's blocker rules, e.g. catalog.Blockers(), or []BlockerRule{} for none) / 承認を妨げる規則（Scorer.Blockers）が渡されていません（catalog.Blockers() などを渡してください）")

// checkBlockers returns ErrNoBlockers when rules is nil and an error
// naming the rule when one has no Check.
func checkBlockers(rules []BlockerRule) error {
	if rules == nil {
		return ErrNoBlockers
	}
	for i := range rules {
		if rules[i].Check == nil {
			return fmt.Errorf("riskassess: blocker rule %d (%q) has no Check / 承認を妨げる規則 %q に判定関数（Check）がありません", i, rules[i].ID, rules[i].ID)
		}
	}
	return nil
}

// evalBlockers runs rules (checked by checkBlockers) in order and returns
// the triggered ones.
func evalBlockers(rules []BlockerRule, c *BlockerContext) []Blocker {
	return evalBlockersInto(nil, rules, c)
}

// evalBlockersInto is evalBlockers appending to out.
func evalBlockersInto(out []Blocker, rules []BlockerRule, c *BlockerContext) []Blocker {
	for i := range rules {
		r := &rules[i]
		if ok, ev := r.Check(c); ok {
			out = append(out, Blocker{ID: r.ID, Message: r.Message, Evidence: ev})
		}
	}
	return out
}
