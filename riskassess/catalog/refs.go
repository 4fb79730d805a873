package catalog

import (
	"fmt"
	"slices"
	"sort"
	"strings"

	"github.com/gikai-sec/riskregister/riskassess"
)

// RefError is a register entry field that names a requirement or question
// the catalogue does not have: a contract clause or remediation item citing
// an unknown requirement id, or an answer to an unknown question. File is
// the entry's Source ("contractors/acme.yaml"); Path is the field path in
// that file ("contracts[0].clauses[2].requirement").
type RefError struct {
	File, Path string
	// Value is the unknown id.
	Value string
	// Code is CodeUnknownRequirement, CodeRequirementNotApplicable or
	// CodeUnknownQuestion.
	Code string
	Msg  riskassess.Text
}

// Error returns "file: path: message" in Japanese and English.
func (e *RefError) Error() string {
	return e.File + ": " + e.Path + ": " + e.Msg.Ja + " / " + e.Msg.En
}

// CheckReferences returns an error for every field of reg's entries that
// names a requirement or question missing from reqs (the catalogue in force,
// as returned by ForOrg): contracts[].clauses[].requirement and
// remediation[].requirement must be requirement ids that apply to
// contractors, and the keys of answers must be question ids of requirements
// for the entry's kind. Such a typo would otherwise silently stop counting:
// a clause that cites "OUT-99" proves nothing. Requirements switched off in
// reg.Org.Requirements.Disable still exist: citing them is not an error.
// The errors are in register order, then by path.
func CheckReferences(reg *riskassess.Register, reqs []riskassess.Requirement) []*RefError {
	out, _ := CheckReferencesLimit(reg, reqs, -1)
	return out
}

