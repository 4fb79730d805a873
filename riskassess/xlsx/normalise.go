package xlsx

import (
	"errors"
	"fmt"
	"math"
	"regexp"
	"strconv"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/gikai-sec/riskregister/riskassess"
	"github.com/gikai-sec/riskregister/riskassess/wareki"
	"golang.org/x/text/unicode/norm"
)

// Yes/no answer values, as stored in riskassess.Answer.Value.
const (
	Yes     = "yes"
	No      = "no"
	Partial = "partial"
	NA      = "na"
)

// yesNoOrder is the order of the drop-down list.
var yesNoOrder = []string{Yes, No, Partial, NA}

var yesNoLabel = map[string]riskassess.Text{
	Yes:     riskassess.T("はい", "Yes"),
	No:      riskassess.T("いいえ", "No"),
	Partial: riskassess.T("一部", "Partial"),
	NA:      riskassess.T("該当なし", "N/A"),
}

// AnswerLabel returns how a stored answer value reads for people in lang
// ("en" for English, else Japanese): a yes/no question's "yes", "no",
// "partial" and "na" become はい, いいえ, 一部 and 該当なし (Yes, No,
// Partial, N/A). Any other value, or a value of a question that is not
// yes/no (t is not riskassess.AnswerYesNo: a text answer "yes" stays
// "yes"), is returned unchanged. The stored value itself never changes.
func AnswerLabel(t riskassess.AnswerType, v string, lang riskassess.Lang) string {
	if t != riskassess.AnswerYesNo {
		return v
	}
	if l, ok := yesNoLabel[v]; ok {
		return l.In(lang)
	}
	return v
}

// yesNoSpellings maps a folded spelling (see fold) to its value.
var yesNoSpellings = map[string]string{
	"はい": Yes, "yes": Yes, "y": Yes, "○": Yes, "〇": Yes, "◯": Yes, "✓": Yes, "✔": Yes, "☑": Yes,
	"true": Yes,
	"いいえ":  No, "no": No, "n": No, "×": No, "✕": No, "✖": No, "☓": No, "false": No,
	"一部": Partial, "partial": Partial, "partially": Partial, "△": Partial, "▲": Partial, "一部対応": Partial,
	"該当なし": NA, "n/a": NA, "na": NA, "対象外": NA, "該当しない": NA, "not applicable": NA,
	// Marks of Japanese forms: 有/無 (in place), 済/未 (done, not yet),
	// katakana ハイ/イイエ (ﾊｲ folds to ハイ), ◎ (fully). A dash is no
	// answer (see onlyDashes).
	"有": Yes, "無": No, "済": Yes, "未": No, "ハイ": Yes, "イイエ": No, "◎": Yes,
}

// onlyDashes reports whether s (folded) is a dash or a run of dashes
// (-, －, ―, ー, —, –, −, ‐, ﹣ …). Forms use a dash for "does not apply",
// for "none" (いいえ) and for "left blank", so it is no yes/no answer: a
// dash read as 該当なし (as it was) dropped a "no" from the score, or
// claimed a not-applicable the vendor never stated. Our questionnaire
// refuses it (errDash); a foreign one leaves it unanswered (its raw text
// is shown as evidence to judge).
func onlyDashes(s string) bool {
	f := fold(s)
	return f != "" && strings.Trim(f, "-‐‑‒–—―−ー⁃➖") == ""
}

// errDash is the cause of a yes/no answer that is a dash alone.
var errDash = &hintError{
	ja: "「-」だけの回答は、該当なし・いいえ・空欄のどれの意味か決められないため読みません。はい・いいえ・一部・該当なし から選んでください",
	en: "a dash alone may mean not applicable, no or blank, so it is not read: choose Yes, No, Partial or N/A",
}

// presenceMark reports whether s (folded) is the form mark 有 or 無.
func presenceMark(s string) bool {
	f := fold(s)
	return f == "有" || f == "無"
}

