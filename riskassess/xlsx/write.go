package xlsx

import (
	"archive/zip"
	"bytes"
	"cmp"
	"errors"
	"fmt"
	"io"
	"maps"
	"regexp"
	"slices"
	"strconv"
	"strings"

	"github.com/gikai-sec/riskregister/internal/atomicfile"
	"github.com/gikai-sec/riskregister/riskassess"
	"github.com/gikai-sec/riskregister/riskassess/wareki"
	"github.com/xuri/excelize/v2"
)

// Column letters of the questions sheet as generated. The reader does not
// rely on them: it finds columns by their header text.
const (
	colID       = 1 // A
	colCategory = 2 // B
	colQuestion = 3 // C
	colAnswer   = 4 // D
	colComment  = 5 // E
	colRef      = 6 // F
)

// headerRow is the row of the header on the generated questions sheet.
const headerRow = 1

// Questionnaire describes a questionnaire workbook to generate.
//
// Its zero Lang is Japanese. Questions are the requirements of Requirements
// that apply to Kind, have a Question and are attested by the vendor
// (riskassess.AttestVendor), in catalogue order; several requirements
// sharing one question ID give one row. Questions the council answers
// itself are never put to the vendor.
type Questionnaire struct {
	// Kind is the kind of entry the questionnaire is for. Required.
	Kind riskassess.Kind
	// Entry, if set, is the entry asked about: its ID goes into the
	// metadata, its name onto the cover, and what the register knows of it
	// pre-fills the workbook so the vendor confirms rather than retypes
	// (see Answers): its stored Answers, yes/no answers derived from its
	// register facts, and on the cover the respondent's company name and
	// 法人番号. It must be of kind Kind.
	Entry riskassess.Entry
	// Register, if set, is the register Entry belongs to: its Org is the
	// organisation the requirement checks see, and a service's provider
	// that is a registered contractor is looked up in it for the cover.
	Register *riskassess.Register
	// AsOf is the date the requirement checks run at when deriving
	// answers (expiry dates are compared with it), and the day the
	// questionnaire is made: recorded in the metadata (Meta.MadeOn), a
	// reply dated before it is refused (ErrCoverDateBeforeMade). The
	// zero Date is allowed (nothing recorded, nothing refused); the
	// package never reads the clock.
	AsOf riskassess.Date
	// Requirements is the catalogue (e.g. catalog.ForOrg(org)).
	Requirements []riskassess.Requirement
	// CatalogueVersion is recorded in the metadata (catalog.Version).
	CatalogueVersion string
	// Lang is "ja" (default: Japanese first) or "en" (English first).
	Lang riskassess.Lang
	// Org is the asking organisation's name, shown on the cover.
	Org riskassess.Text
	// Purpose says on the cover why the vendor is asked; empty gives
	// DefaultPurpose.
	Purpose riskassess.Text
	// Deadline is the reply deadline shown on the cover; zero leaves the
	// line out.
	Deadline riskassess.Date
	// ReturnTo is where the vendor returns the workbook (a section, an
	// e-mail or postal address), shown on the cover; "" leaves it out.
	ReturnTo string
	// By is who answers: "" or riskassess.AttestVendor for the vendor
	// questionnaire, riskassess.AttestCouncil for the self-check
	// (自己点検) workbook, which asks the questions of the requirements
	// the council attests, records "by: council" in its metadata, and
	// whose cover has checker fields (点検者, 所属・職名, 点検日) instead of
	// the respondent's. Any other value is refused by Write.
	By riskassess.Attester
	// FiscalYear is the fiscal year (年度, April to March) a self-check is
	// for, shown on its cover; 0 leaves the line out.
	FiscalYear int
	// Section is the responsible section (所管課) shown on a self-check's
	// cover; "" leaves the line out.
	Section riskassess.Text
	// Only, when not nil, limits a vendor questionnaire to the questions
	// whose ID it lists: the gap questionnaire that asks only what a
	// vendor's foreign questionnaire (CAIQ, HECVAT) did not answer. Gap
	// names that questionnaire ("CAIQ v4.0.3"); the metadata records it so
	// that the import does not report the questions left out as missing.
	Only []string
	Gap  string

	// book is set when q writes the cover of a SelfCheckBook.
	book *SelfCheckBook
	// Round is the questionnaire round (令和8年度春) the workbook is sent
	// in: shown on the cover and recorded in the metadata, so that the
	// import marks the round's reply as returned. "" for none.
	Round string
	// Dates is how the cover shows dates: riskassess.DateWareki writes
	// the reply deadline and the fiscal year in the Japanese era form
	// (令和8年5月31日) in a Japanese workbook; "" or DateISO writes ISO.
	Dates riskassess.DateStyle
}

// selfCheck reports whether q is a self-check workbook.
func (q *Questionnaire) selfCheck() bool { return q.By == riskassess.AttestCouncil }

// by returns who answers q.
func (q *Questionnaire) by() riskassess.Attester {
	if q.selfCheck() {
		return riskassess.AttestCouncil
	}
	return riskassess.AttestVendor
}

// DefaultPurpose is the purpose the cover states when Questionnaire.Purpose
// is empty.
var DefaultPurpose = riskassess.T(
	"情報セキュリティ基本方針 6(8)（業務委託と外部サービスの利用）に基づき、貴社の情報セキュリティ対策の状況を確認するためのものです。回答は当方の台帳に記録し、委託・利用の判断と定期的な確認に使います。",
	"Under section 6(8) of our information-security policy (outsourcing and the use of external services) we ask about your security measures. Your answers are recorded in our register and used to decide on and regularly review the contract or service.")

// QuestionRow is one question of a questionnaire with the requirements it
// evidences.
type QuestionRow struct {
	Question     riskassess.Question
	Requirements []*riskassess.Requirement
}

// Rows returns the questions of q, in catalogue order, deduplicated by
// question ID: the vendor's questions only, or for a self-check (By
// council) the council's only.
//
// A self-check of an Entry also asks the vendor's questions that the
// entry's current answer is a vendor's 該当なし for (PendingClaims): a
// claim the council confirms, which counts as not answered until then.
func (q *Questionnaire) Rows() []QuestionRow {
	if q.selfCheck() && q.Entry != nil {
		var org *riskassess.Organisation
		if q.Register != nil {
			org = &q.Register.Org
		}
		return questionRows(q.Requirements, q.Kind, riskassess.AttestCouncil, PendingClaims(q.Entry, q.Requirements, org, q.AsOf))
	}
	rows := questionRows(q.Requirements, q.Kind, q.by())
	if q.Only != nil && !q.selfCheck() {
		rows = slices.DeleteFunc(rows, func(r QuestionRow) bool { return !slices.Contains(q.Only, r.Question.ID) })
	}
	return rows
}

