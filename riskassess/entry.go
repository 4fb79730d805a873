package riskassess

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Entry is any register entry: a *Contractor, *Service or *Social.
type Entry interface {
	Kind() Kind
	// Base returns the fields common to every kind.
	Base() *Common
}

// Common holds the fields every entry has.
type Common struct {
	// ID is the entry's id: its file name without ".yaml", matching
	// [a-z0-9-]+. The store sets it from the file name.
	ID string `yaml:"-" json:"id"`
	// Source is the file the entry was read from, relative to the register
	// folder (e.g. "contractors/acme.yaml"). Set by the store.
	Source string `yaml:"-" json:"-"`
	// Name of the entry in Japanese and, optionally, English.
	Name Text `yaml:"name" json:"name"`
	// NameKana is the reading of Name in katakana, for sorting (optional;
	// a contractor's legal_name_kana is used when it is empty).
	NameKana string `yaml:"name_kana,omitempty" json:"name_kana,omitempty"`
	// Owner is the owning section and person (所管課・担当).
	Owner Owner `yaml:"owner" json:"owner"`
	// Approval is the approval record.
	Approval Approval `yaml:"approval" json:"approval"`
	// ReviewDue is when the next review is due.
	ReviewDue Date `yaml:"review_due,omitempty" json:"review_due,omitzero"`
	// LastReviewed is when the entry was last reviewed.
	LastReviewed Date `yaml:"last_reviewed,omitempty" json:"last_reviewed,omitzero"`
	// Notes are free notes in Markdown.
	Notes string `yaml:"notes,omitempty" json:"notes,omitempty"`
	// Evidence lists links to supporting documents.
	Evidence []Link `yaml:"evidence,omitempty" json:"evidence,omitempty"`
	// Answers are the current questionnaire answers by question id, as
	// confirmed by staff or imported from the latest questionnaire.
	Answers map[string]Answer `yaml:"answers,omitempty" json:"answers,omitempty"`
	// Assessments is the history of imported questionnaires, oldest first.
	// Entries are appended, never overwritten.
	Assessments []AssessmentRecord `yaml:"assessments,omitempty" json:"assessments,omitempty"`
	// Reviews is the review log (見直しの記録), oldest first: one record per
	// review, written by riskregister review (entryedit.ApplyReview). When it is not
	// empty, LastReviewed is the date of its last record.
	Reviews []ReviewRecord `yaml:"reviews,omitempty" json:"reviews,omitempty"`
	// Rounds are the questionnaire rounds the entry was sent, oldest
	// first (see RoundRecord).
	Rounds []RoundRecord `yaml:"rounds,omitempty" json:"rounds,omitempty"`
}

// Owner is who owns an entry: a section and a position, and the person
// who holds the position now.
type Owner struct {
	Section  string `yaml:"section" json:"section"`
	Position string `yaml:"position,omitempty" json:"position,omitempty"`
	Person   string `yaml:"person,omitempty" json:"person,omitempty"`
}

// Approval is the approval record of an entry.
type Approval struct {
	Status ApprovalStatus `yaml:"status" json:"status"`
	// Approver is the position id that took the decision (決裁者). It
	// counts as a signature of that position (see SignOffs).
	Approver string `yaml:"approver,omitempty" json:"approver,omitempty"`
	// Signatures are the sign-offs of the approval route (決裁ルート), one
	// per position that approved, checked against the approval chain of
	// register.yaml (ApprovalRoute).
	Signatures []Signature `yaml:"signatures,omitempty" json:"signatures,omitempty"`
	DecidedOn  Date        `yaml:"decided_on,omitempty" json:"decided_on,omitzero"`
	// Conditions are the conditions of the decision recorded in status:
	// those of a conditional approval, or conditions of use put on an
	// approval, binding while it is in force.
	Conditions []string         `yaml:"conditions,omitempty" json:"conditions,omitempty"`
	ValidUntil Date             `yaml:"valid_until,omitempty" json:"valid_until,omitzero"`
	History    []DecisionRecord `yaml:"history,omitempty" json:"history,omitempty"`
}