// asksPresence reports whether yes/no question q asks about the presence
// of something: its text says 有無 (過去の事故の有無と…を報告しましたか), or
// its note names the answer for when something is absent (再委託がない場合は
// 「該当なし」). There 有 and 無 answer the presence (there were incidents,
// there is subcontracting; there is none), not the question: 無 would be
// stored as いいえ where the note asks for はい or 該当なし, and 有 as はい
// (all subcontractors approved).
//
// So does a question asking whether something is not so (asksAbsence):
// 個人のアカウントは使われていませんか, 機密性2以上の情報を扱わない運用になって
// いますか. There 有 ("there are personal accounts") would be stored as はい
// (a false met) and 無 ("there are none") as いいえ.
func asksPresence(q *riskassess.Question) bool {
	return strings.Contains(q.Text.Ja, "有無") || strings.Contains(q.Text.Ja, "ない場合は「") || asksAbsence.MatchString(q.Text.Ja)
}

// asksAbsence matches a question text asking whether something is not so:
// a negative question (…使われていませんか) or one about a practice of not
// doing something (扱わない運用になっていますか, 使わないことになっていますか).
// A question whether a duty not to do something is written down
// (目的外に使わないことが定められていますか) is not one: 有 says it is.
var asksAbsence = regexp.MustCompile(`ませんか|ない(?:運用|こと)にな`)

// errPresenceMark is the cause of a 有 or 無 answering a question that
// asks about the presence of something (asksPresence).
var errPresenceMark = &hintError{
	ja: "この質問は「有無」や「…がない場合は」、「…ませんか」のような否定の問いを含むため、「有」「無」だけでは はい・いいえ のどちらの意味か決められません（「無」は「ない」とも「していない」とも読めます）。はい・いいえ・一部・該当なし から選んでください",
	en: "this question asks whether something exists or is not so, so 有 or 無 alone may answer that rather than the question (無 may mean \"there were none\" or \"no\"): choose Yes, No, Partial or N/A",
}

// formMark reports whether s (folded) is a mark of a ○× form (○, ◎, ✓,
// ×, ✕ …) rather than a word.
func formMark(s string) bool {
	switch fold(s) {
	case "○", "〇", "◯", "◎", "✓", "✔", "☑", "×", "✕", "✖", "☓":
		return true
	}
	return false
}

// errPresenceCircle is the cause of a ○ or × answering a question whose
// text says 有無 (過去の情報セキュリティ事故の有無と…を報告しましたか): a 有無
// column is filled with ○ for 有 and × for 無, so ○ may say "there were
// incidents" rather than "reported" (stored as はい, a false met), and ×
// "there were none" where the question's note asks for はい. Elsewhere ○
// and × answer the question (○×式) and are read as はい and いいえ; a
// question with the note …ない場合は「該当なし」 or a negative one
// (asksPresence) names no 有無 for the mark to fill.
var errPresenceCircle = &hintError{
	ja: "この質問は「有無」を含むため、「○」「×」が「有」「無」（例: 事故が有った）の印なのか、はい・いいえ の答えなのか決められません。はい・いいえ・一部・該当なし から選んでください",
	en: "this question asks whether something exists, so ○ or × may mark 有 or 無 (there were incidents) rather than answer it: choose Yes, No, Partial or N/A",
}

// answerNote splits raw, an answer ending in a note in brackets
// (はい（ただし夜間は除く）, Yes (except at night)), into the text before the
// note and the note, both trimmed; ok is false without such a note.
func answerNote(raw string) (head, note string, ok bool) {
	t := strings.TrimFunc(raw, isSpace)
	i := strings.IndexAny(t, "(（")
	if i <= 0 {
		return "", "", false
	}
	rest, okClose := strings.CutSuffix(t[i:], ")")
	if !okClose {
		rest, okClose = strings.CutSuffix(t[i:], "）")
	}
	if !okClose {
		return "", "", false
	}
	note = strings.TrimFunc(strings.TrimPrefix(strings.TrimPrefix(rest, "("), "（"), isSpace)
	head = strings.TrimFunc(t[:i], isSpace)
	return head, note, note != "" && head != ""
}