// PendingClaims returns the IDs of e's answers on asOf (those imported
// with a later 回答日 undone, see riskassess.Common.AnswersOn) that are a
// vendor's 該当なし ("na" given by a vendor questionnaire, see
// riskassess.AnswerSources) to a question of a vendor requirement of reqs
// that applies to e (its Applies, run with e's answers under org) and
// that the register's facts do not decide without the answer (its Check
// finds nothing): the claims the scoring counts as not answered until the
// council confirms them by answering them in a self-check. nil when there
// are none.
func PendingClaims(e riskassess.Entry, reqs []riskassess.Requirement, org *riskassess.Organisation, asOf riskassess.Date) map[string]bool {
	e = answersOn(e, asOf)
	b := e.Base()
	var na map[string]bool
	for id, src := range riskassess.AnswerSources(e) {
		if src.By == riskassess.AttestVendor && strings.TrimSpace(b.Answers[id].Value) == NA {
			if na == nil {
				na = map[string]bool{}
			}
			na[id] = true
		}
	}
	if na == nil {
		return nil
	}
	subj := &riskassess.Subject{Org: org, Entry: e, Answers: b.Answers, AsOf: asOf}
	var out map[string]bool
	for i := range reqs {
		r := &reqs[i]
		if r.Question == nil || !na[r.Question.ID] || r.AttestedBy != riskassess.AttestVendor || !r.AppliesTo(e.Kind()) {
			continue
		}
		if r.Applies != nil && !r.Applies(subj) {
			continue
		}
		// A requirement the register's facts decide without the answer
		// (a clause recorded in the contract) needs no confirmation.
		if r.Check != nil {
			without := maps.Clone(b.Answers)
			delete(without, r.Question.ID)
			if r.Check(&riskassess.Subject{Org: org, Entry: e, Answers: without, AsOf: asOf}).Outcome != riskassess.OutcomeNotAnswered {
				continue
			}
		}
		{
			if out == nil {
				out = map[string]bool{}
			}
			out[r.Question.ID] = true
		}
	}
	return out
}

// answersOn returns e with its answers and import records as they stood
// on asOf (riskassess.Common.AnswersOn): e itself when asOf is zero or no
// record was answered after it, else a copy; e is not modified.
func answersOn(e riskassess.Entry, asOf riskassess.Date) riskassess.Entry {
	if e == nil || asOf.IsZero() {
		return e
	}
	c := e.Base().AnswersOn(asOf)
	if c == e.Base() {
		return e
	}
	switch x := e.(type) {
	case *riskassess.Contractor:
		y := *x
		y.Common = *c
		return &y
	case *riskassess.Service:
		y := *x
		y.Common = *c
		return &y
	case *riskassess.Social:
		y := *x
		y.Common = *c
		return &y
	}
	return e
}

// questionRows returns the questions of reqs for kind k that by answers,
// and those whose ID is in also (a self-check's claims to confirm).
func questionRows(reqs []riskassess.Requirement, k riskassess.Kind, by riskassess.Attester, also ...map[string]bool) []QuestionRow {
	var out []QuestionRow
	idx := map[string]int{}
	for i := range reqs {
		r := &reqs[i]
		if r.Question == nil || r.Question.ID == "" || !r.AppliesTo(k) {
			continue
		}
		if r.AttestedBy != by && (len(also) == 0 || !also[0][r.Question.ID]) {
			continue
		}
		if j, ok := idx[r.Question.ID]; ok {
			out[j].Requirements = append(out[j].Requirements, r)
			continue
		}
		idx[r.Question.ID] = len(out)
		out = append(out, QuestionRow{Question: *r.Question, Requirements: []*riskassess.Requirement{r}})
	}
	return out
}

// Answers returns what the workbook's answer and comment cells are
// pre-filled with, by question ID; nil without an Entry.
//
// The entry's stored Answers as they stood on AsOf (an answer imported
// with a later 回答日 is left out, as the scoring of AsOf counts it) come
// first. A yes/no question without a
// stored value gets the answer its requirements' checks derive from the
// register facts alone (each Check run on a Subject with the entry and no
// answers, at AsOf): met → "yes" (はい), not met → "no" (いいえ), partial
// → "partial" (一部), not applicable → "na" (該当なし). The question is
// left blank when a requirement of it has no Check, when a check finds
// nothing in the register (not answered), or when its requirements derive
// different answers; requirements whose Applies is false do not count
// (their question is not derived from them, so that an inapplicable
// requirement never leaves a stored "na" behind), and a requirement marked
// NoPrefill leaves its question blank. A derived answer's
// comment says it was filled in from the register and names the fields
// (the checks' Evidence), so the vendor knows to confirm it; a stored
// comment without a value is kept in front of it. Date, number, choice
// and text questions are pre-filled from stored answers only.
//
// Importing the workbook unchanged gives exactly these answers.
func (q *Questionnaire) Answers() map[string]riskassess.Answer {
	return q.answers(q.Rows())
}

// answers is Answers for the questionnaire's rows.
func (q *Questionnaire) answers(rows []QuestionRow) map[string]riskassess.Answer {
	if q.Entry == nil {
		return nil
	}
	// The answers as they stood on AsOf: one imported with a later
	// 回答日 had not been given then (as the scoring of AsOf counts it).
	on := answersOn(q.Entry, q.AsOf)
	stored := on.Base().Answers
	out := make(map[string]riskassess.Answer, len(stored))
	for id, a := range stored {
		out[id] = a
	}
	// An answer given to a question whose text has changed since is not
	// offered as the answer to the question as it is now (returned
	// untouched, it would count as a new answer): the question is asked
	// afresh.
	for _, row := range rows {
		if _, outdated := riskassess.AnswerOutdated(on, &row.Question); outdated {
			delete(out, row.Question.ID)
			stored = maps.Clone(stored)
			delete(stored, row.Question.ID)
		}
	}
	var org *riskassess.Organisation
	if q.Register != nil {
		org = &q.Register.Org
	}
	subj := &riskassess.Subject{Org: org, Entry: q.Entry, AsOf: q.AsOf}
	for _, row := range rows {
		qq := &row.Question
		if qq.Type != riskassess.AnswerYesNo && qq.Type != "" {
			continue
		}
		prev, had := stored[qq.ID]
		if had && strings.TrimSpace(prev.Value) != "" {
			continue
		}
		v, evidence := derive(row.Requirements, subj)
		if v == "" {
			continue
		}
		a := riskassess.Answer{Value: v, Comment: derivedComment(evidence, v, q.lang())}
		// A stored comment goes in front, less any note of an earlier
		// round (so that notes never pile up).
		if c := stripDerived(prev.Comment, ""); had && c != "" {
			a.Comment = c + "\n" + a.Comment
		}
		out[qq.ID] = a
	}
	return out
}

// derivedValue maps a check outcome to the yes/no answer it implies.
var derivedValue = map[riskassess.Outcome]string{
	riskassess.OutcomeMet:           Yes,
	riskassess.OutcomeNotMet:        No,
	riskassess.OutcomePartial:       Partial,
	riskassess.OutcomeNotApplicable: NA,
}

// derive returns the yes/no answer the register facts give for a question
// evidencing reqs, and the fields it rests on; "" when there is none or
// the requirements disagree. See Questionnaire.Answers.
func derive(reqs []*riskassess.Requirement, subj *riskassess.Subject) (value string, evidence []string) {
	for _, r := range reqs {
		if r.Applies != nil && !r.Applies(subj) {
			continue
		}
		if r.Check == nil || r.NoPrefill {
			return "", nil
		}
		res := r.Check(subj)
		v := derivedValue[res.Outcome]
		if v == "" || (value != "" && v != value) {
			return "", nil
		}
		value = v
		if e := res.Evidence; e != "" && !slices.Contains(evidence, e) {
			evidence = append(evidence, e)
		}
	}
	return value, evidence
}

