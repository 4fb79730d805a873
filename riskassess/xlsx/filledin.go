package xlsx

import (
	"slices"
	"strings"

	"github.com/gikai-sec/riskregister/riskassess"
)

// checkFilledIn refuses (ErrNotFilledIn) a questionnaire made by
// riskregister for an entry of ReadOptions.Register that confirms
// nothing: a vendor questionnaire that came back as it was sent (the
// respondent fields on the cover blank, see respondentBlank, and no
// answer or comment other than what the workbook was pre-filled with, see
// asSent), which would otherwise record the council's own pre-filled facts
// as the vendor's answers; or a vendor questionnaire or self-check of one
// entry in which no question has an answer or a comment at all (see
// nothingGiven), whatever its cover says: with nothing pre-filled and
// nothing typed, it would mark its round returned with no answer. The
// same file already recorded for the entry, and (outside a round) a copy
// of the latest record, are not refused: they record nothing new. A
// workbook that already has errors, a self-check of several entries (see
// readBook), a foreign questionnaire read by its mapping and a workbook
// read without a register are not checked; a questionnaire whose _meta
// sheet was lost (its sheets copied into a new workbook) and that is
// imported with --entry is.
func (rd *reader) checkFilledIn() {
	res, reg := rd.res, rd.opts.Register
	if res.Meta != nil && res.Meta.Scope != "" || reg == nil ||
		res.Kind == "" || res.EntryID == "" || res.HasErrors() {
		return
	}
	e := reg.Entry(res.Kind, res.EntryID)
	if e == nil {
		return
	}
	// The answers are compared with the entry's current ones, which a
	// first import of this file (or of its content) has set: the same
	// file already recorded, or a re-saved copy of the latest record
	// outside a round, records nothing new and is left to import's
	// duplicate checks. A round workbook is always checked, so that an
	// untouched one never marks its round returned.
	if holdsFile(e, res.SHA256) {
		return
	}
	if res.Round == "" && res.SameAsLatest(e.Base()) {
		return
	}
	if res.By != riskassess.AttestCouncil && respondentBlank(res.Respondent, reg.ExpectedRespondent(e)) && rd.allAsSent() {
		rd.problem((&CellError{Sheet: rd.coverSheet, Code: ErrNotFilledIn, Value: "回答者 / Respondent"}).withHint(
			"表紙の回答者欄が空欄で、回答も送付時の事前記入のままです。未記入のまま返送されたとみなし、何も記録していません。事業者に回答を確認して回答者・回答日を記入してもらい、取り込み直してください",
			"the respondent fields on the cover are blank and every answer is as pre-filled when sent: the workbook came back not filled in and nothing is recorded; ask the vendor to check the answers and fill in the respondent and date, then import again"))
		return
	}
	if nothingGiven(res.Items) {
		rd.problem(notAnswered(res.Sheet))
	}
}

// holdsFile reports whether e has an import record of the file whose
// SHA-256 is sha.
func holdsFile(e riskassess.Entry, sha string) bool {
	return slices.ContainsFunc(e.Base().Assessments, func(a riskassess.AssessmentRecord) bool { return a.SHA256 == sha })
}

// notAnswered is the ErrNotFilledIn refusal of a workbook in which no
// question has an answer or a comment (see nothingGiven), on its
// questions sheet.
func notAnswered(sheet string) *CellError {
	return (&CellError{Sheet: sheet, Code: ErrNotFilledIn, Value: "回答 / Answer"}).withHint(
		"どの質問にも回答・コメントがありません。何も回答していない確認票は未記入とみなし、何も記録していません（回の返送も記録しません）。回答を記入してもらい、取り込み直してください",
		"no question has an answer or a comment: a workbook that answers nothing counts as not filled in and nothing is recorded (nor its round returned); have the answers filled in, then import again")
}

// nothingGiven reports whether no item has an answer or a comment in its
// cells: every question not answered, with no comment (a pre-filled
// "from the register" note left after its answer was cleared does not
// count) or missing. A pre-filled answer kept as it was counts as an
// answer (a confirmation), and so does any comment, and any answer or
// comment on a row that is not imported (a question not in the catalogue
// or not the answerer's): the workbook is not blank.
func nothingGiven(items []Item) bool {
	for i := range items {
		it := &items[i]
		for _, s := range []string{it.Answer, it.Raw, it.Comment} {
			if strings.TrimFunc(s, isSpace) != "" {
				return false
			}
		}
	}
	return true
}

