package catalog

import (
	"errors"
	"fmt"
	"regexp"
	"slices"
	"strings"

	"github.com/gikai-sec/riskregister/riskassess"
)

// SettingError is a problem with the requirements settings of register.yaml
// (Organisation.Requirements). Path is the field path below the document
// root, e.g. "requirements.override[2].id".
type SettingError struct {
	Path string
	Msg  string // the message in English
	Ja   string // the message in Japanese
}

// Text returns the message in Japanese and English (Msg when there is no
// Japanese).
func (e *SettingError) Text() riskassess.Text {
	ja := e.Ja
	if ja == "" {
		ja = e.Msg
	}
	return riskassess.Text{Ja: ja, En: e.Msg}
}

// Error returns "register.yaml: <path>: <message>", the message in English.
func (e *SettingError) Error() string { return "register.yaml: " + e.Path + ": " + e.Msg }

var customIDPattern = regexp.MustCompile(`^[A-Za-z][A-Za-z0-9]*(-[A-Za-z0-9]+)*$`)

// ForOrg returns the catalogue for org: Default with org.Requirements
// applied, sorted by id. A nil org gives Default.
//
//   - Disable removes requirements by id (built-in or added). Disabling
//     OUT-31 or SNS-14 also switches off the engine's yearly task whose
//     deadline the requirement is (DueTasks): the scorer reads
//     org.Requirements.Disable itself (riskassess.DisabledTasks).
//     The id of such a task's expiry finding (EXP-ONSITE) is refused
//     with a message naming the requirement to disable.
//   - Override changes the severity and/or weight of a built-in requirement;
//     a zero weight or empty severity leaves that value as it is. A
//     requirement both overridden and disabled is refused (the override
//     would have no effect).
//   - Add defines the organisation's own requirements, each evidenced by a
//     question (see CustomRequirement for its check). When org.Policy.Clauses lists
//     the policy's clauses, a requirement's clause must be one of them.
//
// Every problem is reported: the error is an errors.Join of *SettingError
// values, one per problem, naming the field path (unknown id, invalid
// severity, negative weight, id clash, invalid kind or question type, …)
// with the message in English and Japanese; their code is CodeBadSetting.
func ForOrg(org *riskassess.Organisation) ([]riskassess.Requirement, error) {
	reqs := Default()
	if org == nil {
		return reqs, nil
	}
	set := org.Requirements
	var errs []error
	bad := func(path, ja, en string, args ...any) {
		errs = append(errs, &SettingError{Path: path, Msg: fmt.Sprintf(en, args...), Ja: fmt.Sprintf(ja, args...)})
	}
	index := map[string]int{}
	questions := map[string]bool{}
	for i, r := range reqs {
		index[r.ID] = i
		if r.Question != nil {
			questions[r.Question.ID] = true
		}
	}
	builtins := len(reqs)
	// The clauses a requirement of the organisation may cite: those of
	// policy.clauses, when the organisation lists them. A clause not
	// among them ("9(9)" for "6(9)") was shown on every finding as if
	// the policy had it.
	var clauseIDs []string
	for _, cl := range org.Policy.Clauses {
		clauseIDs = append(clauseIDs, cl.ID)
	}

	for i, c := range set.Add {
		path := fmt.Sprintf("requirements.add[%d]", i)
		r, qerrs := Custom(c)
		for _, e := range qerrs {
			e.Path = path + "." + e.Path
			errs = append(errs, e)
		}
		if c.Clause != "" && len(clauseIDs) > 0 && !slices.Contains(clauseIDs, c.Clause) {
			bad(path+".clause", "条項 %q は policy.clauses にありません。policy.clauses の条項（%s）にするか、policy.clauses に条項を追加してください",
				"clause %q is not in policy.clauses: cite one of its clauses (%s), or add the clause to policy.clauses", c.Clause, strings.Join(clauseIDs, ", "))
		}
		if _, dup := index[c.ID]; dup && c.ID != "" {
			if index[c.ID] < builtins {
				bad(path+".id", "%q は組み込みの要件IDです。別の id にしてください（例: 組織の略称を前に付ける）",
					"%q is a built-in requirement id; choose another id (e.g. prefix it with the organisation's initials)", c.ID)
			} else {
				bad(path+".id", "id %q が requirements.add で2回使われています", "id %q is used twice in requirements.add", c.ID)
			}
			continue
		}
		if c.Question.ID != "" && questions[c.Question.ID] {
			bad(path+".question.id", "質問ID %q はほかの要件で使われています", "question id %q is already used by another requirement", c.Question.ID)
		}
		questions[c.Question.ID] = true
		if len(qerrs) > 0 {
			continue
		}
		index[r.ID] = len(reqs)
		reqs = append(reqs, r)
	}

	for i, o := range set.Override {
		path := fmt.Sprintf("requirements.override[%d]", i)
		j, ok := index[o.ID]
		if !ok || j >= builtins {
			if to, merged := mergedRequirements[o.ID]; merged {
				bad(path+".id", "要件 %q は %s に統合されたため、変更できません（docs/catalog.md を参照）",
					"requirement %q was merged into %s and can no longer be overridden (see docs/catalog.md)", o.ID, to)
				continue
			}
			bad(path+".id", "要件 %q はありません。変更できるのは組み込みの要件だけです（docs/catalog.md を参照）",
				"unknown requirement %q; only built-in requirements can be overridden (see docs/catalog.md)", o.ID)
			continue
		}
		if o.Severity != "" && !o.Severity.Valid() {
			bad(path+".severity", "%q は使えません。次のいずれかにしてください: %s", "%q is not one of %s", o.Severity, strings.Join(o.Severity.Allowed(), ", "))
		} else if o.Severity != "" {
			reqs[j].Severity = o.Severity
		}
		switch {
		case o.Weight != 0 && reqs[j].AfterResidual:
			bad(path+".weight", "%s は残留リスクの後に確かめる要件で、管理策の充足度に数えないため、変える重みがありません。weight を削除してください（severity は変えられます）",
				"%s is checked after the residual risk and does not count in the control score: it has no weight to change; remove weight (severity can be changed)", o.ID)
		case o.Weight < 0:
			bad(path+".weight", "%v は負の値です。0 より大きい重みにするか、要件を disable に書いてください",
				"%v is negative; use a weight above 0, or disable the requirement", o.Weight)
		case riskassess.WeightOutOfRange(o.Weight):
			bad(path+".weight", "%v は重みとして使えません。0 より大きく %d 以下の数にしてください",
				"%v is not a weight; use a number above 0 and at most %d", o.Weight, riskassess.MaxWeight)
		case o.Weight > 0:
			reqs[j].Weight = o.Weight
		}
	}

	drop := map[string]bool{}
	for i, id := range set.Disable {
		if _, ok := index[id]; !ok {
			path := fmt.Sprintf("requirements.disable[%d]", i)
			if to, merged := mergedRequirements[id]; merged {
				if _, req := index[to]; req {
					bad(path, "要件 %q は %s に統合されました。disable には %s を書いてください（docs/catalog.md を参照）",
						"requirement %q was merged into %s; disable %s instead (see docs/catalog.md)", id, to, to)
					continue
				}
				bad(path, "要件 %q は %s に統合されました。disable から削除してください（docs/catalog.md を参照）",
					"requirement %q was merged into %s; remove it from disable (see docs/catalog.md)", id, to)
				continue
			}
			if t, ok := taskOfFinding(id); ok {
				errs = append(errs, &SettingError{Path: path,
					Ja: fmt.Sprintf("%q は要件ではなく、%s（%s）の期日を過ぎたときの所見です。止めるには %s を disable に書いてください（期日と所見も出なくなります。docs/scoring.md を参照）",
						id, t.Requirement, t.Kind.Label("ja"), t.Requirement),
					Msg: fmt.Sprintf("%q is not a requirement but the finding of a missed deadline of %s (%s); to switch it off, disable %s (its deadline and finding go with it; see docs/scoring.md)",
						id, t.Requirement, strings.ToLower(t.Kind.Label("en")), t.Requirement)})
				continue
			}
			bad(path, "要件 %q はありません（要件IDは docs/catalog.md を参照）",
				"unknown requirement %q (see docs/catalog.md for the ids)", id)
			continue
		}
		drop[id] = true
	}
	// A built-in requirement both overridden and disabled: the override
	// had no effect, with no word said, whichever of the two was meant.
	for i, o := range set.Override {
		if j, ok := index[o.ID]; ok && j < builtins && drop[o.ID] {
			bad(fmt.Sprintf("requirements.override[%d].id", i),
				"要件 %q は requirements.disable にもあり、評価から外れるため、この変更（override）は効きません。評価するなら requirements.disable から %s を削除し、外すならこの項目を削除してください",
				"requirement %q is also under requirements.disable, which leaves it out of the assessment, so this override has no effect: remove %s from requirements.disable to assess it, or remove this item to leave it out", o.ID, o.ID)
		}
	}
	if err := errors.Join(errs...); err != nil {
		return nil, err
	}
	reqs = slices.DeleteFunc(reqs, func(r riskassess.Requirement) bool { return drop[r.ID] })
	slices.SortFunc(reqs, func(a, b riskassess.Requirement) int { return strings.Compare(a.ID, b.ID) })
	return reqs, nil
}