// derivedComment is the comment of a derived answer v: it says, in words a
// vendor understands (never the register's field paths), what of our
// records the answer was filled in from, and names the answer, so that an
// import can tell whether the vendor kept it (see stripDerived).
func derivedComment(evidence []string, v string, lang riskassess.Lang) string {
	var jas, ens []string
	for _, e := range evidence {
		t, ok := fieldWords(e)
		if !ok || slices.Contains(jas, t.Ja) {
			continue
		}
		jas, ens = append(jas, t.Ja), append(ens, t.En)
	}
	ja, en := "当方の台帳の記録から記入しました", "filled in from our records"
	if len(jas) > 0 {
		ja = "当方の台帳の記録（" + strings.Join(jas, "、") + "）から記入しました"
		en = "filled in from our records (" + strings.Join(ens, ", ") + ")"
	}
	if l, ok := yesNoLabel[v]; ok {
		ja += "（" + l.Ja + "）"
		en += " as " + l.En
	}
	ja += "。確認し、違っていれば直してください"
	en += ": please check and correct it if wrong"
	if lang == "en" {
		return en + " / " + ja
	}
	return ja + " / " + en
}

// fieldPathIndex matches the list indices of a register field path.
var fieldPathIndex = regexp.MustCompile(`\[[^\]]*\]`)

// fieldWordsTable names register fields (paths without list indices) in
// words a vendor understands; the longest known prefix of a path decides.
var fieldWordsTable = map[string]riskassess.Text{
	"certifications":             riskassess.T("認証の種類と有効期限", "your certificates and their expiry"),
	"contracts":                  riskassess.T("契約の内容", "the contract"),
	"contracts.clauses":          riskassess.T("契約書の条項", "the clauses of the contract"),
	"contracts.subcontractors":   riskassess.T("再委託先と当方の承諾", "your subcontractors and our approval of them"),
	"contracts.information":      riskassess.T("お預けする情報", "the information we entrust to you"),
	"contracts.data_returned_on": riskassess.T("データの返却・消去", "the return or deletion of data"),
	"incidents":                  riskassess.T("事故の記録", "recorded incidents"),
	"reports":                    riskassess.T("受領した報告書", "the reports we received"),
	"exit":                       riskassess.T("利用終了時のデータの返却・消去", "the return and deletion of data at the end"),
	"sla":                        riskassess.T("サービスレベル（稼働率）", "the service level (availability)"),
	"data_locations":             riskassess.T("データの保管場所", "where the data is kept"),
	"ismap":                      riskassess.T("ISMAP の登録", "the ISMAP listing"),
	"governing_law":              riskassess.T("準拠法", "the governing law"),
	"court":                      riskassess.T("管轄裁判所", "the competent court"),
	"class":                      riskassess.T("お預けする情報の分類", "the class of the information we entrust"),
	"auth":                       riskassess.T("サインインの設定", "the sign-in settings"),
	"permitted_uses":             riskassess.T("利用してよい業務", "the permitted uses"),
	"approval":                   riskassess.T("当方の承認", "our approval"),
	"legal_name":                 riskassess.T("貴社の名称", "your company name"),
}

// fieldWords returns the words for register field path p; ok is false
// for a path the table does not know.
func fieldWords(p string) (riskassess.Text, bool) {
	k := fieldPathIndex.ReplaceAllString(p, "")
	for {
		if t, ok := fieldWordsTable[k]; ok {
			return t, true
		}
		i := strings.LastIndexByte(k, '.')
		if i < 0 {
			return riskassess.Text{}, false
		}
		k = k[:i]
	}
}

// derivedJa and derivedEn match the two halves of a pre-filled note of
// derivedComment, in its current and earlier wordings ("台帳の記録（…）から
// 記入。確認してください / filled in from the register (…): please
// confirm"); derivedJa's submatch is the Japanese label of the answer it
// was filled in with, "" in notes written before the label was added.
var (
	derivedJa = regexp.MustCompile(`^(?:当方の)?台帳の記録(?:（[^\n]*?）)?から記入(?:しました)?(?:（(はい|いいえ|一部|該当なし)）)?。確認(?:してください|し、違っていれば直してください)$`)
	derivedEn = regexp.MustCompile(`^filled in from (?:the register|our records)[^\n]*: please (?:confirm|check and correct it if wrong)$`)
)

// derivedNote reports whether line is a pre-filled note, and the Japanese
// label of the answer it names ("" when none).
func derivedNote(line string) (label string, ok bool) {
	ja, en, found := strings.Cut(strings.TrimSpace(line), " / ")
	if !found {
		return "", false
	}
	if !derivedEn.MatchString(en) {
		ja, en = en, ja // English first
		if !derivedEn.MatchString(en) {
			return "", false
		}
	}
	m := derivedJa.FindStringSubmatch(ja)
	if m == nil {
		return "", false
	}
	return m[1], true
}

// stripDerived returns comment without the pre-filled notes of
// derivedComment that do not belong to the answer v: a note naming
// another answer (the vendor changed it), every note when v is "" (the
// answer was cleared), and every note but the first. A note of the
// earlier form, without an answer, is kept once when v is not "".
func stripDerived(comment, v string) string {
	if !strings.Contains(comment, "filled in from") {
		return comment
	}
	lines := strings.Split(comment, "\n")
	out := lines[:0]
	kept := false
	for _, l := range lines {
		label, ok := derivedNote(l)
		if !ok {
			out = append(out, l)
			continue
		}
		if v == "" || kept || (label != "" && label != yesNoLabel[v].Ja) {
			continue
		}
		kept = true
		out = append(out, l)
	}
	return strings.TrimFunc(strings.Join(out, "\n"), isSpace)
}

// respondent returns the respondent fields the register knows: the
// company name and 法人番号 of a contractor, or of a service's provider.
func (q *Questionnaire) respondent() riskassess.Respondent {
	return q.Register.ExpectedRespondent(q.Entry)
}

// QuestionsFor returns the questions the vendor questionnaire asks of kind
// k by reqs (requirements attested by the vendor), in catalogue order,
// deduplicated by ID: what ReadOptions.Questions expects.
func QuestionsFor(reqs []riskassess.Requirement, k riskassess.Kind) []riskassess.Question {
	return questionsBy(reqs, k, riskassess.AttestVendor)
}

// SelfCheckQuestionsFor returns the questions the self-check (自己点検)
// workbook asks of kind k by reqs: those of requirements the council
// attests, in catalogue order, deduplicated by ID.
func SelfCheckQuestionsFor(reqs []riskassess.Requirement, k riskassess.Kind) []riskassess.Question {
	return questionsBy(reqs, k, riskassess.AttestCouncil)
}

// questionsBy returns the questions of reqs for kind k that by answers,
// and those in also.
func questionsBy(reqs []riskassess.Requirement, k riskassess.Kind, by riskassess.Attester, also ...map[string]bool) []riskassess.Question {
	rows := questionRows(reqs, k, by, also...)
	out := make([]riskassess.Question, len(rows))
	for i, r := range rows {
		out[i] = r.Question
	}
	return out
}