// allAsSent reports whether every item gives nothing besides what the
// workbook was pre-filled with (see asSent).
func (rd *reader) allAsSent() bool {
	for i := range rd.res.Items {
		if !rd.res.asSent(&rd.res.Items[i]) {
			return false
		}
	}
	return true
}

// respondentBlank reports whether the respondent fields read from a cover
// hold nothing the vendor typed: no person, contact or date, and the
// company name and 法人番号 empty or as pre-filled (want).
func respondentBlank(got, want riskassess.Respondent) bool {
	blank := func(s string) bool { return strings.TrimFunc(s, isSpace) == "" }
	return blank(got.Person) && blank(got.Contact) && got.Date.IsZero() &&
		(blank(got.Company) || got.Company == want.Company) &&
		(blank(got.CorporateNumber) || got.CorporateNumber == want.CorporateNumber)
}

// asSent reports whether the item it gives no answer or comment besides
// what the workbook was pre-filled with (Questionnaire.Answers). A
// workbook that records its pre-filled cells (Meta.PrefillDigests) is
// compared with them: its answer and comment each blank or as made,
// whatever the entry holds now. An older one is compared with the
// entry's current answers: the entry's stored answer unchanged, an answer derived from the register
// still carrying its "filled in from the register" note for that value
// (even when the entry has since received another answer) with no other
// comment or the stored one, the stored comment of a question without a
// value, or no answer at all.
func (r *Result) asSent(it *Item) bool {
	if m := r.Meta; m != nil && len(m.PrefillDigests) == len(m.QuestionIDs) && len(m.PrefillDigests) > 0 {
		if i := slices.Index(m.QuestionIDs, it.ID); i >= 0 {
			// What the workbook itself was pre-filled with, whatever
			// the entry holds now.
			v := it.Answer
			if v == "" {
				v = it.Raw
			}
			return prefilledAs(v, it.Comment, m.PrefillDigests[i])
		}
	}
	prev := r.Current[it.ID]
	switch it.Status {
	case StatusUnchanged:
		return true
	case StatusImported, StatusChanged:
		// An answer still carrying the workbook's own "filled in from the
		// register" note for that very value is what was sent, whatever
		// the entry holds now: a blank workbook sent before the vendor's
		// reply and imported after it must not overwrite that reply with
		// the council's pre-filled facts.
		a := r.Answers[it.ID]
		if !derivedNoteFor(a.Comment, a.Value) {
			return false
		}
		rest := stripDerived(a.Comment, "")
		return rest == "" || rest == stripDerived(prev.Comment, "")
	case StatusWarning:
		if it.ErrorCode == ErrCommentOnly {
			return strings.TrimFunc(it.Comment, isSpace) == stripDerived(prev.Comment, "")
		}
		// Not answered, missing, extra and not-asked rows give nothing.
		return true
	}
	return false
}

// Typed returns the first question row (of the workbook, or of its
// parts in a self-check of several entries) that holds an answer or a
// comment the workbook was not pre-filled with: a row with something in
// its answer or comment cell that is not as sent (the entry's stored
// answer unchanged, or a "filled in from the register" answer still
// carrying its note; see asSent). nil when every row is blank or as
// pre-filled. Pre-filled answers are known from the workbook's _meta
// (Meta.PrefillDigests) or, in a workbook made before it recorded them,
// only from the entry's answers when the workbook was read
// (ReadOptions.Register or Current): read without them, every answered
// row of such a workbook counts as typed.
func (r *Result) Typed() *Item {
	for i := range r.Items {
		it := &r.Items[i]
		if !nothingGiven(r.Items[i:i+1]) && !r.asSent(it) {
			return it
		}
	}
	for _, p := range r.Parts {
		if it := p.Typed(); it != nil {
			return it
		}
	}
	return nil
}

// derivedNoteFor reports whether comment carries a pre-filled note of
// derivedComment for the answer v (or a note of the earlier form, which
// names no answer).
func derivedNoteFor(comment, v string) bool {
	for _, l := range strings.Split(comment, "\n") {
		if label, ok := derivedNote(l); ok && (label == "" || label == yesNoLabel[v].Ja) {
			return true
		}
	}
	return false
}