// asksPresenceMark reports whether a question text ja asks a 有無 for a
// ○ or × to fill (errPresenceCircle): it says 有無 other than as what the
// question goes beyond or sets aside (認証の有無だけでなく、…を確認しました
// か, Q-OUT-05; 認証の有無にかかわらず), or it says 有無 with a note naming
// the answer for an absence (事故の有無だけでなく…（事故がない場合は「はい」）),
// which makes the presence the answer's matter.
func asksPresenceMark(ja string) bool {
	n := strings.Count(ja, "有無")
	if n == 0 {
		return false
	}
	return n > len(beyondPresence.FindAllStringIndex(ja, -1)) || strings.Contains(ja, "ない場合は「")
}

// beyondPresence matches a 有無 that a question only goes beyond or sets
// aside: …の有無だけでなく, のみならず, に限らず, にかかわらず, を問わず.
var beyondPresence = regexp.MustCompile(`有無(?:だけ(?:で|では)なく|のみならず|に限らず|にかかわらず|に関わらず|を問わず)`)

// YesNoSpellings lists the accepted spellings of each yes/no value (after
// NFKC folding and lower-casing), for documentation.
func YesNoSpellings() map[string][]string {
	out := map[string][]string{}
	for s, v := range yesNoSpellings {
		out[v] = append(out[v], s)
	}
	return out
}

// fold normalises s for comparison: NFKC (full width → ASCII, half-width
// katakana → full width), lower case, \r\n → \n, trimmed of spaces
// (isSpace: including the ideographic space U+3000 and a zero-width
// space) and inner runs of spaces collapsed to one.
func fold(s string) string {
	s = norm.NFKC.String(s)
	s = strings.ToLower(s)
	return strings.Join(strings.FieldsFunc(s, isSpace), " ")
}

// cleanText keeps a free-text cell whole: \r\n and \r become \n, the
// literal "_x000D_" escape some writers leave is dropped, and leading and
// trailing spaces (including U+3000) are trimmed.
func cleanText(s string) string {
	s = strings.ReplaceAll(s, "_x000D_", "")
	s = strings.ReplaceAll(s, "\r\n", "\n")
	s = strings.ReplaceAll(s, "\r", "\n")
	return strings.TrimFunc(s, isSpace)
}

// isSpace reports whether r is a space (any Unicode space: the
// ideographic space U+3000, the no-break space, the em and thin spaces …)
// or an invisible character that pasted text brings along: the zero-width
// space U+200B, the word joiner U+2060, the byte order mark U+FEFF, the
// zero-width (non-)joiners U+200C and U+200D, the soft hyphen U+00AD, the
// invisible operators U+2061–U+2064, the Mongolian vowel separator U+180E
// and the Hangul fillers (U+115F, U+1160, U+3164, U+FFA0). A
// cell holding only such characters is blank (it read as an answer: a
// text question "answered" with a zero-width space, or an em space).
func isSpace(r rune) bool { return riskassess.IsInvisible(r) }

// normYesNo returns the value of a yes/no answer, or "" if s is not one of
// the accepted spellings.
func normYesNo(s string) string { return yesNoSpellings[fold(s)] }

// allowedYesNo lists the labels of the yes/no answers for messages.
func allowedYesNo(lang riskassess.Lang) []string {
	out := make([]string, 0, len(yesNoOrder))
	for _, v := range yesNoOrder {
		out = append(out, yesNoLabel[v].In(lang))
	}
	return out
}

// DateForms lists the accepted written date forms, for messages.
var DateForms = []string{"2026-04-01", "2026/4/1", "令和8年4月1日", "R8.4.1"}

// parseDateCell reads a date answer: an Excel serial (in the 1900 or 1904
// system), or a written date accepted by wareki.Parse (ISO, 2026/4/1,
// 令和8年4月1日, R8.4.1, in any width). A day outside firstDateYear to
// lastDateYear is errDateRange, never read.
func parseDateCell(raw string, date1904 bool) (riskassess.Date, error) {
	d, err := parseDateText(raw, date1904)
	if err == nil && (d.Year < firstDateYear || d.Year > lastDateYear) {
		return riskassess.Date{}, errDateRange
	}
	return d, err
}

// A date answer is a day of the years firstDateYear to lastDateYear. A
// year typed alone (2026) or a year and month (2025.12) is stored by Excel
// as that serial: shown in a date cell as a day of 1905 (1909 in the 1904
// date system), read from a General cell as one; 202604 (yyyymm) is a
// day of 2454.
const (
	firstDateYear = 1910
	lastDateYear  = 2199
)