// sheet names per language.
func sheetNames(lang riskassess.Lang) (cover, questions string) {
	if lang == "en" {
		return "Cover", "Questions"
	}
	return "表紙", "質問"
}

// bi returns the text in lang first and the other language on a second line.
func bi(t riskassess.Text, lang riskassess.Lang) string {
	first, second := t.Ja, t.En
	if lang == "en" && t.En != "" {
		first, second = t.En, t.Ja
	}
	if second == "" || second == first {
		return first
	}
	return first + "\n" + second
}

// questionText is the text of the question cell of q on a questions
// sheet in lang: the question in both languages and, for a choice
// question, its choices.
func questionText(q *riskassess.Question, lang riskassess.Lang) string {
	t := bi(q.Text, lang)
	if q.Type == riskassess.AnswerChoice && len(q.Choices) > 0 {
		t += "\n" + labelPair(riskassess.T("選択肢", "Choices"), lang) + ": " + strings.Join(choiceLabels(q, lang), "／")
	}
	return t
}

// labelPair returns "ja / en" or "en / ja".
func labelPair(t riskassess.Text, lang riskassess.Lang) string {
	if lang == "en" {
		return t.En + " / " + t.Ja
	}
	return t.Ja + " / " + t.En
}

// title is the cover title and printed header of q.
func (q *Questionnaire) title() riskassess.Text {
	if q.selfCheck() {
		return riskassess.T("セキュリティ要件 自己点検票", "Security requirements self-check")
	}
	return riskassess.T("セキュリティ要件 確認票", "Security requirements questionnaire")
}

// SelfCheckPurpose is the purpose a self-check's cover states when
// Questionnaire.Purpose is empty.
var SelfCheckPurpose = riskassess.T(
	"情報セキュリティ基本方針 7（自己点検）に基づき、所管課が自ら確認する事項（委託先の選定、契約への記載、確認の実施など）を点検するためのものです。回答は台帳に議会の点検として記録します。",
	"Under section 7 of our information-security policy (self-check) the responsible section checks the points it confirms itself (choice of contractor, contract clauses, checks carried out). The answers are recorded in the register as the council's own check.")

// Checker field labels on a self-check's cover (ja, en), in order, the
// date last. The reader records 点検者 as the record's respondent person,
// 所属・職名 as its contact and 点検日 as its date.
var checkerLabels = []riskassess.Text{
	riskassess.T("点検者", "Checker"),
	riskassess.T("所属・職名", "Position"),
	riskassess.T("点検日", "Date checked"),
}

var selfCheckInstructions = []riskassess.Text{
	riskassess.T(
		"1. 「質問」シートの各行の「回答」欄に、所管課として確認した結果を記入してください。はい／いいえ の質問はプルダウンから はい・いいえ・一部・該当なし のいずれかを選びます。",
		"1. In the Answer column of the Questions sheet, give what the section itself has checked. For yes/no questions choose Yes, No, Partial or N/A from the drop-down."),
	riskassess.T(
		"2. 台帳に記録されている内容をあらかじめ記入しています。事業者が「該当なし」と答えた項目は、所管課が確認して初めて該当なしとして扱われます。",
		"2. What the register holds is filled in. A requirement the vendor declared not applicable counts as such only once the section confirms it here."),
	riskassess.T(
		"3. 「コメント・根拠」欄に根拠（契約書の条項、確認した資料など）を記入してください。",
		"3. In Comment / evidence, give the basis (contract clause, documents checked)."),
	riskassess.T(
		"4. ID 列の値は変更しないでください。下の点検者欄を記入し、riskregister import で取り込んでください。",
		"4. Do not change the IDs. Fill in the checker fields below and import the file with riskregister import."),
}

// Header labels of the questions sheet (ja, en).
var headerLabels = []riskassess.Text{
	colID - 1:       riskassess.T("ID", "ID"),
	colCategory - 1: riskassess.T("分類", "Category"),
	colQuestion - 1: riskassess.T("質問", "Question"),
	colAnswer - 1:   riskassess.T("回答", "Answer"),
	colComment - 1:  riskassess.T("コメント・根拠", "Comment / evidence"),
	colRef - 1:      riskassess.T("参照", "Reference"),
}

// Respondent field labels on the cover (ja, en), in order.
var respondentLabels = []riskassess.Text{
	riskassess.T("会社名", "Company name"),
	riskassess.T("法人番号", "Corporate number"),
	riskassess.T("回答者", "Respondent"),
	riskassess.T("連絡先", "Contact"),
	riskassess.T("回答日", "Date answered"),
}

var instructions = []riskassess.Text{
	riskassess.T(
		"1. 「質問」シートの各行の「回答」欄に答えてください。はい／いいえ の質問はプルダウンから はい・いいえ・一部・該当なし のいずれかを選びます。選択肢のある質問はその中から、日付は 2026/4/1 や 令和8年4月1日 の形で、数値は数字で記入してください。",
		"1. Answer each row of the Questions sheet in the Answer column. For yes/no questions choose Yes, No, Partial or N/A from the drop-down; for other questions pick one of the listed choices, type a date (2026/4/1) or a number."),
	riskassess.T(
		"2. 当方で把握している内容をあらかじめ記入しています。確認し、違っていれば直してください。",
		"2. What we already know is filled in. Please check it and correct anything that is wrong."),
	riskassess.T(
		"3. 「コメント・根拠」欄に根拠（資料名、認証番号、補足など）を記入してください。複数行で構いません。",
		"3. In Comment / evidence, give the basis of your answer (document, certificate number, notes). Several lines are fine."),
	riskassess.T(
		"4. ID 列の値と質問文は変更しないでください。補足はコメント欄に書き、列は追加しないでください（質問文が変わった行は取り込めません）。行の挿入・並べ替え・列の移動は構いません（シートの保護はパスワードなしで解除できます）。",
		"4. Do not change the IDs or the question texts. Put notes in the comment column, do not add columns (a row whose question text changed cannot be imported). You may insert rows, sort and move columns (sheet protection has no password)."),
	riskassess.T(
		"5. 下の回答者欄を記入し、.xlsx 形式のまま返送してください。",
		"5. Fill in the respondent fields below and return the file as .xlsx."),
}

// WriteFile writes the questionnaire to path, atomically (a temporary file
// in the same folder renamed into place), with mode 0644 like any file a
// user saves: it is sent to a vendor, not a secret.
func (q *Questionnaire) WriteFile(path string) error {
	return atomicfile.Write(path, 0o644, q.Write)
}

// Write writes the questionnaire workbook to w. It returns an error when
// Kind is invalid, when Entry is of another kind, when no requirement of
// Kind has a question, or when writing fails.
func (q *Questionnaire) Write(w io.Writer) error {
	f, err := q.build()
	if err != nil {
		return err
	}
	defer f.Close()
	return writeWorkbook(w, f)
}

// writeWorkbook writes the workbook f to w: each sheet's declared dimension
// set to its cells (setDimensions), its parts in a fixed order
// (canonicalZip).
func writeWorkbook(w io.Writer, f *excelize.File) error {
	if err := setDimensions(f); err != nil {
		return err
	}
	var buf bytes.Buffer
	if _, err := f.WriteTo(&buf); err != nil {
		return err
	}
	return canonicalZip(w, buf.Bytes())
}