// DecisionRecord is one past approval decision.
type DecisionRecord struct {
	Status   ApprovalStatus `yaml:"status" json:"status"`
	Approver string         `yaml:"approver,omitempty" json:"approver,omitempty"`
	On       Date           `yaml:"on" json:"on"`
	// ValidUntil is the end of the approval the record decided, if any:
	// the approval's valid_until, kept when the approval is moved into the
	// history on a renewal or a retirement. It is the expiry of the
	// decision in force on a date before the next decision (InForceOn).
	ValidUntil Date   `yaml:"valid_until,omitempty" json:"valid_until,omitzero"`
	Note       string `yaml:"note,omitempty" json:"note,omitempty"`
}

// Link is a titled link to evidence.
type Link struct {
	Title string `yaml:"title" json:"title"`
	URL   string `yaml:"url" json:"url"`
	// On is the date of the document (optional): the entry page marks
	// one dated after the as-of date, which did not exist on it.
	On Date `yaml:"on,omitempty" json:"on,omitzero"`
}

// Answer is the answer to one questionnaire question.
type Answer struct {
	// Value is the normalised answer: "yes", "no", "partial", "na" for
	// yes/no questions; an ISO date; a number; a choice id; or free text.
	Value   string `yaml:"value" json:"value"`
	Comment string `yaml:"comment,omitempty" json:"comment,omitempty"`
	// Cell is where the answer was read ("Questions!D17"), if imported.
	Cell string `yaml:"cell,omitempty" json:"cell,omitempty"`
}

// NotApplicable reports whether the answer value v says that its question
// does not apply: the stored "na" of any question, or not applicable
// written out as the answer to a free-text question (該当なし, 該当しない,
// 対象外, N/A, NA, not applicable: in any width and case, with spaces
// around). A free-text answer keeps its text, so that 該当なし typed there
// was a text, and a requirement met by any answer took it as met: a vendor
// raised its score by claiming not applicable, which counts as not
// answered until the council confirms it (see the scorer's attestation).
// Other text (なし, 特になし: nothing to report) is an answer.
func NotApplicable(v string) bool {
	switch v {
	case "na":
		return true
	case "yes", "no", "partial":
		return false // the other stored answers to yes/no questions
	}
	if len(v) > 64 {
		return false
	}
	// Most answers (a date, a number, a choice id, a sentence) start
	// with a rune none of the spellings does: no lookup and no folding,
	// which allocates, for them (the scorer asks for every answer it
	// reads).
	r, _ := utf8.DecodeRuneInString(strings.TrimLeftFunc(v, unicode.IsSpace))
	if !strings.ContainsRune("nNｎＮ該対", r) {
		return false
	}
	if _, ok := notApplicableSpellings[v]; ok {
		return true
	}
	if folded(v) {
		return false
	}
	_, ok := notApplicableSpellings[foldASCIIWidth(v)]
	return ok
}

// notApplicableSpellings are the spellings of not applicable that
// NotApplicable reads, folded (foldASCIIWidth): those the questionnaire
// import reads as 該当なし in a yes/no question.
var notApplicableSpellings = map[string]struct{}{
	"na": {}, "n/a": {}, "not applicable": {}, "該当なし": {}, "該当しない": {}, "対象外": {},
}

// folded reports whether s is as foldASCIIWidth leaves it when it holds
// only ASCII: no upper-case letter, no space.
func folded(s string) bool {
	for i := 0; i < len(s); i++ {
		if c := s[i]; c >= utf8.RuneSelf || c <= ' ' || ('A' <= c && c <= 'Z') {
			return false
		}
	}
	return true
}

// foldASCIIWidth returns s trimmed of spaces, with full-width ASCII
// (Ｎ／Ａ) and the ideographic space made half-width, letters in lower
// case and runs of spaces made one.
func foldASCIIWidth(s string) string {
	var b strings.Builder
	space := false
	for _, r := range strings.TrimSpace(s) {
		switch {
		case unicode.IsSpace(r): // U+3000 too
			space = true
			continue
		case r >= 0xFF01 && r <= 0xFF5E:
			r -= 0xFEE0
		}
		if space && b.Len() > 0 {
			b.WriteByte(' ')
		}
		space = false
		b.WriteRune(unicode.ToLower(r))
	}
	return b.String()
}