// CheckReferencesLimit is CheckReferences returning at most limit errors
// (all when limit < 0), the first in register order, and the number of
// further errors, which are counted but not built: a register with a
// million unknown ids costs a scan, not a million messages.
func CheckReferencesLimit(reg *riskassess.Register, reqs []riskassess.Requirement, limit int) ([]*RefError, int) {
	known := append([]riskassess.Requirement(nil), reqs...)
	if off := reg.Org.Requirements.Disable; len(off) > 0 {
		disabled := map[string]bool{}
		for _, id := range off {
			disabled[id] = true
		}
		for _, r := range Default() {
			if disabled[r.ID] {
				known = append(known, r)
			}
		}
		// The organisation's own requirements switched off still
		// exist too: their stored answers were refused as unknown
		// questions, which a disabled built-in one's are not.
		for _, c := range reg.Org.Requirements.Add {
			if r, errs := Custom(c); disabled[c.ID] && len(errs) == 0 {
				known = append(known, r)
			}
		}
	}
	byID := make(map[string]*riskassess.Requirement, len(known))
	questions := map[riskassess.Kind]map[string]*riskassess.Question{}
	for i := range known {
		r := &known[i]
		byID[r.ID] = r
		if r.Question == nil {
			continue
		}
		for _, k := range r.Kinds {
			if questions[k] == nil {
				questions[k] = map[string]*riskassess.Question{}
			}
			questions[k][r.Question.ID] = r.Question
		}
	}
	var out []*RefError
	more := 0
	full := func() bool {
		if limit >= 0 && len(out) >= limit {
			more++
			return true
		}
		return false
	}
	req := func(e riskassess.Entry, path func() string, id string) {
		r, ok := byID[id]
		to, merged := mergedRequirements[id]
		if (!ok || !r.AppliesTo(e.Kind())) && full() {
			return
		}
		switch {
		case !ok && merged && byID[to] != nil:
			out = append(out, &RefError{File: e.Base().Source, Path: path(), Value: id, Code: CodeUnknownRequirement, Msg: riskassess.T(
				fmt.Sprintf("要件 %q は %s に統合されました。%s を指定してください", id, to, to),
				fmt.Sprintf("requirement %q was merged into %s; write %s", id, to, to))})
		case !ok && merged:
			out = append(out, &RefError{File: e.Base().Source, Path: path(), Value: id, Code: CodeUnknownRequirement, Msg: riskassess.T(
				fmt.Sprintf("要件 %q は期限所見 %s に統合され、カタログの要件ではなくなりました。この参照を削除してください", id, to),
				fmt.Sprintf("requirement %q was merged into the expiry finding %s and is no longer a catalogue requirement; remove this reference", id, to))})
		case !ok:
			out = append(out, &RefError{File: e.Base().Source, Path: path(), Value: id, Code: CodeUnknownRequirement, Msg: riskassess.T(
				fmt.Sprintf("要件 %q はカタログにありません。docs/catalog.md の要件IDを指定してください", id),
				fmt.Sprintf("unknown requirement %q; use a requirement id from docs/catalog.md", id))})
		case !r.AppliesTo(e.Kind()):
			out = append(out, &RefError{File: e.Base().Source, Path: path(), Value: id, Code: CodeRequirementNotApplicable, Msg: riskassess.T(
				fmt.Sprintf("要件 %q は%sには適用されません", id, e.Kind().Label("ja")),
				fmt.Sprintf("requirement %q does not apply to a %s", id, e.Kind()))})
		}
	}
	for _, e := range reg.Entries() {
		if c, ok := e.(*riskassess.Contractor); ok {
			for i, ct := range c.Contracts {
				for j, cl := range ct.Clauses {
					req(e, func() string { return fmt.Sprintf("contracts[%d].clauses[%d].requirement", i, j) }, cl.Requirement)
				}
			}
			for i, it := range c.Remediation {
				if it.Requirement != "" {
					req(e, func() string { return fmt.Sprintf("remediation[%d].requirement", i) }, it.Requirement)
				}
			}
		}
		kq := questions[e.Kind()]
		if answersFit(e.Base().Answers, kq) {
			continue // nothing to report: no need to order the answers
		}
		keys := make([]string, 0, len(e.Base().Answers))
		for k := range e.Base().Answers {
			keys = append(keys, k)
		}
		sort.Strings(keys)
		for _, k := range keys {
			q := kq[k]
			if q == nil {
				if !full() {
					out = append(out, &RefError{File: e.Base().Source, Path: answerPath(k), Value: k, Code: CodeUnknownQuestion, Msg: riskassess.T(
						fmt.Sprintf("質問 %q はこの種別の確認票にありません。質問IDを確認してください（Q-要件ID）", k),
						fmt.Sprintf("no question %q for this kind; check the question id (Q- and a requirement id)", k))})
				}
				continue
			}
			a := e.Base().Answers[k]
			v := strings.TrimSpace(a.Value)
			if msg, bad := badAnswer(q, v); bad && !full() {
				out = append(out, &RefError{File: e.Base().Source, Path: answerPath(k) + ".value", Value: v, Code: CodeBadAnswer, Msg: msg})
			}
			if yesSaysNotDone(q, v, a.Comment) && !full() {
				out = append(out, &RefError{File: e.Base().Source, Path: answerPath(k) + ".comment", Value: a.Comment, Code: CodeBadAnswer, Msg: riskassess.T(
					fmt.Sprintf("回答は yes ですが、コメント %q は実施していないことを書いています。実施していなければ no（一部なら partial）にしてコメントを残すか、コメントを直してください", a.Comment),
					fmt.Sprintf("answer yes, but the comment %q says it is not done: write no (partial if it is done in part) and keep the comment, or correct the comment", a.Comment))})
			}
		}
	}
	return out, more
}

// answersFit reports whether every one of answers is to a question of
// questions and fits it (badAnswer): then CheckReferencesLimit has nothing
// to report of them, and does not sort their ids (at 10,000 entries the
// sorting was most of the check's time).
func answersFit(answers map[string]riskassess.Answer, questions map[string]*riskassess.Question) bool {
	for k, a := range answers {
		q := questions[k]
		if q == nil {
			return false
		}
		if _, bad := badAnswer(q, strings.TrimSpace(a.Value)); bad || yesSaysNotDone(q, strings.TrimSpace(a.Value), a.Comment) {
			return false
		}
	}
	return true
}