// setDimensions sets the dimension each sheet of f declares (<dimension
// ref>) to the range its cells with a value span: from A1 to the last
// row and the longest row's last column ("A1" for a sheet of one cell or
// none). excelize leaves a sheet written cell by cell at "A1", and a
// reader that trusts the declared range (openpyxl in read-only mode, as a
// reviewer's script may open a workbook) reads that one cell. A sheet
// written by a stream writer (WriteRegister) is not to be read back here:
// regWriteSheet declares its range before streaming it.
func setDimensions(f *excelize.File) error {
	for _, sh := range f.GetSheetList() {
		rows, err := f.GetRows(sh)
		if err != nil {
			return err
		}
		cols := 0
		for _, r := range rows {
			cols = max(cols, len(r))
		}
		ref := "A1"
		if cols > 0 && (len(rows) > 1 || cols > 1) {
			last, err := excelize.CoordinatesToCellName(cols, len(rows))
			if err != nil {
				return err
			}
			ref = "A1:" + last
		}
		if err := f.SetSheetDimension(sh, ref); err != nil {
			return err
		}
	}
	return nil
}

// canonicalZip copies the zip package b to w with its parts sorted
// ([Content_Types].xml first, then by name) and without recompressing:
// excelize writes parts in map order, and the same questionnaire must give
// the same bytes.
func canonicalZip(w io.Writer, b []byte) error {
	zr, err := zip.NewReader(bytes.NewReader(b), int64(len(b)))
	if err != nil {
		return err
	}
	files := slices.Clone(zr.File)
	rank := func(n string) int {
		if n == "[Content_Types].xml" {
			return 0
		}
		return 1
	}
	slices.SortFunc(files, func(a, b *zip.File) int {
		return cmp.Or(cmp.Compare(rank(a.Name), rank(b.Name)), strings.Compare(a.Name, b.Name))
	})
	zw := zip.NewWriter(w)
	for _, zf := range files {
		rc, err := zf.OpenRaw()
		if err != nil {
			return err
		}
		hdr := zf.FileHeader
		out, err := zw.CreateRaw(&hdr)
		if err != nil {
			return err
		}
		if _, err := io.Copy(out, rc); err != nil {
			return err
		}
	}
	return zw.Close()
}

func (q *Questionnaire) lang() riskassess.Lang {
	if q.Lang == "en" {
		return "en"
	}
	return "ja"
}

func (q *Questionnaire) build() (*excelize.File, error) {
	if !q.Kind.Valid() {
		return nil, fmt.Errorf("xlsx: invalid kind %q (allowed: %s)", q.Kind, strings.Join(q.Kind.Allowed(), ", "))
	}
	var entryID string
	if q.Entry != nil {
		if q.Entry.Kind() != q.Kind {
			return nil, fmt.Errorf("xlsx: entry %q is a %s, not a %s", q.Entry.Base().ID, q.Entry.Kind(), q.Kind)
		}
		entryID = q.Entry.Base().ID
	}
	if q.By != "" && q.By != riskassess.AttestVendor && q.By != riskassess.AttestCouncil {
		return nil, fmt.Errorf("xlsx: a questionnaire is answered by %q or %q, not %q", riskassess.AttestVendor, riskassess.AttestCouncil, q.By)
	}
	rows := q.Rows()
	if len(rows) == 0 {
		if q.selfCheck() {
			return nil, errors.New("xlsx: no requirement of kind " + string(q.Kind) + " has a question the council checks itself")
		}
		return nil, errors.New("xlsx: no requirement of kind " + string(q.Kind) + " has a question for the vendor (the council checks the others itself)")
	}
	answers := q.answers(rows)
	lang := q.lang()
	coverName, qName := sheetNames(lang)

	f := excelize.NewFile()
	if err := f.SetSheetName("Sheet1", coverName); err != nil {
		return nil, err
	}
	if _, err := f.NewSheet(qName); err != nil {
		return nil, err
	}
	st, err := newStyles(f)
	if err != nil {
		return nil, err
	}
	if err := q.writeCover(f, coverName, st); err != nil {
		return nil, err
	}
	w, err := q.writeQuestions(f, qName, rows, answers, st)
	if err != nil {
		return nil, err
	}
	meta := &Meta{
		Format: metaFormat, Kind: q.Kind, EntryID: entryID, CatalogueVersion: q.CatalogueVersion,
		Lang: lang, QuestionsSheet: qName, QuestionIDs: w.ids, QuestionDigests: w.digests,
		PrefillDigests: w.prefilled,
	}
	if q.selfCheck() {
		meta.By = riskassess.AttestCouncil
	} else if q.Only != nil {
		meta.Gap = cmp.Or(q.Gap, "gap")
	}
	meta.Round = q.Round
	meta.Org = q.Org
	meta.MadeOn = q.AsOf
	if err := writeMeta(f, meta); err != nil {
		return nil, err
	}
	return f, nil
}

// writeMeta seals meta with its checksum and writes it as the very hidden
// sheet MetaSheet of f, then makes the first sheet the active one.
func writeMeta(f *excelize.File, meta *Meta) error {
	// The reader trims the cells of _meta: a name kept with its blanks
	// (register.yaml's 調布市議会　, a full-width blank YAML keeps) would
	// be summed with them and read without, and the checksum refused
	// every questionnaire the register made.
	meta.Org = riskassess.T(strings.TrimSpace(meta.Org.Ja), strings.TrimSpace(meta.Org.En))
	meta.Checksum = meta.sum()
	if _, err := f.NewSheet(MetaSheet); err != nil {
		return err
	}
	for i, kv := range meta.rows() {
		if err := f.SetSheetRow(MetaSheet, "A"+strconv.Itoa(i+1), &kv); err != nil {
			return err
		}
	}
	if err := f.SetSheetVisible(MetaSheet, false, true); err != nil {
		return err
	}
	f.SetActiveSheet(0)
	return nil
}

// thinBorder is a thin border of colour on all four sides of a cell.
func thinBorder(colour string) []excelize.Border {
	return []excelize.Border{
		{Type: "left", Color: colour, Style: 1}, {Type: "right", Color: colour, Style: 1},
		{Type: "top", Color: colour, Style: 1}, {Type: "bottom", Color: colour, Style: 1},
	}
}

type styles struct {
	title, text, label, input, inputDate, header, cell, answer, answerDate, answerNum int
}