// AssessmentRecord records one imported questionnaire. The answers
// themselves are stored once, in the entry's Answers: a record lists which
// questions the file answered (Answered) and what the import changed
// (Changed).
//
// Records written before this layout carry a full copy of the answers in
// Answers instead; they still load, and Received reads both layouts.
type AssessmentRecord struct {
	On               Date       `yaml:"on" json:"on"`
	Source           string     `yaml:"source" json:"source"`
	SHA256           string     `yaml:"sha256" json:"sha256"`
	CatalogueVersion string     `yaml:"catalogue_version,omitempty" json:"catalogue_version,omitempty"`
	Respondent       Respondent `yaml:"respondent,omitempty" json:"respondent,omitempty"`
	// By is who answered: AttestVendor (a vendor questionnaire; also
	// what an empty value means) or AttestCouncil (a self-check sheet,
	// Respondent.Person being who checked).
	By Attester `yaml:"by,omitempty" json:"by,omitempty"`
	// Answered lists, sorted, the questions the file answered with a value
	// (new, changed or the same as before).
	Answered []string `yaml:"answered,omitempty" json:"answered,omitempty"`
	// Changed are the stored answers the import changed, by question id:
	// the answer before and after. A question answered for the first time
	// is in Answered only.
	Changed map[string]AnswerChange `yaml:"changed,omitempty" json:"changed,omitempty"`
	// Questions are, by question id, the QuestionDigest of each question
	// whose answer the record received (Answered), as the question stood
	// when the workbook was imported. When a question's digest differs
	// now, its answer from this record was given to the question as it
	// was and does not count (AnswerOutdated). Records made before this
	// field, and foreign questionnaires' records, have none: their
	// answers count as they are.
	Questions map[string]string `yaml:"questions,omitempty" json:"questions,omitempty"`
	// Answers is the full copy of the answers kept by records of the
	// earlier layout; new records leave it empty.
	Answers map[string]Answer `yaml:"answers,omitempty" json:"answers,omitempty"`
	// Questionnaire names the foreign questionnaire the record was
	// imported from ("CAIQ v4.0.3", "HECVAT Full v3.06"); "" for a
	// riskregister questionnaire. Its answers came through the mapping of
	// that questionnaire (see package riskassess/foreign).
	Questionnaire string `yaml:"questionnaire,omitempty" json:"questionnaire,omitempty"`
	// Evidence lists the foreign answers that are not scored but shown for
	// a person to judge (partial and evidence links).
	Evidence []ForeignEvidence `yaml:"evidence,omitempty" json:"evidence,omitempty"`
}

// AnswerChange is one stored answer changed by an import: its value (and
// comment, when that changed too) before and after. FromComment and
// ToComment are nil when the comment did not change; a non-nil "" is a
// comment removed or added.
type AnswerChange struct {
	From        string  `yaml:"from" json:"from"`
	To          string  `yaml:"to" json:"to"`
	FromComment *string `yaml:"from_comment,omitempty" json:"from_comment,omitempty"`
	ToComment   *string `yaml:"to_comment,omitempty" json:"to_comment,omitempty"`
}

// Answerer returns who gave the record's answers: By, or AttestVendor
// when By is empty (every record made before By existed came from a
// vendor questionnaire).
func (r *AssessmentRecord) Answerer() Attester {
	if r.By == "" {
		return AttestVendor
	}
	return r.By
}

// AnsweredOn returns the date the record's answers were given: the
// respondent's date on the cover (回答日, 点検日) unless it is blank or after
// the import (a slip such as 令和18年 for 令和8年: an answer is not given
// after it was recorded), then the import date (see AnsweredOn).
func (r *AssessmentRecord) AnsweredOn() Date { return AnsweredOn(r.Respondent.Date, r.On) }

// AnsweredOn returns the date answers were given, from the respondent's
// date on a workbook's cover and the date they were imported: the
// respondent's, unless it is zero or after imported.
func AnsweredOn(respondent, imported Date) Date {
	if respondent.IsZero() || respondent.After(imported) {
		return imported
	}
	return respondent
}

// Respondent is who filled in a questionnaire.
type Respondent struct {
	Company         string `yaml:"company,omitempty" json:"company,omitempty"`
	CorporateNumber string `yaml:"corporate_number,omitempty" json:"corporate_number,omitempty"`
	Person          string `yaml:"person,omitempty" json:"person,omitempty"`
	Contact         string `yaml:"contact,omitempty" json:"contact,omitempty"`
	Date            Date   `yaml:"date,omitempty" json:"date,omitzero"`
}