// errDateRange is the cause of a date answer outside the years read.
var errDateRange = &hintError{
	ja: fmt.Sprintf("%d 年～%d 年の日付だけを読みます。年だけ（2026）や年月だけ（2025.12）を入力すると Excel は 1905 年などの日付として保存します。2026/4/1 や 令和8年4月1日 のように年月日で記入してください", firstDateYear, lastDateYear),
	en: fmt.Sprintf("only days of the years %d to %d are read: a year (2026) or a year and month (2025.12) typed alone is stored by Excel as a day of 1905 or so; write the whole date, e.g. 2026/4/1", firstDateYear, lastDateYear),
}

// errDateNone is the cause of a date answer that says there is no date:
// a yes/no spelling (該当なし, いいえ, N/A, 未, 無), a dash, or one of
// dateNoneWords (なし, 未実施 …).
var errDateNone = &hintError{
	ja: "日付の質問には日付を記入してください（例: 2026/4/1）。行ったことがない・当てはまらない場合は回答欄を空欄にし、コメント欄にその旨を書いてください（未回答として扱います）",
	en: "a date question takes a date (e.g. 2026/4/1): if it was never done or does not apply, leave the answer blank and say so in the comment column (the question then counts as not answered)",
}

// dateNoneWords are the folded answers, besides the yes/no spellings and
// dashes, that say a date question has no date.
var dateNoneWords = map[string]bool{
	"なし": true, "無し": true, "ナシ": true, "ない": true, "未実施": true, "実施なし": true, "未定": true, "不明": true,
	"none": true, "never": true, "unknown": true, "tbd": true,
}

// errNoYear is the cause of a date without a year: 4/1 typed into Excel
// is stored as a day of the year it was typed in and shown as 4月1日 or
// 1-Apr; the reader renders it as --04-01 (see wareki.ExcelNumberText).
var errNoYear = &hintError{
	ja: "年のない日付です（4月1日 や 1-Apr と表示されるセル）。Excel は入力した時点の年を補って保存しますが、事業者が示した年ではありません。2026/4/1 や 令和8年4月1日 のように年も記入してください",
	en: "a date without a year (a cell showing 4月1日 or 1-Apr): Excel stores it in the year it was typed, which the vendor never gave; write the year too, e.g. 2026/4/1",
}

// errDateNote is the cause of a date answer with a note after it
// ("2025/4/1 最終更新：2026/4/1", "2026/4/1 予定"): which date is the
// answer is not guessed.
var errDateNote = &hintError{
	ja: "日付のあとに補足があります。回答欄には日付だけを記入し（例: 2026/4/1）、補足はコメント欄に書いてください",
	en: "the date is followed by a note: write the date alone in the answer (e.g. 2026/4/1) and put the note in the comment column",
}

// errBadTime is the cause of a date whose time is no time of day
// (2026/4/1 25:30, 10:61, 09:00+25:00): the date was kept and the time cut
// off unread, though 25:30 on the 1st, as Japanese broadcasters write it,
// is 1:30 on the 2nd.
var errBadTime = &hintError{
	ja: "日付のあとの時刻が正しくありません（時は 0～23、分・秒は 0～59。25:30 のような 24 時以降の書き方は翌日の時刻のため日付が変わります）。日付だけを記入してください（例: 2026/4/2）",
	en: "the time after the date is no time of day (hours 0 to 23, minutes and seconds 0 to 59; 25:30 is a time of the next day, so the date changes): write the date alone (e.g. 2026/4/2)",
}

// errTimeSpan is the cause of a date followed by a span of time or an
// offset without seconds (2026/4/1 10:00-12, wareki.ErrTimeSpan): read as
// the offset UTC-12, the on-site check from 10 to 12 fell on the 2nd.
var errTimeSpan = &hintError{
	ja: "日付のあとの時刻は時刻の範囲とも時差とも読めます。回答欄には日付だけを記入し（例: 2026/4/1）、時刻はコメント欄に書いてください",
	en: "the time after the date reads as a span of time as well as an offset: write the date alone in the answer (e.g. 2026/4/1) and put the times in the comment column",
}