// yesSaysNotDone reports whether an answer v to the yes/no question q is
// yes while its comment says the thing is not done
// (riskassess.CommentSaysNotDone): the answer was met (「はい」と回答)
// whatever the comment said.
func yesSaysNotDone(q *riskassess.Question, v, comment string) bool {
	return q.Type == riskassess.AnswerYesNo && v == "yes" && riskassess.CommentSaysNotDone(comment)
}

// yesNoWords are the answers a yes/no question is scored on, and
// yesNoLabels their labels in the questionnaire, which a person typing an
// answer into the file may write instead (the workbook import turns them
// into the values; the file is read as it is, and "はい" was scored as not
// yes).
var (
	yesNoWords  = []string{"yes", "no", "partial", "na"}
	yesNoLabels = map[string]string{"はい": "yes", "いいえ": "no", "一部": "partial", "該当なし": "na"}
)

// badAnswer reports whether the trimmed answer v does not fit question q,
// with the message: a yes/no question takes yes, no, partial or na; a date
// question an ISO date; a number question a number; a choice question the
// id of a choice. Every question takes na (does not apply); a blank answer
// is no answer.
func badAnswer(q *riskassess.Question, v string) (riskassess.Text, bool) {
	if v == "" || v == "na" {
		return riskassess.Text{}, false
	}
	switch q.Type {
	case riskassess.AnswerYesNo:
		if slices.Contains(yesNoWords, v) {
			return riskassess.Text{}, false
		}
		w, ok := yesNoLabels[v]
		if lv := strings.ToLower(v); !ok && slices.Contains(yesNoWords, lv) {
			w, ok = lv, true
		}
		if ok {
			return riskassess.T(
				fmt.Sprintf("回答 %q は %s と書いてください（はい・いいえの質問の回答は yes, no, partial, na のいずれか）", v, w),
				fmt.Sprintf("answer %q: write %s (a yes/no question takes yes, no, partial or na)", v, w)), true
		}
		return riskassess.T(
			fmt.Sprintf("回答 %q は使えません。はい・いいえの質問の回答は yes, no, partial, na のいずれかにしてください", v),
			fmt.Sprintf("answer %q: a yes/no question takes yes, no, partial or na", v)), true
	case riskassess.AnswerDate:
		if _, err := riskassess.ParseDate(v); err == nil {
			return riskassess.Text{}, false
		}
		return riskassess.T(
			fmt.Sprintf("回答 %q は日付ではありません。YYYY-MM-DD（西暦）で書いてください（例: 2026-04-01）", v),
			fmt.Sprintf("answer %q is not a date: write YYYY-MM-DD, e.g. 2026-04-01", v)), true
	case riskassess.AnswerNumber:
		if _, ok := numberAnswer(v); ok { // as the scorer reads it
			return riskassess.Text{}, false
		}
		if strings.Contains(v, "_") {
			return riskassess.T(
				fmt.Sprintf("回答 %q の _ は数字の区切りとして読みません（%s と読むと別の数になることがあります）。数字と小数点だけで書いてください（例: 99.9）", v, strings.ReplaceAll(v, "_", "")),
				fmt.Sprintf("answer %q: an _ is not read as a digit separator (read as %s it may be another number); write digits and a dot only, e.g. 99.9", v, strings.ReplaceAll(v, "_", ""))), true
		}
		return riskassess.T(
			fmt.Sprintf("回答 %q は数値ではありません。半角の数字で書いてください（例: 99.9）", v),
			fmt.Sprintf("answer %q is not a number: write digits, e.g. 99.9", v)), true
	case riskassess.AnswerChoice:
		for _, c := range q.Choices {
			if c.ID == v {
				return riskassess.Text{}, false
			}
		}
		ids := make([]string, len(q.Choices))
		for i, c := range q.Choices {
			ids[i] = c.ID
		}
		return riskassess.T(
			fmt.Sprintf("回答 %q は選択肢にありません。次のいずれかにしてください: %s", v, strings.Join(ids, ", ")),
			fmt.Sprintf("answer %q is not a choice: want one of %s", v, strings.Join(ids, ", "))), true
	}
	return riskassess.Text{}, false
}
