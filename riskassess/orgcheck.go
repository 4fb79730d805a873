package riskassess

import (
	"errors"
	"fmt"
)

// ErrOrgSetting is the error of CheckOrganisation, and so of Scorer.Assess,
// AssessAll, Assessor and sitegen.Build, for an organisation with a
// setting that register.yaml could not hold (riskassess/load refuses it
// there, as bad-value), which the scorer would otherwise use, or drop for
// the default, silently: a ResidualMatrix that is incomplete (the default
// matrix was used instead), has a level that is not a RiskLevel ("High":
// every entry's residual risk became "High", with a decision anyway), bands
// written as fractions (every entry in the best band) or cells that fall
// as the risk grows; a Classification level of rank 0 or with ranks that
// do not fall down the list (3A information scored as class 1); or
// ReviewIntervals with a negative field (read as the default), one over
// MaxReviewMonths (never due in practice) or that grow with the residual risk (critical entries reviewed less often than
// low ones); or People whose post ends before it starts, or whose earlier
// post does not end before the current one (Holders and CheckSignOff read
// who held a post on a day wrong), or with a date after the year MaxYear.
// The error returned wraps it and names the setting. The stage
// functions that read these settings and have no error to return
// (Inherent, Scorer.Inherent, Scorer.Residual, Findings, FindingsAt,
// ReviewOf, ReviewAt, NextReview, DueItems, DueItemsAt, ExpiryFindingsAt,
// TaskDatesAt, TasksAt, ReevaluationAt) panic with the error of
// CheckOrganisation, as they panic with that of CheckEntry; Scorer.
// TriggeredBlockers returns it. The functions of riskassess/report read
// assessments made already (by AssessAll, which checked the organisation)
// and do not check it again.
var ErrOrgSetting = errors.New("riskassess: an Organisation setting holds a value register.yaml could not hold (riskassess/load refuses it when it reads the register) / 組織の設定に register.yaml では使えない値があります")

// CheckOrganisation returns the error Scorer.Assess, AssessAll and
// Assessor return for org's settings, before they assess anything: one
// wrapping ErrDueOff when org.DueOff names a task that cannot be switched
// off, and one wrapping ErrOrgSetting when org.ResidualMatrix is set but
// is not complete and consistent (three bands within 0–100, highest first,
// not fractions; four RiskLevels a row; no cell lower than for a better
// band or a lower inherent level), when a level of org.Classification has
// a rank below 1 or not below the rank of the level before it (levels
// are listed most sensitive first), or when a field of org.ReviewIntervals
// is negative or over MaxReviewMonths, or a level's interval (a zero
// field: its default) is longer
// than the interval of the level below it, or when a date of org.People
// is after the year MaxYear or two of a person's dates are out of order
// (PersonDateOrders: a post that ends before it starts, an earlier post
// that does not end before the current one starts). These are the values the store
// refuses in register.yaml, so an organisation loaded by riskassess/load
// passes; one built in Go may not. A nil org is the zero Organisation,
// which passes: its zero fields mean the defaults.
func CheckOrganisation(org *Organisation) error {
	if org == nil {
		return nil
	}
	if err := checkDueOff(org); err != nil {
		return err
	}
	if s := org.ResidualMatrix; s != nil {
		m, ok := s.Matrix()
		if !ok {
			return fmt.Errorf("%w: Organisation.ResidualMatrix has %d bands and %d, %d, %d and %d levels in its rows: want 3 bands and 4 levels a row (nil for the default matrix) / 残留リスクの表は帯を 3 つ、各行に水準を 4 つ書いてください", ErrOrgSetting,
				len(s.Bands), len(s.Low), len(s.Medium), len(s.High), len(s.Critical))
		}
		if err := checkMatrix("Organisation.ResidualMatrix", &m); err != nil {
			return fmt.Errorf("%w: %w", ErrOrgSetting, err)
		}
	}
	if s := org.Classification; s != nil {
		for _, axis := range [...]struct {
			name   string
			levels []Level
		}{{"Confidentiality", s.Confidentiality}, {"Integrity", s.Integrity}, {"Availability", s.Availability}} {
			for i, l := range axis.levels {
				if l.Rank < 1 || (i > 0 && l.Rank >= axis.levels[i-1].Rank) {
					return fmt.Errorf("%w: Organisation.Classification.%s[%d] (%q) has rank %d: want ranks of 1 or more, falling down the list (most sensitive first) / 分類の区分 %q の rank %d は使えません（1 以上で、機密性の高い順に小さくしてください）", ErrOrgSetting,
						axis.name, i, l.ID, l.Rank, l.ID, l.Rank)
				}
			}
		}
	}
	ri := org.ReviewIntervals
	levels := [...]struct {
		name  string
		level RiskLevel
		v     int
	}{{"Low", RiskLow, ri.Low}, {"Medium", RiskMedium, ri.Medium}, {"High", RiskHigh, ri.High}, {"Critical", RiskCritical, ri.Critical}}
	for i, l := range levels {
		if l.v > MaxReviewMonths {
			return fmt.Errorf("%w: Organisation.ReviewIntervals.%s is %d months: reviews of that level would in effect never fall due; want at most %d / 見直しの間隔 %s が %d か月です（%d か月以下にしてください）", ErrOrgSetting, l.name, l.v, MaxReviewMonths, l.level.Label("ja"), l.v, MaxReviewMonths)
		}
		if l.v < 0 {
			return fmt.Errorf("%w: Organisation.ReviewIntervals.%s is %d: want a number of months above 0, or 0 for the default / 見直しの間隔 %s が %d か月です（0 より大きい月数にしてください）", ErrOrgSetting, l.name, l.v, l.level.Label("ja"), l.v)
		}
		if i > 0 && ri.Months(l.level) > ri.Months(levels[i-1].level) {
			return fmt.Errorf("%w: Organisation.ReviewIntervals.%s (%d months) is longer than %s (%d months): entries of higher residual risk would be reviewed less often (a zero field is its default) / 見直しの間隔が、残留リスク %s（%d か月）の方が %s（%d か月）より長くなっています", ErrOrgSetting,
				l.name, ri.Months(l.level), levels[i-1].name, ri.Months(levels[i-1].level), l.level.Label("ja"), ri.Months(l.level), levels[i-1].level.Label("ja"), ri.Months(levels[i-1].level))
		}
	}
	return checkPeople(org)
}

// mustCheckOrganisation panics with the error of CheckOrganisation for
// org, if any (see mustCheckEntry).
func mustCheckOrganisation(org *Organisation) {
	if err := CheckOrganisation(org); err != nil {
		panic(err)
	}
}