func parseDateText(raw string, date1904 bool) (riskassess.Date, error) {
	s := strings.TrimFunc(norm.NFKC.String(raw), isSpace)
	if len(s) > 2 && strings.HasPrefix(s, "--") && s[2] >= '0' && s[2] <= '9' {
		return riskassess.Date{}, errNoYear
	}
	if f, err := strconv.ParseFloat(s, 64); err == nil && strings.Trim(s, "0123456789+.eE") == "" {
		// Digits only: Go's syntax (4_6113, 0x1p4) is no serial.
		return wareki.ExcelSerial(f, date1904)
	}
	// A date with a time part ("2026-04-01 00:00:00", as some writers
	// store text dates, "2026/4/1 (水) 10:00" after a weekday, or an ISO
	// date-time 2026-04-01T23:30Z) keeps only the date, moved to the day
	// in Japan when the time has a zone (wareki.CutTime, as the public
	// lists read theirs). Only a time at the end is cut: a note
	// after the date with a colon in it ("2025/4/1 最終更新：2026/4/1")
	// left the first date read and the rest dropped. A date with a note
	// after it is refused with errDateNote (a weekday in brackets after
	// it is wareki's to check).
	s, shift, err := wareki.CutTime(s)
	if err != nil {
		var pe *wareki.ParseError
		if errors.As(err, &pe) && pe.Code == wareki.ErrTimeSpan {
			return riskassess.Date{}, errTimeSpan
		}
		return riskassess.Date{}, errBadTime
	}
	if i := strings.IndexByte(s, ' '); i > 0 {
		if rest := strings.TrimFunc(s[i:], isSpace); !strings.HasPrefix(rest, "(") {
			if _, err := wareki.Parse(s); err != nil {
				if _, err := wareki.Parse(s[:i]); err == nil {
					return riskassess.Date{}, errDateNote
				}
			}
		}
	}
	d, err := wareki.Parse(s)
	if err != nil || shift == 0 {
		return d, err
	}
	return d.AddDays(shift), nil
}

// dateToSerial is the inverse of wareki.ExcelSerial in the 1900 system.
func dateToSerial(d riskassess.Date) float64 {
	base := time.Date(1899, 12, 30, 0, 0, 0, 0, time.UTC)
	n := d.Time().Sub(base).Hours() / 24
	if n < 61 {
		n--
	}
	return n
}

// hintError is a cause that is better told as a hint in the reader's
// language than as an error text.
type hintError struct{ ja, en string }

func (e *hintError) Error() string { return e.ja + " / " + e.en }

// errDecimalComma is the cause of a number whose commas are not a
// thousands grouping ("99,9"): a decimal comma or a typo, never guessed.
var errDecimalComma = &hintError{
	ja: "カンマは 3 桁区切り（1,000）にだけ使えます。小数点はピリオドで記入してください（例: 99.9）",
	en: "a comma is only read as a thousands separator (1,000); use a dot for decimals (e.g. 99.9)",
}

// errDigitSeparator is the cause of a number with an underscore ("99_9"):
// strconv reads Go's digit separator, so 99_9 was imported as 999.
var errDigitSeparator = &hintError{
	ja: "_ は数字の区切りとして読みません。数字と小数点だけで記入してください（例: 99.9、1,000）",
	en: "an _ is not read as a digit separator; write digits and a dot only (e.g. 99.9, 1,000)",
}

// errSplitNumber is the cause of a number answer whose digits a space or
// a line break splits ("24 365", "24\n365", "1 2", "99.9　99"): two
// numbers in one cell, or a thousands grouping by spaces, which cannot be
// told apart ("24 365" is 24 hours and 365 days, "1 000" a thousand). The
// spaces were dropped and 24365, 12 or 99.999 imported.
var errSplitNumber = &hintError{
	ja: "数字の間の空白・改行は読みません（24 365 が 24365 か、24 と 365 の 2 つの数かを決められないため）。数を 1 つだけ、区切りなしかカンマ区切りで記入してください（例: 1000、1,000、99.9）。補足はコメント欄に書いてください",
	en: "a space or line break between digits is not read (24 365 may be 24365 or the two numbers 24 and 365): write one number, without separators or with commas (e.g. 1000, 1,000, 99.9), and put any note in the comment column",
}

