// Package entryedit holds the two ways riskregister changes a recorded
// entry besides editing its file: merging the answers of an imported
// questionnaire into the entry's answers (MergeAnswers, used by
// riskassess/xlsx and riskregister import) and recording a review
// (CheckReview, then ApplyReview, used by riskassess/store and riskregister
// review). Each describes the change on the model's types; writing it to
// the register folder is the job of riskassess/store.
//
// The shortest use, recording a review:
//
//	if why := entryedit.CheckReview(e, rec); why != (riskassess.Text{}) {
//		return errors.New(why.In(lang))
//	}
//	entryedit.ApplyReview(e, rec) // appends to reviews:, sets last_reviewed
//
// Neither scores: the scorer in package riskassess reads what they
// recorded. MergeAnswers never modifies its arguments; ApplyReview changes
// only the entry it is given.
//
// The package imports only riskassess and the standard library, so that
// every adapter and the command can use it without importing another.
package entryedit