func newStyles(f *excelize.File) (*styles, error) {
	border := thinBorder("808080")
	wrapTop := &excelize.Alignment{WrapText: true, Vertical: "top"}
	unlocked := &excelize.Protection{Locked: false}
	locked := &excelize.Protection{Locked: true}
	input := excelize.Fill{Type: "pattern", Pattern: 1, Color: []string{"FFF7CC"}}
	dateFmt := "yyyy/mm/dd"
	var s styles
	for _, x := range []struct {
		dst *int
		st  excelize.Style
	}{
		{&s.title, excelize.Style{Font: &excelize.Font{Bold: true, Size: 14}, Alignment: wrapTop, Protection: locked}},
		{&s.text, excelize.Style{Alignment: wrapTop, Protection: locked}},
		{&s.label, excelize.Style{Font: &excelize.Font{Bold: true}, Border: border, Alignment: wrapTop, Protection: locked,
			Fill: excelize.Fill{Type: "pattern", Pattern: 1, Color: []string{"E7E6E6"}}}},
		{&s.input, excelize.Style{Border: border, Alignment: wrapTop, Protection: unlocked, Fill: input}},
		{&s.inputDate, excelize.Style{Border: border, Alignment: wrapTop, Protection: unlocked, Fill: input, CustomNumFmt: &dateFmt}},
		{&s.header, excelize.Style{Font: &excelize.Font{Bold: true}, Border: border, Protection: locked,
			Alignment: &excelize.Alignment{WrapText: true, Vertical: "center", Horizontal: "center"},
			Fill:      excelize.Fill{Type: "pattern", Pattern: 1, Color: []string{"D9E1F2"}}}},
		{&s.cell, excelize.Style{Border: border, Alignment: wrapTop, Protection: locked}},
		{&s.answer, excelize.Style{Border: border, Alignment: wrapTop, Protection: unlocked, Fill: input}},
		{&s.answerDate, excelize.Style{Border: border, Alignment: wrapTop, Protection: unlocked, Fill: input, CustomNumFmt: &dateFmt}},
		{&s.answerNum, excelize.Style{Border: border, Alignment: wrapTop, Protection: unlocked, Fill: input, NumFmt: 0}},
	} {
		id, err := f.NewStyle(&x.st)
		if err != nil {
			return nil, err
		}
		*x.dst = id
	}
	return &s, nil
}

func (q *Questionnaire) writeCover(f *excelize.File, sh string, st *styles) error {
	lang := q.lang()
	set := func(cell string, v any, style int) error {
		if err := f.SetCellValue(sh, cell, v); err != nil {
			return err
		}
		return f.SetCellStyle(sh, cell, cell, style)
	}
	if err := f.SetColWidth(sh, "A", "A", 26); err != nil {
		return err
	}
	if err := f.SetColWidth(sh, "B", "B", 90); err != nil {
		return err
	}
	title := q.title()
	kind := riskassess.T(q.Kind.Label("ja"), q.Kind.Label("en"))
	if q.book != nil {
		kind = q.book.scopeText()
	}
	org := q.Org
	t := title.In(lang) + "（" + kind.In(lang) + "）"
	if lang == "en" {
		t = title.En + " (" + kind.En + ")"
	}
	if o := org.In(lang); o != "" {
		t = o + " " + t
	}
	if err := set("A1", t, st.title); err != nil {
		return err
	}
	if err := f.SetRowHeight(sh, 1, 24); err != nil {
		return err
	}
	if err := f.MergeCell(sh, "A1", "B1"); err != nil {
		return err
	}
	r := 3
	info := [][2]string{}
	if q.Entry != nil {
		b := q.Entry.Base()
		info = append(info, [2]string{labelPair(riskassess.T("対象", "Subject"), lang), b.Name.In(lang) + " (" + b.ID + ")"})
	}
	if q.book != nil {
		info = append(info, [2]string{labelPair(riskassess.T("対象", "Subjects"), lang), q.book.subjects().In(lang)})
	}
	if q.selfCheck() {
		if q.Section.Ja != "" || q.Section.En != "" {
			info = append(info, [2]string{labelPair(riskassess.T("所管課", "Section"), lang), bi(q.Section, lang)})
		}
		if q.FiscalYear != 0 {
			info = append(info, [2]string{labelPair(riskassess.T("年度", "Fiscal year"), lang), wareki.FiscalYearLabel(riskassess.FiscalYear(q.FiscalYear), q.Dates, lang)})
		}
	}
	purpose := q.Purpose
	if purpose.Ja == "" {
		purpose = DefaultPurpose
		if q.selfCheck() {
			purpose = SelfCheckPurpose
		}
	}
	info = append(info, [2]string{labelPair(riskassess.T("目的", "Purpose"), lang), bi(purpose, lang)})
	if q.Round != "" {
		info = append(info, [2]string{labelPair(riskassess.T("回", "Round"), lang), q.Round})
	}
	if !q.Deadline.IsZero() {
		info = append(info, [2]string{labelPair(riskassess.T("回答期限", "Reply by"), lang), wareki.FormatStyle(q.Deadline, q.Dates, lang)})
	}
	if q.ReturnTo != "" {
		info = append(info, [2]string{labelPair(riskassess.T("返送先", "Return to"), lang), q.ReturnTo})
	}
	if q.CatalogueVersion != "" {
		info = append(info, [2]string{labelPair(riskassess.T("要件カタログの版", "Catalogue version"), lang), q.CatalogueVersion})
	}
	for _, kv := range info {
		if err := set("A"+strconv.Itoa(r), kv[0], st.label); err != nil {
			return err
		}
		if err := set("B"+strconv.Itoa(r), kv[1], st.cell); err != nil {
			return err
		}
		if err := f.SetRowHeight(sh, r, rowHeight([]string{kv[0], kv[1]}, []float64{26, 90})); err != nil {
			return err
		}
		r++
	}
	r++
	if err := set("A"+strconv.Itoa(r), labelPair(riskassess.T("記入方法", "How to answer"), lang), st.title); err != nil {
		return err
	}
	if err := f.SetRowHeight(sh, r, 24); err != nil {
		return err
	}
	r++
	ins, people, peopleTitle := instructions, respondentLabels, riskassess.T("回答者", "Respondent")
	if q.selfCheck() {
		ins, people, peopleTitle = selfCheckInstructions, checkerLabels, riskassess.T("点検記録", "Checked by")
	}
	if q.book != nil {
		ins = q.book.instructions()
	}
	for _, in := range ins {
		cell := "A" + strconv.Itoa(r)
		if err := set(cell, bi(in, lang), st.text); err != nil {
			return err
		}
		if err := f.MergeCell(sh, cell, "B"+strconv.Itoa(r)); err != nil {
			return err
		}
		if err := f.SetRowHeight(sh, r, rowHeight([]string{bi(in, lang)}, []float64{116})); err != nil {
			return err
		}
		r++
	}
	r++
	if err := set("A"+strconv.Itoa(r), labelPair(peopleTitle, lang), st.title); err != nil {
		return err
	}
	if err := f.SetRowHeight(sh, r, 24); err != nil {
		return err
	}
	r++
	var known riskassess.Respondent
	if !q.selfCheck() {
		known = q.respondent()
	}
	for i, l := range people {
		if err := set("A"+strconv.Itoa(r), labelPair(l, lang), st.label); err != nil {
			return err
		}
		// Text cells: a 13-digit number would show as 9.23E+12.
		if v := [...]string{known.Company, known.CorporateNumber, "", "", ""}[i]; v != "" {
			if err := f.SetCellStr(sh, "B"+strconv.Itoa(r), v); err != nil {
				return err
			}
		}
		vs := st.input
		if i == len(people)-1 {
			vs = st.inputDate
		}
		if err := f.SetCellStyle(sh, "B"+strconv.Itoa(r), "B"+strconv.Itoa(r), vs); err != nil {
			return err
		}
		if err := f.SetRowHeight(sh, r, 20); err != nil {
			return err
		}
		if i == len(people)-1 {
			dv := excelize.NewDataValidation(true)
			dv.SetSqref("B" + strconv.Itoa(r))
			if err := dv.SetRange(1, 2958465, excelize.DataValidationTypeDate, excelize.DataValidationOperatorBetween); err != nil {
				return err
			}
			dv.SetError(excelize.DataValidationErrorStyleWarning, "日付 / Date", "日付を 2026/4/1 の形で入力してください / Enter a date such as 2026/4/1")
			if err := f.AddDataValidation(sh, dv); err != nil {
				return err
			}
		}
		r++
	}
	if err := printSetup(f, sh, 0.5, false); err != nil {
		return err
	}
	if err := q.pageFooter(f, sh); err != nil {
		return err
	}
	return f.ProtectSheet(sh, protection())
}