// dueTasks are the engine's yearly tasks and the requirement whose
// deadline each is (riskassess.YearlyTasks): disabling the requirement
// switches the task off.
var dueTasks = riskassess.YearlyTasks()

// taskOfFinding returns the yearly task whose expiry finding is id.
func taskOfFinding(id string) (riskassess.YearlyTask, bool) {
	for _, t := range dueTasks {
		if t.Finding != "" && t.Finding == id {
			return t, true
		}
	}
	return riskassess.YearlyTask{}, false
}

// taskList returns the requirements of dueTasks joined by sep, each as
// code, e.g. "`OUT-31`, `SNS-14`".
func taskList(sep string) string {
	var parts []string
	for _, t := range dueTasks {
		parts = append(parts, "`"+t.Requirement+"`")
	}
	return strings.Join(parts, sep)
}

// taskFindings returns the expiry findings of dueTasks joined by sep, each
// as code.
func taskFindings(sep string) string {
	var parts []string
	for _, t := range dueTasks {
		if t.Finding != "" {
			parts = append(parts, "`"+t.Finding+"`")
		}
	}
	return strings.Join(parts, sep)
}

// taskKinds returns the labels of the dueTasks' due kinds in lang, in
// lower case in English, joined by sep.
func taskKinds(sep string, lang riskassess.Lang) string {
	var parts []string
	for _, t := range dueTasks {
		l := t.Kind.Label(lang)
		if lang == "en" {
			l = strings.ToLower(l)
		}
		if !slices.Contains(parts, l) {
			parts = append(parts, l)
		}
	}
	return strings.Join(parts, sep)
}