// errAmbiguousDot is the cause of a number typed as text with exactly
// three digits after its dot ("1.000", "12.500"): 1 and 12.5 with a dot
// for decimals, as in Japan, but 1000 and 12500 with a dot grouping the
// thousands, as in much of Europe. Never guessed (see ambiguousDot).
var errAmbiguousDot = &hintError{
	ja: "小数点のあとに数字がちょうど 3 桁ある数（1.000、12.500）は、小数（1、12.5）とも 3 桁区切り（1000、12500）とも読めるため読みません。小数なら末尾の 0 を省いて（1、12.5）、千以上なら区切りなしかカンマで（1000、1,000）記入してください",
	en: "a number with exactly three digits after its dot (1.000, 12.500) reads as a decimal (1, 12.5) or, with the dot as a thousands separator, as 1000 or 12500: write a decimal without its trailing zeros (1, 12.5) and a thousand or more without a separator or with commas (1000, 1,000)",
}

// errPercentComma is the cause of a comma in the answer to a percentage
// question ("99,999"): read as a thousands separator it gave 99999, over
// 100%, where the vendor most likely wrote a decimal comma (99.999%).
var errPercentComma = &hintError{
	ja: "割合（%）を尋ねる質問の回答にカンマは使えません（99,999 は 99.999% の小数点のカンマかもしれません）。小数点はピリオドで記入してください（例: 99.999）",
	en: "a comma cannot be read in the answer to a percentage question (99,999 may be 99.999% with a decimal comma): use a dot for decimals (e.g. 99.999)",
}

// dotGrouped matches a number that a dot may group by thousands: one to
// three digits, the first not 0, then a dot and exactly three digits.
var dotGrouped = regexp.MustCompile(`^[+-]?[1-9][0-9]{0,2}\.[0-9]{3}$`)

// ambiguousDot reports whether the number answer raw, typed as text,
// reads as another number when its dot groups the thousands (1.000 is 1
// or 1000). A number cell is never ambiguous (Excel read what was typed
// with the typist's own separators), nor is a percentage question (see
// percentQuestion), where the thousands reading is over 100%.
func ambiguousDot(q *riskassess.Question, raw string) bool {
	s := strings.TrimFunc(norm.NFKC.String(raw), isSpace)
	s = strings.TrimFunc(strings.TrimSuffix(s, "%"), isSpace)
	return dotGrouped.MatchString(s) && !percentQuestion(q)
}

// percentQuestion reports whether number question q asks for a
// percentage: its text names the unit % (稼働率（%）, availability (%)).
// Its answers are at most 100, so 99.999 is 99.999%, never 99999%.
func percentQuestion(q *riskassess.Question) bool {
	return strings.ContainsAny(q.Text.Ja, "%％") || strings.ContainsAny(q.Text.En, "%％")
}

// errClockNumber is the cause of a number answer written as a time
// (24:00, 1:30, 36:00:00; Excel stores 24:00 typed as the number of days,
// 1): hours and minutes are not a number, and which number (24, 1440, 1)
// is not guessed.
var errClockNumber = &hintError{
	ja: "時刻・時間の形（24:00、1:30）は数として読みません。時間数なら数で記入してください（例: 24、1.5）",
	en: "a time (24:00, 1:30) is not read as a number: write the number of hours as a number (e.g. 24, 1.5)",
}

// errScriptDigit is the cause of a number answer with a superscript or
// subscript digit (10³, 10⁶): NFKC folds ³ to 3, so 10³ was read as 103.
var errScriptDigit = &hintError{
	ja: "上付き・下付きの数字（10³ など）は読みません。数字だけで記入してください（例: 10³ なら 1000）",
	en: "superscript and subscript digits (as in 10³) are not read: write the number in digits (e.g. 1000 for 10³)",
}

// scriptDigit reports whether r is a superscript or subscript character
// (², ³, ¹ and the Superscripts and Subscripts block), which NFKC folds to
// a plain digit or sign.
func scriptDigit(r rune) bool {
	return r == '\u00b2' || r == '\u00b3' || r == '\u00b9' || (r >= '\u2070' && r <= '\u209f')
}

