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
	// (廃止). ApplyReview retires the approval.
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
// The log and last_reviewed are one truth: recording a review (ApplyReview,
// riskregister review) sets last_reviewed to the review's date, and the
// loader refuses an entry whose last_reviewed is not the date of its latest
// review (store.CodeReviewLog). The next review date (ReviewOf) therefore
// follows from the latest record.
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

// ApplyReview records r in e: it appends r to the review log and sets
// last_reviewed to r.On. A review with outcome ReviewRetired also retires
// the entry as the register models it: approval.status retired, decided
// on r.On by the reviewer's position (approval.approver), and a retired
// record with the reason appended to approval.history. ApplyReview does
// not check r; CheckReview does.
func ApplyReview(e Entry, r ReviewRecord) {
	b := e.Base()
	b.Reviews = append(b.Reviews, r)
	b.LastReviewed = r.On
	if r.Outcome == ReviewRetired {
		b.Approval.Status = StatusRetired
		b.Approval.DecidedOn = r.On
		b.Approval.Approver = r.Position
		b.Approval.History = append(b.Approval.History, DecisionRecord{Status: StatusRetired, Approver: r.Position, On: r.On, Note: r.Reason})
	}
}

// CheckReview returns why review r cannot be recorded in e, or the zero
// Text when it can: a required field is empty, the outcome is unknown, the
// date is before the latest review already logged (the log is kept in date
// order), or the entry is already retired (a record is not reviewed). The
// references to the position and the person are checked by the loader
// after the edit.
func CheckReview(e Entry, r ReviewRecord) Text {
	switch {
	case r.On.IsZero():
		return T("見直しの日付がありません（--date 2026-12-01 の形で指定してください）", "the review has no date (give --date as 2026-12-01)")
	case r.Position == "":
		return T("見直した人の役職がありません（register.yaml の役職 ID を指定してください）", "the reviewer's position is missing (give a position id of register.yaml)")
	case r.Person == "":
		return T("見直した人がいません（register.yaml の職員 ID を指定してください）", "the reviewer is missing (give a person id of register.yaml)")
	case !r.Outcome.Valid() || r.Outcome == "":
		return T("見直しの結果 "+string(r.Outcome)+" は使えません。still-valid・rescored・conditions-changed・retired のいずれかにしてください",
			"the outcome "+string(r.Outcome)+" is not one of still-valid, rescored, conditions-changed, retired")
	case r.Reason == "":
		return T("見直しの理由がありません（--reason で書いてください）", "the review has no reason (write it with --reason)")
	}
	if last, ok := LatestReview(e); ok && r.On.Before(last.On) {
		return T("見直しの日付 "+r.On.String()+" が、記録済みの最新の見直し（"+last.On.String()+"）より前です。見直しの記録は日付順です",
			"the review date "+r.On.String()+" is before the latest review logged ("+last.On.String()+"); the log is kept in date order")
	}
	if Retired(e) {
		return T("このエントリは廃止済みです。廃止の記録は見直しません", "this entry is retired; a retired record is not reviewed")
	}
	return Text{}
}