// DueTasks returns the catalogue requirements whose deadline is one of the
// engine's yearly tasks, each mapped to the task's due kind; each call
// returns a new map. OUT-31 (on-site check at least yearly) stands for
// riskassess.DueOnsiteCheck and its expiry finding EXP-ONSITE, SNS-14
// (password changed within the year) for riskassess.DuePassword, OUT-30,
// OUT-32, CLD-47 and SNS-15 for DueConfirmation, DueReport, DueTermsCheck
// and DuePlatformTerms, OUT-36 and CLD-42 for DueReevaluation and
// DueOperationReview (the yearly bound on the review). See DueOff.
func DueTasks() map[string]riskassess.DueKind {
	m := make(map[string]riskassess.DueKind, len(dueTasks))
	for _, t := range dueTasks {
		m[t.Requirement] = t.Kind
	}
	return m
}

// DueOff returns the yearly tasks that org's requirements.disable switches
// off: riskassess.DisabledTasks(org), which the scorer now derives itself
// from org.Requirements.Disable, so a caller need not set
// riskassess.Organisation.DueOff to it (the loader, riskassess/load, still
// does). A council that disables OUT-31 no longer checks its contractors
// on site every year, so the on-site check has no due date and no
// EXP-ONSITE finding either; one that disables SNS-14 has no password
// change due. The tasks are in the order of riskassess.YearlyTasks; nil
// when none is switched off (or org is nil).
func DueOff(org *riskassess.Organisation) []riskassess.DueKind {
	return riskassess.DisabledTasks(org)
}