// clockLike matches a number answer written as hours and minutes.
var clockLike = regexp.MustCompile(`^[0-9]+:[0-9]{2}(:[0-9]{2})?$`)

// parseNumber reads a number answer: NFKC-folded, spaces round it
// removed, a trailing % kept out. Commas are accepted only as a thousands
// grouping (1,000 or 12,345,678.5); any other comma ("99,9", a decimal
// comma in much of Europe) gives errDecimalComma rather than a guess, an
// underscore errDigitSeparator, a superscript digit (10³, which NFKC
// folds to 103) errScriptDigit. A space or line break between two digits
// ("24 365", "24\n365", "1 000") gives errSplitNumber: two numbers and a
// grouping by spaces look alike. Only decimal digits, a sign, a dot and
// an exponent are read: Go's syntax that strconv.ParseFloat also takes
// (0x1p4, Inf) is refused. The result is in shortest form.
func parseNumber(raw string) (string, error) {
	if strings.ContainsFunc(raw, scriptDigit) {
		return "", errScriptDigit
	}
	s := strings.TrimFunc(norm.NFKC.String(raw), isSpace)
	if spaceBetweenDigits(s) {
		return "", errSplitNumber
	}
	s = strings.Map(func(r rune) rune {
		if isSpace(r) {
			return -1
		}
		return r
	}, s)
	s = strings.TrimSuffix(s, "%")
	if clockLike.MatchString(s) {
		return "", errClockNumber
	}
	if strings.Contains(s, ",") {
		if !thousandsGrouped(s) {
			return "", errDecimalComma
		}
		s = strings.ReplaceAll(s, ",", "")
	}
	if strings.Contains(s, "_") {
		return "", errDigitSeparator
	}
	if strings.Trim(s, "0123456789+-.eE") != "" {
		return "", fmt.Errorf("not a number")
	}
	f, err := strconv.ParseFloat(s, 64)
	if err != nil || math.IsInf(f, 0) || math.IsNaN(f) {
		return "", fmt.Errorf("not a number")
	}
	return strconv.FormatFloat(f, 'f', -1, 64), nil
}

// spaceBetweenDigits reports whether a run of spaces (or a line break)
// in s has a digit on both sides.
func spaceBetweenDigits(s string) bool {
	digit := func(b byte) bool { return b >= '0' && b <= '9' }
	for i := 0; i < len(s); {
		r, n := utf8.DecodeRuneInString(s[i:])
		if !isSpace(r) {
			i += n
			continue
		}
		j := i
		for j < len(s) {
			r, n := utf8.DecodeRuneInString(s[j:])
			if !isSpace(r) {
				break
			}
			j += n
		}
		if i > 0 && j < len(s) && digit(s[i-1]) && digit(s[j]) {
			return true
		}
		i = j
	}
	return false
}

// thousandsGrouped reports whether the commas of s group the digits of its
// integer part by three: an optional sign, one to three digits, then
// ",ddd" groups, then an optional fraction after a dot.
func thousandsGrouped(s string) bool {
	if s != "" && (s[0] == '-' || s[0] == '+') {
		s = s[1:]
	}
	if i := strings.IndexByte(s, '.'); i >= 0 {
		if strings.Contains(s[i:], ",") {
			return false
		}
		s = s[:i]
	}
	groups := strings.Split(s, ",")
	for i, g := range groups {
		if (i == 0 && (len(g) < 1 || len(g) > 3)) || (i > 0 && len(g) != 3) {
			return false
		}
		for j := 0; j < len(g); j++ {
			if g[j] < '0' || g[j] > '9' {
				return false
			}
		}
	}
	return true
}

// matchChoice returns the id of the choice whose id or label (ja or en)
// equals s after folding, or "".
func matchChoice(q *riskassess.Question, s string) string {
	f := fold(s)
	for _, c := range q.Choices {
		if fold(c.ID) == f || (c.Label.Ja != "" && fold(c.Label.Ja) == f) || (c.Label.En != "" && fold(c.Label.En) == f) {
			return c.ID
		}
	}
	return ""
}

