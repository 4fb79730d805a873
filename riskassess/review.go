package riskassess

// ReviewOutcome is what a review of an entry concluded (見直しの結果).
type ReviewOutcome string

// Review outcomes.
const (
	// ReviewStillValid: nothing changed; the assessment and the approval
	// stand (現状維持).
	ReviewStillValid ReviewOutcome = "still-valid"
	// ReviewRescored: facts were corrected or answers updated and the
	// entry was assessed again (再評価).
	ReviewRescored ReviewOutcome = "rescored"
	// ReviewConditionsChanged: the conditions of the approval were changed
	// (条件変更).
	ReviewConditionsChanged ReviewOutcome = "conditions-changed"
	// ReviewRetired: the entry is no longer used and is kept as a record
	// (廃止). entryedit.ApplyReview (riskassess/entryedit) retires the approval.
	ReviewRetired ReviewOutcome = "retired"
)

func (o ReviewOutcome) Valid() bool     { return reviewOutcomeEnum.valid(o) }
func (ReviewOutcome) Allowed() []string { return reviewOutcomeEnum.allowed() }

// Label returns the display name of o in lang ("ja" or "en").
func (o ReviewOutcome) Label(lang Lang) string {
	return reviewOutcomeEnum.label(o, lang)
}

// reviewOutcomeEnum declares the values of ReviewOutcome and their labels (see enumTable).
var reviewOutcomeEnum = newEnum(reviewOutcomeAliases,
	row(ReviewStillValid, "現状維持", "Still valid"),
	row(ReviewRescored, "再評価", "Re-scored"),
	row(ReviewConditionsChanged, "条件変更", "Conditions changed"),
	row(ReviewRetired, "廃止", "Retired"),
)

// ReviewRecord is one review of an entry (見直しの記録), kept in the entry's
// reviews: list, oldest first. Residual and Decision are the assessment at
// the moment of the review (the entry as reviewed, assessed as of On), so
// that the log shows what the reviewer saw even after the catalogue or the
// entry changed.
//
// The log and last_reviewed are one truth: recording a review (entryedit.ApplyReview,
// riskregister review) sets last_reviewed to the review's date, and the
// loader refuses an entry whose last_reviewed is not the date of its latest
// review (store.CodeReviewLog). The next review date (ReviewOf) therefore
// follows from the latest record. A last_reviewed that a review replaced
// and no record holds is kept in the record as PreviousReview.
type ReviewRecord struct {
	// On is the date of the review.
	On Date `yaml:"on" json:"on"`
	// Position is the reviewer's position id (register.yaml positions).
	Position string `yaml:"position" json:"position"`
	// Person is the reviewer's person id (register.yaml people).
	Person string `yaml:"person" json:"person"`
	// Outcome is what the review concluded.
	Outcome ReviewOutcome `yaml:"outcome" json:"outcome"`
	// Reason says why, in the reviewer's words.
	Reason string `yaml:"reason" json:"reason"`
	// Residual is the residual risk at the review.
	Residual RiskLevel `yaml:"residual" json:"residual"`
	// Decision is the recommended decision at the review.
	Decision Decision `yaml:"decision" json:"decision"`
	// PreviousReview is the last_reviewed this review replaced, when it
	// was not the date of an earlier record of the log (a review made
	// before the log was kept): only on the log's first record; zero
	// when there was none or it is logged. It must be before On and is
	// refused on any later record (DatePreviousReview: the store refuses
	// it as review-log, CheckEntry with ErrEntryValue). As of a date before On it is a review that
	// had taken place (Common.LastReviewedOn): without it, the review
	// recorded later would leave the entry never reviewed as of then.
	// riskregister review writes it (entryedit.ReplacedReview).
	PreviousReview Date `yaml:"previous_review,omitempty" json:"previous_review,omitzero"`
}

// LatestReview returns the latest record of e's review log (the last of
// reviews:, which is kept in date order) and whether there is one.
func LatestReview(e Entry) (ReviewRecord, bool) {
	rs := e.Base().Reviews
	if len(rs) == 0 {
		return ReviewRecord{}, false
	}
	return rs[len(rs)-1], true
}

// LastReviewedAgrees reports whether c's last_reviewed is the date of the
// latest record of its review log (reviews:, kept oldest first): both are
// the record of the last review, and ReviewOf reads last_reviewed, or the
// log when last_reviewed is after the as-of date, so two dates would give
// two next reviews. It is true when the log is empty or its latest record
// has no date (the store requires one). This is the one rule: the store
// refuses an entry file for which it is false (review-log), and
// CheckEntry an entry built in Go (ErrEntryValue).
func (c *Common) LastReviewedAgrees() bool {
	if len(c.Reviews) == 0 {
		return true
	}
	last := c.Reviews[len(c.Reviews)-1].On
	return last.IsZero() || c.LastReviewed == last
}