// Certification is a certificate or attestation held by a contractor or
// service provider.
type Certification struct {
	Type   CertType `yaml:"type" json:"type"`
	Name   string   `yaml:"name,omitempty" json:"name,omitempty"`
	Number string   `yaml:"number,omitempty" json:"number,omitempty"`
	Scope  string   `yaml:"scope,omitempty" json:"scope,omitempty"`
	// ObtainedOn is when the certificate was first obtained (optional):
	// one obtained after the as-of date was not held on it (HeldOn).
	ObtainedOn Date `yaml:"obtained_on,omitempty" json:"obtained_on,omitzero"`
	ValidUntil Date `yaml:"valid_until,omitempty" json:"valid_until,omitzero"`
}

// HeldOn reports whether the certificate was held on d: its name does
// not say it is not held (CertNameSaysNotHeld: ISO/IEC 27001（申請中）,
// …（取消）), and it has no obtained_on (the register does not say since
// when, so it counts from the start) or was obtained on or before d. One
// not held is not counted by the requirements or listed as due on d; the
// expiry (valid_until) of one held is judged by them as before.
func (c *Certification) HeldOn(d Date) bool {
	return !c.ObtainedOn.After(d) && !CertNameSaysNotHeld(c.Name)
}

// CertNameSaysNotHeld reports whether a certificate's name says, in a
// bracket, that the certificate is not held. It reads name with
// full-width letters made half width (NarrowRune: （Ｐｅｎｄｉｎｇ）), then
// each bracket ((…), a nested one both inside its outer bracket's text
// and on its own: ISMS（審査中（更新））), and each part of one separated by
// 、 , ; : / ・ 。 or a space beside Japanese text; a part says so when
// it is the status alone: one of the phrases for applied for, planned,
// being prepared or examined, lapsed, returned or withdrawn (申請中,
// 申請済み, 申請予定, 取得予定, 取得準備（中）, 申請準備中, 準備中, 取得中, 審査中,
// 検討中, 未取得, 失効, 返上, 取消, 取り消し, 取下げ, 辞退, （有効）期限切れ; the
// words applied, pending, planned, expired, lapsed, withdrawn, revoked,
// case-insensitively and as whole words), with at most a date (2025年3月,
// 令和7年, R7.3, March 2025) and filler words (現在, 認証, 取得, 済み, に,
// で, 向けて, 更新せず; application, for, since, …) beside it:
// ISMS（申請中）, プライバシーマーク（2025年失効）, ISO/IEC 27001（ISMS、取消）,
// （返上済）, ISMS (application pending). A part holding 失効, 取消, 取り消し,
// 返上 or 未取得 (not followed by 予定, 日, 証明, …: 2027年3月失効予定 is
// held; 日 and 時 only after 失効: 取消日, 返上日 record one that
// happened) says so whatever else it holds, unless it names a renewal (更新,
// renew…) or follows a label's colon (（認証範囲：失効証明書の発行業務）):
// （申請中のため未取得）. A phrase after 更新 (更新申請中, 更新の申請中) is a
// renewal in progress and is skipped (the certificate is held while it
// is renewed; （失効。更新申請中） is still lapsed), as is any part with a
// word renew… (renewal pending); a part describing the certificate or
// its scope ((scope: application development), （2027年3月更新予定）) says
// nothing, and so does one giving the date or plan of a lapse
// (（失効日：2027年3月31日）, （失効予定日 …）; not of a revocation or a
// return: （取消日：2025年4月1日）, （返上日 …） are not held): the certificate is held, and
// its expiry is its valid_until, as for every held certificate (the
// name's date is not read; a past valid_until is not met, a missing one
// partial). A name without a bracket says nothing (ISMS 申請中 is not
// read). The store and the requirements read a name with this one rule:
// such a certificate is not held on any day (HeldOn), whatever its type.
func CertNameSaysNotHeld(name string) bool {
	// Most names have no bracket: told at once, without mapping the name
	// (HeldOn asks for every certificate each time a due item or a check
	// looks at it).
	if !strings.ContainsAny(name, "(（") {
		return false
	}
	s := strings.ToLower(strings.Map(NarrowRune, name))
	var open []int // byte offsets just after each open bracket
	for i, r := range s {
		switch r {
		case '(':
			open = append(open, i+1)
		case ')':
			if len(open) > 0 {
				if certBracketSaysNotHeld(s[open[len(open)-1]:i]) {
					return true
				}
				open = open[:len(open)-1]
			}
		}
	}
	for _, o := range open { // brackets left open run to the end
		if certBracketSaysNotHeld(s[o:]) {
			return true
		}
	}
	return false
}