// pageFooter puts the subject in the printed header and "page / pages" in
// the footer of sheet sh, so that printed pages stay in order.
func (q *Questionnaire) pageFooter(f *excelize.File, sh string) error {
	lang := q.lang()
	head := q.title().In(lang)
	if q.Entry != nil {
		head += " — " + q.Entry.Base().Name.In(lang)
	}
	if q.book != nil {
		head += " — " + q.book.scopeText().In(lang)
		if q.FiscalYear != 0 {
			head += " " + riskassess.T(fmt.Sprintf("%d年度", q.FiscalYear), fmt.Sprintf("FY%d", q.FiscalYear)).In(lang)
		}
	}
	page := "&P / &N"
	if lang == "ja" {
		page = "&P / &N ページ"
	}
	return f.SetHeaderFooter(sh, &excelize.HeaderFooterOptions{
		OddHeader: "&L" + strings.ReplaceAll(head, "&", "&&"),
		OddFooter: "&C" + page,
	})
}

// protection is the sheet protection of both sheets: no password; only the
// answer and comment cells (and the respondent fields) are unlocked. The
// vendor may format, insert and delete rows, and may unprotect the sheet
// (no password) to sort or move columns.
func protection() *excelize.SheetProtectionOptions {
	return &excelize.SheetProtectionOptions{
		SelectLockedCells: true, SelectUnlockedCells: true,
		FormatCells: true, FormatColumns: true, FormatRows: true,
		InsertRows: true, DeleteRows: true, Sort: true, AutoFilter: true,
	}
}

// printSetup sets the page setup of every sheet both writers make: A4
// landscape, fitted to one page wide, margins of margin inches and, with
// titles, the header row (row 1) repeated on every page; without titles
// the sheet is fitted to one page.
func printSetup(f *excelize.File, sh string, margin float64, titles bool) error {
	size, orient, one, high := 9, "landscape", 1, 0 // 9 = A4
	if !titles {
		high = 1 // a sheet without a repeated header (the cover) fits on one page
	}
	if err := f.SetPageLayout(sh, &excelize.PageLayoutOptions{Size: &size, Orientation: &orient, FitToWidth: &one, FitToHeight: &high}); err != nil {
		return err
	}
	fit := true
	if err := f.SetSheetProps(sh, &excelize.SheetPropsOptions{FitToPage: &fit}); err != nil {
		return err
	}
	if err := f.SetPageMargins(sh, &excelize.PageLayoutMarginsOptions{Left: &margin, Right: &margin, Top: &margin, Bottom: &margin}); err != nil {
		return err
	}
	if !titles {
		return nil
	}
	return f.SetDefinedName(&excelize.DefinedName{Name: "_xlnm.Print_Titles", RefersTo: regQuote(sh) + "!$1:$1", Scope: sh})
}

// column widths of the questions sheet, in characters.
var colWidths = []float64{colID - 1: 13, colCategory - 1: 16, colQuestion - 1: 62, colAnswer - 1: 14, colComment - 1: 42, colRef - 1: 16}

// rowHeight estimates the height in points of a row whose cells hold texts
// in columns of the given widths, wrapped.
func rowHeight(texts []string, widths []float64) float64 {
	lines := 1
	for i, t := range texts {
		n := 0
		for _, l := range strings.Split(t, "\n") {
			w := cellWidth.StringWidth(l)
			per := int(widths[i] * 1.1)
			if per < 1 {
				per = 1
			}
			n += (w + per - 1) / per
			if w == 0 {
				n++
			}
		}
		if n > lines {
			lines = n
		}
	}
	return float64(lines)*15 + 3
}

func (q *Questionnaire) writeQuestions(f *excelize.File, sh string, rows []QuestionRow, answers map[string]riskassess.Answer, st *styles) (*qwritten, error) {
	lines := make([]qline, len(rows))
	for i, r := range rows {
		a, ok := answers[r.Question.ID]
		lines[i] = qline{row: r, answer: a, has: ok}
	}
	return writeQuestionLines(f, sh, lines, q.lang(), false, st, q.pageFooter)
}

// qline is one row of a questions sheet: a question, what it is
// pre-filled with and, in a self-check of several entries, the entry it
// asks about (key "kind/id" and the entry's name).
type qline struct {
	row          QuestionRow
	answer       riskassess.Answer
	has          bool
	key, subject string
}

// Extra header labels of the questions sheet of a self-check of several
// entries: the entry's key (read back) and its name (not read).
var (
	entryLabel   = riskassess.T("エントリ", "Entry")
	subjectLabel = riskassess.T("対象", "Subject")
)