// Custom turns an organisation's own requirement into a Requirement. Its
// check reads the answer to c.Question (Subject.Answers[c.Question.ID]):
//
//   - absent or blank: not answered;
//   - "na": not applicable;
//   - equal to the expected value: met. The expected value is c.Expect, or
//     "yes" for a yes/no question; for date, number and text questions
//     without Expect any answer is met. A number or date is equal however
//     written (1.0 and 1); an Expect that is not a number or date for
//     such a question is refused;
//   - "partial": partially met;
//   - anything else: not met.
//
// AttestedBy must be vendor or council: it decides which workbook asks the
// question and whose answers count. The weight defaults to 1. Custom returns the problems found, with paths
// relative to the requirement ("question.type"); ForOrg prefixes them.
func Custom(c riskassess.CustomRequirement) (riskassess.Requirement, []*SettingError) {
	var errs []*SettingError
	bad := func(path, ja, en string, args ...any) {
		errs = append(errs, &SettingError{Path: path, Msg: fmt.Sprintf(en, args...), Ja: fmt.Sprintf(ja, args...)})
	}
	if !customIDPattern.MatchString(c.ID) {
		bad("id", "%q は要件IDとして使えません。英字・数字・ハイフンで書いてください（例: \"ORG-01\"）",
			"%q is not a valid requirement id: use letters, digits and hyphens, e.g. \"ORG-01\"", c.ID)
	}
	if len(c.Kinds) == 0 {
		bad("kinds", "種別を1つ以上書いてください（%s）", "at least one kind is required (%s)", strings.Join(riskassess.Kind("").Allowed(), ", "))
	}
	for i, k := range c.Kinds {
		if !k.Valid() {
			bad(fmt.Sprintf("kinds[%d]", i), "種別 %q はありません（%s のいずれか）", "unknown kind %q (want one of %s)", k, strings.Join(k.Allowed(), ", "))
		}
	}
	if c.Title.Ja == "" {
		bad("title.ja", "日本語の名称（title.ja）が必要です", "a Japanese title is required")
	}
	if !c.Severity.Valid() {
		bad("severity", "%q は使えません。次のいずれかにしてください: %s", "%q is not one of %s", c.Severity, strings.Join(c.Severity.Allowed(), ", "))
	}
	if c.Weight < 0 {
		bad("weight", "%v は負の値です。0 より大きい重みにしてください", "%v is negative; use a weight above 0", c.Weight)
	} else if riskassess.WeightOutOfRange(c.Weight) {
		bad("weight", "%v は重みとして使えません。0 より大きく %d 以下の数にしてください",
			"%v is not a weight; use a number above 0 and at most %d", c.Weight, riskassess.MaxWeight)
	}
	switch c.AttestedBy {
	case riskassess.AttestVendor, riskassess.AttestCouncil:
	case "":
		bad("attested_by", "必須です: vendor（事業者の確認票で尋ねる）か council（担当課が自己点検票で確かめる）を書いてください",
			"required: vendor (the vendor questionnaire asks it) or council (the section checks it itself in the self-check sheet)")
	default:
		bad("attested_by", "%q は vendor でも council でもありません。組織独自の要件に答えるのは事業者か議会（担当課）です",
			"%q is not vendor or council: an organisation's own requirement is answered by the vendor or by the council", c.AttestedBy)
	}
	q := c.Question
	if !customIDPattern.MatchString(q.ID) {
		bad("question.id", "%q は質問IDとして使えません。英字・数字・ハイフンで書いてください（例: \"Q-ORG-01\"）",
			"%q is not a valid question id: use letters, digits and hyphens, e.g. \"Q-ORG-01\"", q.ID)
	}
	if !q.Type.Valid() {
		bad("question.type", "%q は使えません。次のいずれかにしてください: %s", "%q is not one of %s", q.Type, strings.Join(q.Type.Allowed(), ", "))
	}
	if q.Text.Ja == "" {
		bad("question.text.ja", "日本語の質問文（question.text.ja）が必要です", "the question text in Japanese is required")
	}
	if q.Type.Valid() {
		for _, e := range questionProblems(&q) {
			if e.Path == "question.type" || e.Path == "question.text.ja" {
				continue // reported above
			}
			errs = append(errs, e)
		}
	}
	expect := c.Expect
	switch q.Type {
	case riskassess.AnswerYesNo:
		if expect == "" {
			expect = "yes"
		}
		if expect != "yes" && expect != "no" {
			bad("expect", "%q は yes/no の回答ではありません。yes か no にしてください", "%q is not a yes/no answer: use yes or no", c.Expect)
		}
	case riskassess.AnswerDate, riskassess.AnswerNumber:
		// An expect that no answer of the question's type can equal
		// ("1時間以内" for a number) would make every answer not met.
		if _, wrong := badAnswer(&q, expect); wrong || expect == "na" {
			bad("expect", "%q は type %s の質問の回答になりません。expect には要件を満たす回答（日付は YYYY-MM-DD、数値は半角数字）を書くか、削除してください",
				"%q is not an answer to a question of type %s: set expect to the answer that meets the requirement (a date as YYYY-MM-DD, a number in digits), or remove it", c.Expect, q.Type)
		}
	case riskassess.AnswerChoice:
		if !slices.ContainsFunc(q.Choices, func(ch riskassess.Choice) bool { return ch.ID == expect }) {
			bad("expect", "%q は質問の選択肢の id ではありません。要件を満たす選択肢の id を expect に書いてください",
				"%q is not one of the question's choice ids; set expect to the choice that meets the requirement", c.Expect)
		}
	}
	// A weight of 0 is by severity, as for the built-in requirements
	// (FindingSpec.Weight); it used to be 1 whatever the severity, which
	// counted a critical requirement of the organisation a quarter of a
	// built-in critical one, against docs/scoring.md.
	weight := c.Weight
	text, rem := c.Text, c.Remediation
	if text == (riskassess.Text{}) {
		text = c.Title
	}
	r := riskassess.Requirement{
		ID:          c.ID,
		Kinds:       slices.Clone(c.Kinds),
		Category:    riskassess.T("組織独自の要件", "Organisation's own requirements"),
		Title:       c.Title,
		Text:        text,
		Clause:      c.Clause,
		Guideline:   "",
		Severity:    c.Severity,
		Weight:      weight,
		AppliesWhen: alwaysApplies,
		Question:    &q,
		AttestedBy:  c.AttestedBy,
		Remediation: rem,
	}
	r.Question.Choices = slices.Clone(q.Choices)
	if r.Question.Category == (riskassess.Text{}) {
		r.Question.Category = r.Category
	}
	r.Applies = kindGuard(r.Kinds, nil)
	r.Check = guardedCheck(r.Kinds, expectAnswer(expect, q.Type), newReqQ(c.ID, q.ID))
	return r, errs
}