// certBracketSaysNotHeld reports whether in, the text of a bracket of a
// certificate name (narrowed and lower case, nested brackets kept), has a
// part that says the certificate is not held (CertNameSaysNotHeld).
func certBracketSaysNotHeld(in string) bool {
	depth, start, labelled := 0, 0, false
	var prev rune
	for i, r := range in {
		switch {
		case r == '(':
			depth++
		case r == ')':
			depth--
		case depth <= 0 && isCertPartSep(r, prev, in[i+utf8.RuneLen(r):]):
			if certStatusAlone(in[start:i], labelled) {
				return true
			}
			labelled = r == ':'
			start = i + utf8.RuneLen(r)
		}
		prev = r
	}
	return certStatusAlone(in[start:], labelled)
}

// isCertPartSep reports whether r, after prev and before next, separates
// the parts of a certificate name's bracket (CertNameSaysNotHeld): a
// space does when a neighbour is not ASCII (ISMS 申請中, not renewal pending).
func isCertPartSep(r, prev rune, next string) bool {
	if r == ' ' || r == '\u3000' || r == '\t' {
		n, _ := utf8.DecodeRuneInString(next)
		return r == '\u3000' || prev >= utf8.RuneSelf || n >= utf8.RuneSelf
	}
	return strings.ContainsRune("、,;:/・。｡\n", r)
}

// certStatusAlone reports whether part (of a certificate name's bracket,
// narrowed and lower case) is a not-held status alone, or holds a lapse,
// as CertNameSaysNotHeld describes; labelled is whether part follows a
// label's colon (a description).
func certStatusAlone(part string, labelled bool) bool {
	s := part
	for _, f := range certNoRenewal {
		s = strings.ReplaceAll(s, f, " ")
	}
	if !labelled && !strings.Contains(s, "更新") && !strings.Contains(s, "renew") && certLapseIn(s) {
		return true
	}
	found := false
	for _, ph := range certNotHeldPhrases {
		for {
			i := strings.Index(s, ph)
			if i < 0 {
				break
			}
			before := s[:i]
			if certLapseDescribed(ph, s[i+len(ph):]) {
				// 失効日, 失効予定: a date or a plan of the lapse, not a
				// status (ISMS（失効日：2027年3月31日）): the part
				// describes the certificate, whose valid_until decides.
				return false
			}
			renewal := false
			for _, rn := range [...]string{"更新の", "更新を", "更新"} {
				if b, ok := strings.CutSuffix(before, rn); ok {
					before, renewal = b, true // a renewal in progress: skipped
					break
				}
			}
			found = found || !renewal
			s = before + " " + s[i+len(ph):]
		}
	}
	for _, f := range certStatusFillers {
		s = strings.ReplaceAll(s, f, " ")
	}
	for i := 0; i < len(s); {
		r, n := utf8.DecodeRuneInString(s[i:])
		if r >= 'a' && r <= 'z' {
			k := i
			for k < len(s) && s[k] >= 'a' && s[k] <= 'z' {
				k++
			}
			w := s[i:k]
			switch {
			case strings.HasPrefix(w, "renew"):
				return false // renewal pending: held
			case slices.Contains(certNotHeldEnglish[:], w):
				found = true
			case !slices.Contains(certStatusEnglishFillers[:], w):
				return false // a description: (scope: application development)
			}
			i = k
			continue
		}
		if !unicode.IsDigit(r) && !unicode.IsSpace(r) && !unicode.IsPunct(r) && !unicode.IsSymbol(r) && !strings.ContainsRune(certDateRunes, r) {
			return false
		}
		i += n
	}
	return found
}