// writeQuestionLines writes the questions sheet sh: a header row, then one
// row per line with its drop-down, pre-filled answer and comment. With
// entryCols the sheet has the entry and subject columns after the ID
// (a self-check of several entries). It returns the question IDs and
// text digests written, in order.
func writeQuestionLines(f *excelize.File, sh string, lines []qline, lang riskassess.Lang, entryCols bool, st *styles, footer func(*excelize.File, string) error) (*qwritten, error) {
	labels, widths := headerLabels, colWidths
	ansCol, ncols := colAnswer, len(headerLabels)
	if entryCols {
		labels = []riskassess.Text{headerLabels[0], entryLabel, subjectLabel, headerLabels[1], headerLabels[2], headerLabels[3], headerLabels[4], headerLabels[5]}
		widths = []float64{12, 18, 20, 12, 54, 12, 36, 17}
		ansCol, ncols = colAnswer+2, len(labels)
	}
	lastCol, _ := excelize.ColumnNumberToName(ncols)
	ansName, _ := excelize.ColumnNumberToName(ansCol)
	for i, w := range widths {
		col, _ := excelize.ColumnNumberToName(i + 1)
		if err := f.SetColWidth(sh, col, col, w); err != nil {
			return nil, err
		}
	}
	hdr := make([]any, len(labels))
	for i, l := range labels {
		if lang == "en" {
			hdr[i] = l.En
		} else {
			hdr[i] = l.Ja
		}
	}
	if err := f.SetSheetRow(sh, "A1", &hdr); err != nil {
		return nil, err
	}
	if err := f.SetCellStyle(sh, "A1", lastCol+"1", st.header); err != nil {
		return nil, err
	}
	if err := f.SetRowHeight(sh, 1, 22); err != nil {
		return nil, err
	}
	// Data validations are grouped by their list so that the workbook has
	// one <dataValidation> per distinct list, not one per row.
	type dvGroup struct {
		kind  riskassess.AnswerType
		list  []string
		cells []string
	}
	var groups []*dvGroup
	groupOf := map[string]*dvGroup{}
	listCol := 0
	ids := make([]string, 0, len(lines))
	digests := make([]string, 0, len(lines))
	prefilled := make([]string, 0, len(lines))
	for i, ln := range lines {
		r := headerRow + 1 + i
		rs := strconv.Itoa(r)
		qr := ln.row
		qq := qr.Question
		ids = append(ids, qq.ID)
		cat := qq.Category
		if cat.Ja == "" {
			cat = qr.Requirements[0].Category
		}
		qtext := questionText(&qq, lang)
		digests = append(digests, QuestionDigest(qtext))
		var refs []string
		for _, req := range qr.Requirements {
			ref := req.ID
			if req.Clause != "" {
				ref += " (" + req.Clause + ")"
			}
			refs = append(refs, ref)
		}
		catText := cat.In(lang)
		if lang == "ja" && cat.En != "" {
			catText = cat.Ja
		}
		comment, value := "", ""
		if ln.has {
			comment, value = ln.answer.Comment, ln.answer.Value
		}
		prefilled = append(prefilled, prefillDigest(value, comment))
		texts := []string{qq.ID, catText, qtext, "", comment, strings.Join(refs, "\n")}
		if entryCols {
			texts = []string{qq.ID, ln.key, ln.subject, catText, qtext, "", comment, strings.Join(refs, "\n")}
		}
		for c, t := range texts {
			cell, _ := excelize.CoordinatesToCellName(c+1, r)
			if c+1 == ansCol {
				continue
			}
			if err := f.SetCellStr(sh, cell, t); err != nil {
				return nil, err
			}
			style := st.cell
			if c+1 == ansCol+1 {
				style = st.answer // the comment cell is unlocked
			}
			if err := f.SetCellStyle(sh, cell, cell, style); err != nil {
				return nil, err
			}
		}
		ansCell := ansName + rs
		ansStyle := st.answer
		var key string
		var list []string
		switch qq.Type {
		case riskassess.AnswerDate:
			ansStyle, key = st.answerDate, "date"
		case riskassess.AnswerNumber:
			ansStyle, key = st.answerNum, "number"
		case riskassess.AnswerChoice:
			list = choiceLabels(&qq, lang)
			key = "choice\x00" + strings.Join(list, "\x00")
		case riskassess.AnswerText:
		default:
			list = allowedYesNo(lang)
			key = "yesno"
		}
		if err := f.SetCellStyle(sh, ansCell, ansCell, ansStyle); err != nil {
			return nil, err
		}
		if ln.has && ln.answer.Value != "" {
			if err := prefill(f, sh, ansCell, &qq, ln.answer.Value, lang); err != nil {
				return nil, err
			}
		}
		if key != "" {
			g := groupOf[key]
			if g == nil {
				g = &dvGroup{kind: qq.Type, list: list}
				groupOf[key] = g
				groups = append(groups, g)
			}
			g.cells = append(g.cells, ansCell)
		}
		if err := f.SetRowHeight(sh, r, rowHeight(texts, widths)); err != nil {
			return nil, err
		}
	}
	for _, g := range groups {
		dv := excelize.NewDataValidation(true)
		dv.SetSqref(strings.Join(g.cells, " "))
		switch g.kind {
		case riskassess.AnswerDate:
			if err := dv.SetRange(1, 2958465, excelize.DataValidationTypeDate, excelize.DataValidationOperatorBetween); err != nil {
				return nil, err
			}
			dv.SetError(excelize.DataValidationErrorStyleWarning, "日付 / Date",
				"日付を 2026/4/1 や 令和8年4月1日 の形で入力してください / Enter a date such as 2026/4/1")
		case riskassess.AnswerNumber:
			if err := dv.SetRange(-1e15, 1e15, excelize.DataValidationTypeDecimal, excelize.DataValidationOperatorBetween); err != nil {
				return nil, err
			}
			dv.SetError(excelize.DataValidationErrorStyleWarning, "数値 / Number", "数値を入力してください / Enter a number")
		default:
			inline := strings.Join(g.list, ",")
			if len(inline) > 250 || strings.ContainsAny(strings.Join(g.list, ""), ",\"") {
				// Long lists (and labels with commas) go to a hidden sheet.
				if listCol == 0 {
					if _, err := f.NewSheet(listSheet); err != nil {
						return nil, err
					}
					if err := f.SetSheetVisible(listSheet, false); err != nil {
						return nil, err
					}
				}
				listCol++
				col, _ := excelize.ColumnNumberToName(listCol)
				for i, l := range g.list {
					if err := f.SetCellStr(listSheet, col+strconv.Itoa(i+1), l); err != nil {
						return nil, err
					}
				}
				dv.SetSqrefDropList(fmt.Sprintf("%s!$%s$1:$%s$%d", listSheet, col, col, len(g.list)))
			} else if err := dv.SetDropList(g.list); err != nil {
				return nil, err
			}
			dv.SetError(excelize.DataValidationErrorStyleWarning, "回答 / Answer",
				"一覧から選んでください / Choose from the list: "+strings.Join(g.list, ", "))
		}
		if err := f.AddDataValidation(sh, dv); err != nil {
			return nil, err
		}
	}
	if err := f.SetPanes(sh, &excelize.Panes{Freeze: true, YSplit: headerRow, TopLeftCell: "A" + strconv.Itoa(headerRow+1), ActivePane: "bottomLeft"}); err != nil {
		return nil, err
	}
	if err := printSetup(f, sh, 0.5, true); err != nil {
		return nil, err
	}
	if err := footer(f, sh); err != nil {
		return nil, err
	}
	if err := f.ProtectSheet(sh, protection()); err != nil {
		return nil, err
	}
	return &qwritten{ids: ids, digests: digests, prefilled: prefilled}, nil
}

// qwritten is what writeQuestionLines wrote, line by line: the question
// IDs and the QuestionDigest of each question's text as written (the
// _meta sheet's QuestionIDs and QuestionDigests, or ItemDigests), and
// the prefillDigest of what each answer and comment cell was pre-filled
// with (PrefillDigests, ItemPrefills).
type qwritten struct{ ids, digests, prefilled []string }

// prefill writes a stored answer value into an answer cell, in the form a
// vendor would pick: the label of a yes/no value or choice, an Excel date,
// a number. Values that do not fit the question type are written as text
// so that nothing known is hidden.
func prefill(f *excelize.File, sh, cell string, q *riskassess.Question, v string, lang riskassess.Lang) error {
	switch q.Type {
	case riskassess.AnswerDate:
		if d, err := riskassess.ParseDate(v); err == nil {
			return f.SetCellValue(sh, cell, dateToSerial(d))
		}
	case riskassess.AnswerNumber:
		if n, err := strconv.ParseFloat(v, 64); err == nil {
			return f.SetCellValue(sh, cell, n)
		}
	case riskassess.AnswerChoice:
		for _, c := range q.Choices {
			if c.ID == v {
				return f.SetCellStr(sh, cell, choiceLabel(c, lang))
			}
		}
	case riskassess.AnswerText:
	default:
		if l, ok := yesNoLabel[v]; ok {
			return f.SetCellStr(sh, cell, l.In(lang))
		}
	}
	return f.SetCellStr(sh, cell, v)
}