// expectAnswer returns the check of a custom requirement; expect "" means
// any answer meets it. A number or date answer equals expect when it is
// the same number or date however written ("1.0", "1" and "1%" are 1).
func expectAnswer(expect string, typ riskassess.AnswerType) checkFunc {
	return func(q *req, s *riskassess.Subject) riskassess.Result {
		a, r, done := answeredReq(s, q)
		if done {
			return r
		}
		switch {
		case expect == "" && typ == riskassess.AnswerText && placeholder(a):
			// Any answer meets it, but a dash or 未定 answers nothing.
			return resultf(riskassess.OutcomeNotAnswered, q.path, "回答「%s」は記入がないのと同じ（内容を記入してもらう）",
				"the answer %q says nothing (have the answer written)", a)
		case expect == "" || a == expect || sameValue(typ, a, expect):
			return result(riskassess.OutcomeMet, q.path, "回答が要件を満たす", "the answer meets the requirement")
		case a == "partial":
			return q.partial
		}
		return resultf(riskassess.OutcomeNotMet, q.path, "回答「%s」は要件を満たさない（期待値「%s」）", "the answer %q does not meet the requirement (expected %q)", a, expect)
	}
}

// placeholder reports whether a free-text answer stands in for an answer
// not given: a dash, ?, 未定, 不明, 検討中, TBD and the other words of
// saysNone (register fields read them as "nothing"), but not the answers
// that there is none (なし, 特になし, ありません, none, no), which answer a
// question. Not applicable (該当なし) is riskassess.NotApplicable's.
func placeholder(v string) bool {
	return saysNone(v) && !slices.Contains(noneAnswers, noneKey(v)) // a run of dashes too
}

// noneAnswers are the words of noneWords that answer a question (there is
// none), not stand in for an answer.
var noneAnswers = []string{"なし", "無し", "ナシ", "ない", "無", "無い", "特になし", "特に無し", "特にない", "ありません", "特にありません",
	"予定なし", "予定無し", "none", "no"}

// sameValue reports whether a and b are the same number (number
// questions; a trailing % ignored) or the same date (date questions).
func sameValue(typ riskassess.AnswerType, a, b string) bool {
	switch typ {
	case riskassess.AnswerNumber:
		x, okA := numberAnswer(a)
		y, okB := numberAnswer(b)
		return okA && okB && x == y
	case riskassess.AnswerDate:
		x, errA := riskassess.ParseDate(a)
		y, errB := riskassess.ParseDate(b)
		return errA == nil && errB == nil && x == y
	}
	return false
}

// splitJoined undoes errors.Join.
func splitJoined(err error) []error {
	if j, ok := err.(interface{ Unwrap() []error }); ok {
		return j.Unwrap()
	}
	return []error{err}
}