// certLapseIn reports whether s holds one of certLapseWords not followed
// by one of certLapseNotAfter (2027年3月失効予定, 失効日: held); after a
// word other than 失効, 日 and 時 give when it happened (取消日, 返上日:
// not held), never a plan.
func certLapseIn(s string) bool {
	for _, w := range certLapseWords {
		for rest := s; ; {
			i := strings.Index(rest, w)
			if i < 0 {
				break
			}
			rest = rest[i+len(w):]
			if !certLapseNotAfterWord(w, rest) {
				return true
			}
		}
	}
	return false
}

// certLapseNotAfterWord reports whether rest, after the word w of
// certLapseWords, begins with one of certLapseNotAfter that makes w a
// plan or a description: any for 失効 (失効日, 失効予定), all but 日 and
// 時 for the others (取消予定; 取消日 and 返上日 record a revocation or a
// return that happened).
func certLapseNotAfterWord(w, rest string) bool {
	return slices.ContainsFunc(certLapseNotAfter[:], func(a string) bool {
		return strings.HasPrefix(rest, a) && (w == "失効" || a != "日" && a != "時")
	})
}

// certLapseDescribed reports whether the phrase ph, followed by rest, is
// 失効 followed by one of certLapseNotAfter (失効日, 失効予定): a date or a
// plan of the lapse, which leaves the certificate held. 取消, 返上 and
// 未取得 are never descriptions here: 取消日：2025年4月1日 records a
// revocation.
func certLapseDescribed(ph, rest string) bool {
	return strings.HasPrefix(ph, "失効") && certLapseNotAfterWord("失効", rest)
}

// certLapseWords are the words of CertNameSaysNotHeld that say the
// certificate is not held wherever they stand in a part.
var certLapseWords = [...]string{"失効", "取消", "取り消", "返上", "未取得"}

// certLapseNotAfter are what, after one of certLapseWords, makes it a
// plan or a description: 失効予定, 失効日, 失効証明書.
var certLapseNotAfter = [...]string{"予定", "見込", "日", "期限", "証", "手続", "処理", "の予定", "予告", "時"}

// certNoRenewal are the phrases of a renewal not made, which is no
// renewal in progress: （更新せず失効）.
var certNoRenewal = [...]string{"更新せずに", "更新せず", "更新なし", "更新無し", "更新しなかった", "更新しない", "未更新", "not renewed"}

// certNotHeldPhrases are the Japanese phrases of CertNameSaysNotHeld,
// longest first where one holds another.
var certNotHeldPhrases = [...]string{"取得準備中", "申請準備中", "申請手続中", "取得準備", "申請準備", "取得申請中", "取得予定", "申請予定", "申請済み", "申請済", "申請中", "準備中",
	"取得中", "審査中", "検討中", "未取得", "失効", "返上", "取り消し", "取消し", "取消", "取り下げ", "取下げ", "取下", "辞退", "有効期限切れ", "期限切れ"}

// certNotHeldEnglish are the English words of CertNameSaysNotHeld.
var certNotHeldEnglish = [...]string{"applied", "pending", "planned", "expired", "lapsed", "withdrawn", "revoked"}

// certStatusEnglishFillers are the English words that may stand beside
// a not-held status in a certificate name's bracket: (application
// pending), (expired in March 2025).
var certStatusEnglishFillers = [...]string{"application", "for", "certification", "certificate", "currently", "since", "as", "of", "on", "in", "at", "the", "and", "r", "h",
	"jan", "january", "feb", "february", "mar", "march", "apr", "april", "may", "jun", "june", "jul", "july", "aug", "august",
	"sep", "sept", "september", "oct", "october", "nov", "november", "dec", "december"}

// certStatusFillers are the Japanese words that may stand beside a
// not-held status in a certificate name's bracket: （現在申請中）,
// （令和7年に失効）.
var certStatusFillers = [...]string{"令和", "平成", "現在", "認証", "取得", "登録", "新規", "済です", "済み", "済", "向けて", "のため", "より", "から", "に", "で", "を"}

// certDateRunes are the letters of a date beside a not-held status.
const certDateRunes = "年月日度頃末元付上中下旬〇一二三四五六七八九十"

// EntryKey identifies an entry across kinds.
type EntryKey struct {
	Kind Kind
	ID   string
}