// choiceLabel is the label of c in lang, or its id when it has none: what
// the drop-down lists and a pre-filled answer shows.
func choiceLabel(c riskassess.Choice, lang riskassess.Lang) string {
	if l := c.Label.In(lang); l != "" {
		return l
	}
	return c.ID
}

func choiceLabels(q *riskassess.Question, lang riskassess.Lang) []string {
	out := make([]string, 0, len(q.Choices))
	for _, c := range q.Choices {
		out = append(out, choiceLabel(c, lang))
	}
	return out
}

// normaliseAnswer turns the raw text of an answer cell into the stored value
// for question q (nil for a question not in the catalogue: yes/no spellings
// are recognised, anything else is kept as text). typed is set when the
// cell holds text as typed (a text cell), not a number cell's value or its
// rendering. It returns the code and the allowed answers when raw is not
// acceptable.
func normaliseAnswer(q *riskassess.Question, raw string, typed, date1904 bool, lang riskassess.Lang) (string, ErrorCode, []string, error) {
	if q == nil {
		if v := normYesNo(raw); v != "" {
			return v, 0, nil, nil
		}
		return cleanText(raw), 0, nil, nil
	}
	switch q.Type {
	case riskassess.AnswerYesNo, "":
		if v := normYesNo(raw); v != "" {
			if presenceMark(raw) && asksPresence(q) {
				return "", ErrUnknownAnswer, allowedYesNo(lang), errPresenceMark
			}
			if formMark(raw) && asksPresenceMark(q.Text.Ja) {
				return "", ErrUnknownAnswer, allowedYesNo(lang), errPresenceCircle
			}
			return v, 0, nil, nil
		}
		if onlyDashes(raw) {
			return "", ErrUnknownAnswer, allowedYesNo(lang), errDash
		}
		if head, note, ok := answerNote(raw); ok && normYesNo(head) != "" {
			// はい（ただし夜間は除く）: typed again as はい, as the
			// list alone led, the caveat was dropped.
			return "", ErrUnknownAnswer, allowedYesNo(lang), &hintError{
				ja: fmt.Sprintf("回答欄には はい・いいえ・一部・該当なし のどれかだけを書き、括弧書き（%s）はコメント欄に書いてください。括弧書きが回答を限定する（ただし…を除く など）なら「一部」を選んでください", note),
				en: fmt.Sprintf("write only Yes, No, Partial or N/A in the answer cell and the note in brackets (%s) in the comment column; if the note limits the answer (but not …), choose Partial", note),
			}
		}
		return "", ErrUnknownAnswer, allowedYesNo(lang), nil
	case riskassess.AnswerChoice:
		if id := matchChoice(q, raw); id != "" {
			return id, 0, nil, nil
		}
		return "", ErrUnknownAnswer, choiceLabels(q, lang), nil
	case riskassess.AnswerDate:
		d, err := parseDateCell(raw, date1904)
		if err != nil && (normYesNo(raw) != "" || onlyDashes(raw) || dateNoneWords[fold(raw)]) {
			// No date: the hint of a date that cannot be read (元号が分かりません
			// for なし) named a fix that has nothing to do with it.
			err = errDateNone
		}
		if err != nil {
			return "", ErrBadDate, DateForms, err
		}
		return d.String(), 0, nil, nil
	case riskassess.AnswerNumber:
		v, err := parseNumber(raw)
		if err == errDecimalComma || err == errDigitSeparator || err == errSplitNumber || err == errClockNumber || err == errScriptDigit {
			return "", ErrBadNumber, []string{"a number, e.g. 99.9"}, err
		}
		if err != nil {
			return "", ErrBadNumber, []string{"a number, e.g. 99.9"}, nil
		}
		if typed && ambiguousDot(q, raw) {
			return "", ErrBadNumber, []string{"a number, e.g. 99.9"}, errAmbiguousDot
		}
		if typed && percentQuestion(q) && strings.ContainsRune(norm.NFKC.String(raw), ',') {
			return "", ErrBadNumber, []string{"a number, e.g. 99.9"}, errPercentComma
		}
		return v, 0, nil, nil
	default: // text
		return cleanText(raw), 0, nil, nil
	}
}
