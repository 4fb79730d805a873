package store

import (
	"fmt"
	"sort"
	"strings"

	"github.com/gikai-sec/riskregister/riskassess"
)

// Code identifies the kind of problem an Error reports. Every code is
// documented below and, with a YAML example and the fix, in docs/errors.md.
type Code string

const (
	// CodeSyntax: the file is not well-formed YAML (YAML の構文エラー).
	//
	// Example:
	//	name: {ja: 株式会社アクメ
	// Fix: close the bracket or quote; check indentation with spaces only.
	CodeSyntax Code = "syntax"

	// CodeUnknownField: a key that the entry kind does not have (未定義の項目).
	// The message suggests the closest known key.
	//
	// Example:
	//	sertifications: []
	// Fix: correct the spelling ("certifications") or remove the key.
	CodeUnknownField Code = "unknown-field"

	// CodeDuplicateKey: the same key appears twice in one mapping (項目の重複).
	//
	// Example:
	//	legal_name: A社
	//	legal_name: B社
	// Fix: keep one of the two keys.
	CodeDuplicateKey Code = "duplicate-key"

	// CodeWrongType: the value has the wrong shape, e.g. a string where a
	// list is expected (値の型が違う).
	//
	// Example:
	//	certifications: isms
	// Fix: write the value in the expected form, e.g. "certifications: [{type: isms}]".
	CodeWrongType Code = "wrong-type"

	// CodeBadEnum: a value that is not one of the allowed words (選択肢にない値),
	// or a data_locations[].country that is not an ISO 3166-1 alpha-2 code
	// in capitals. For a Japanese label or a common spelling of an allowed
	// value (riskassess.Replacement: 約款, twitter, ISO27001, SaaS) and for a
	// country name, alpha-3, full-width or lower-case code
	// (riskassess.CountryReplacement: 日本, JPN, ＪＰ, jp) the message gives
	// the value to write, also as Error.Replacement; otherwise it lists the
	// allowed values.
	//
	// Example:
	//	approval: {status: approve}
	//	data_locations: [{country: 日本}]
	// Fix: write the value given ("approved", "JP") or one of the listed values.
	CodeBadEnum Code = "bad-enum"

	// CodeBadDate: a date not written as YYYY-MM-DD or a day that does not
	// exist (日付の形式が違う). A date that package wareki reads (和暦,
	// full-width, 2026/4/1) gets its ISO form in the message and as
	// Error.Replacement; a day or month that does not exist (2026-02-30,
	// 2026-13-01) is reported as such.
	//
	// Example:
	//	review_due: 2026/4/1
	//	decided_on: 令和8年4月10日
	// Fix: write the date in ISO form, e.g. 2026-04-01.
	CodeBadDate Code = "bad-date"

	// CodeBadCorporateNumber: a 法人番号 that is not 13 digits or whose check
	// digit does not match (法人番号の誤り).
	//
	// Example:
	//	corporate_number: "1234567890123"
	// Fix: copy the number from the National Tax Agency's 法人番号公表サイト.
	CodeBadCorporateNumber Code = "bad-corporate-number"

	// CodeBadURL: a link that is not an http(s) URL or a relative path but
	// a javascript:, vbscript:, data: or file: URL (使えないリンク), in
	// evidence[].url, the social url, listed_on, notice_url and
	// posting_rules, sla.url, policy.url and website. Such a link would run
	// code or open a local file when clicked in the published register. So
	// would a path that starts with / or climbs with .. above the top
	// folder of the published site (fieldrule.LinkLeavesSite). A date
	// alone (listed_on: 2026-04-01) is no link either.
	//
	// Example:
	//	evidence: [{title: 契約書, url: "javascript:alert(1)"}]
	//	evidence: [{title: 契約書, url: ../../../../etc/passwd}]
	//	listed_on: 2026-04-01
	// Fix: write an https:// URL or a path relative to the published site.
	CodeBadURL Code = "bad-url"

	// CodeBadText: text with a control character or an unpaired
	// bidirectional control (制御文字・対になっていない双方向制御文字).
	// Single-line fields (names, titles, ids, links, handle …) may hold no
	// control character at all, not even a tab or a line break; multi-line
	// fields (notes, scope, summary, description, purpose, conditions,
	// procedures …) may hold tabs and line breaks but no other C0 or C1
	// control (NUL, BEL, ESC, CSI …). In both, an embedding or override
	// (U+202A–U+202E) must be closed by U+202C and an isolate
	// (U+2066–U+2068) by U+2069 on the same line. Control characters can
	// rewrite a terminal that prints the register, and an unpaired
	// right-to-left override (U+202E) shows the text after it reversed
	// ("txt.exe" as "exe.txt"). Questionnaire answers and the import
	// history (answers:, assessments:) are vendors' text and are not
	// checked here; every output escapes them.
	//
	// Example:
	//	name: {ja: "議会\u202Eトッポ"}
	//	legal_name: "アクメ\x1b]0;x\x07"
	// Fix: remove the character (or close the bidirectional control).
	CodeBadText Code = "bad-text"

	// CodeBadValue: a value that is well-formed but wrong (値の誤り): a
	// legal_name_kana with hiragana or kanji, a contract whose "to" is
	// before its "from", an approval whose valid_until is before its
	// decided_on or whose history has a decision dated after decided_on.
	//
	// Example:
	//	legal_name_kana: かぶしきがいしゃあくめ
	//	contracts: [{id: k1, scope: 保守, from: 2026-04-01, to: 2025-03-31}]
	// Fix: write the reading in katakana; correct one of the two dates.
	CodeBadValue Code = "bad-value"

	// CodeOutOfRange: a value well-formed but beyond what a register can
	// hold (ありえない範囲の値): a date after the year MaxYear (a
	// valid_until, contract end or review date typed 2926 for 2026, or
	// 9999-12-31 for "no end", counted as valid for centuries), or a
	// review_intervals level of more than MaxReviewMonths months (1200: a
	// review that never falls due). The bounds are fixed, not counted from
	// today, so a register loads the same on any day.
	//
	// Example:
	//	approval: {status: approved, valid_until: 2926-03-31}
	//	review_intervals: {low: 240}
	// Fix: correct the year (2026-03-31) or the number of months (24); for
	// an end that is not fixed, leave the date out.
	CodeOutOfRange Code = "out-of-range"

	// CodeReviewLog: the review log (reviews:) disagrees with itself or
	// with last_reviewed: a record dated before the one above it,
	// last_reviewed that is not the date of the latest record, or a
	// record's previous_review (the last review date it replaced) not
	// before the record's date or on a record other than the first
	// (見直しの記録の不整合).
	// The two are one record of the last review, from which the next
	// review date follows.
	//
	// Example:
	//	last_reviewed: 2026-04-01
	//	reviews:
	//	  - {on: 2026-12-01, position: kacho, person: yamada-t, outcome: still-valid, reason: 変更なし, residual: low, decision: approve}
	// Fix: write last_reviewed: 2026-12-01 (the latest review), or correct
	// the record's date; record new reviews with riskregister review.
	//
	// Example:
	//	  - {on: 2026-12-01, ..., previous_review: 2026-12-08}
	// Fix: write the last review date before 2026-12-01 the review
	// replaced (previous_review: 2026-08-05), or delete the field.
	//
	// Example:
	//	  - {on: 2026-05-01, ...}
	//	  - {on: 2026-12-03, ..., previous_review: 2026-06-01}
	// Fix: only the first record keeps a review date from before the log:
	// move it to reviews[0].previous_review, or delete the field.
	CodeReviewLog Code = "review-log"

	// CodeMissingField: a required field is absent or empty (必須項目の欠落).
	//
	// Example:
	//	approval: {approver: kacho}   # status missing
	// Fix: add the field named in the message.
	CodeMissingField Code = "missing-field"

	// CodeDuplicateID: two sections, people, positions, clauses or contracts
	// share an id, two questionnaire rounds of an entry a name, or two
	// social accounts in use a URL (IDの重複).
	//
	// Example:
	//	sections: [{id: somu, name: {ja: 総務課}}, {id: somu, name: {ja: 庶務係}}]
	// Fix: give each one a distinct id.
	CodeDuplicateID Code = "duplicate-id"

	// CodeDanglingRef: an id that refers to a section, person, position or
	// contractor that is not defined (参照先が存在しない).
	//
	// Example:
	//	owner: {section: soumu}   # register.yaml defines "somu"
	// Fix: correct the id or define it in register.yaml (or add the contractor file).
	CodeDanglingRef Code = "dangling-ref"

	// CodeBadClassification: a classification level that the organisation's
	// scheme does not define (情報資産の分類が未定義).
	//
	// Example:
	//	class: {confidentiality: 4}
	// Fix: use a level of the scheme (default: 3A, 3B, 3C, 2, 1).
	CodeBadClassification Code = "bad-classification"

	// CodeFileTooLarge: the file is larger than MaxFileSize, or holds more
	// than MaxItems lines and flow-list commas (ファイルが大きすぎる).
	//
	// Example: a 50 MB contractors/acme.yaml, or "operators: [a,a,a,…]"
	// with a million ids.
	// Fix: move attachments out of the register; link them under evidence:.
	CodeFileTooLarge Code = "file-too-large"

	// CodeNotText: the file contains NUL bytes or is not valid UTF-8
	// (テキストファイルではない).
	//
	// Example: a Shift_JIS file or a PDF renamed to .yaml.
	// Fix: save the file as UTF-8 text.
	CodeNotText Code = "not-text"

	// CodeSymlinkOutside: a symbolic link points outside the register folder
	// (台帳フォルダ外へのシンボリックリンク).
	//
	// Example: contractors/acme.yaml -> /etc/passwd
	// Fix: copy the file into the register folder instead of linking.
	CodeSymlinkOutside Code = "symlink-outside"

	// CodeBadFileName: the file name is not a valid id ([a-z0-9-], at most
	// 64 characters), has the extension .yml or .YAML, or the file is in a
	// sub-folder of a kind folder, which is not read (ファイル名・置き場所が不正).
	//
	// Example: contractors/Acme Corp.yaml, services/box.yml, services/old/box.yaml
	// Fix: rename the file, e.g. contractors/acme-corp.yaml, services/box.yaml;
	// move services/old/box.yaml up to services/ (or out of the register).
	CodeBadFileName Code = "bad-file-name"

	// CodeTooComplex: YAML aliases expand beyond the decoder's budget
	// (別名 (alias) の展開が多すぎる), as in a "billion laughs" file.
	//
	// Example:
	//	a: &a [x, x, x, x, x, x, x, x, x]
	//	b: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a]
	//	...
	// Fix: write the values out; do not use anchors and aliases this way.
	CodeTooComplex Code = "too-complex"

	// CodeMultipleDocuments: the file holds more than one YAML document
	// (--- separators) (複数のドキュメント).
	//
	// Example:
	//	name: {ja: A}
	//	---
	//	name: {ja: B}
	// Fix: one entry per file; split it into two files.
	CodeMultipleDocuments Code = "multiple-documents"

	// CodeEmptyFile: the file is empty or holds only comments (空のファイル).
	//
	// Example: a zero-byte services/box.yaml.
	// Fix: fill in the entry or delete the file; for register.yaml, write
	// the organisation (riskregister init writes an example).
	CodeEmptyFile Code = "empty-file"

	// CodeMissingRegister: the folder has no register.yaml (register.yaml がない).
	//
	// Example: store.Load("examples/typo").
	// Fix: point at the register folder, or create register.yaml there.
	CodeMissingRegister Code = "missing-register"

	// CodeIO: the file or folder could not be read (読み込みエラー), e.g. for
	// lack of permission. The underlying error is wrapped. When the register
	// folder itself cannot be opened, the Error's File is ".".
	//
	// Example: chmod 000 contractors/acme.yaml
	// Fix: make the file readable.
	CodeIO Code = "io"

	// CodeLocked: another riskregister command is editing the register and
	// did not finish within the wait (台帳を編集中). Returned by Lock and
	// AppendAssessment; nothing was written.
	//
	// Example: two `riskregister import` runs into the same register, the
	// first one still reading a large batch of workbooks.
	// Fix: wait until the other command has finished and run it again.
	CodeLocked Code = "locked"

	// CodeChanged: the entry file's answers were changed by someone else
	// (an editor, a git pull) after the command read them and before it
	// wrote its record (読み込み後に変更された). The record and the
	// answers to set were computed from what it read, so writing them
	// would put the old answers back over the new ones: nothing was
	// written. Returned by AppendAssessments for an Append with Current.
	//
	// Example: saving an answer of contractors/acme.yaml in an editor
	// while `riskregister import` reads a folder of workbooks.
	// Fix: import the workbook again: it is compared with the file as it
	// is now.
	CodeChanged Code = "changed"

	// CodeBadISMAPNumber: an ISMAP or ISMAP-LIU registration number that
	// is not in the published form (ISMAP登録番号の形式の誤り): a capital
	// letter, the two-digit year, a four-digit serial and a branch number.
	// A number typed in full-width characters, in lower case or with
	// another dash gets its right form in the message and as
	// Error.Replacement.
	//
	// Example:
	//	ismap: {list: ismap, number: hello}
	//	ismap: {list: ismap, number: Ｃ２１－０００８－２}
	// Fix: copy the number from the ISMAP cloud service list, e.g. C21-0008-2.
	CodeBadISMAPNumber Code = "bad-ismap-number"

	// CodeBadSnapshot: a snapshot of a public list (lists/*.yaml) that
	// does not fit its name or its list (公表リストのスナップショットの誤り): the
	// file is not named LIST-DATE.yaml after its list and date, a corporate
	// snapshot holds ISMAP services or the other way round, or a number is
	// listed twice.
	//
	// Example: lists/ismap-2026-11-01.yaml with "date: 2026-10-01".
	// Fix: import the list again with riskregister lists import, or rename
	// the file to LIST-DATE.yaml.
	CodeBadSnapshot Code = "bad-snapshot"

	// CodeTooMany: a file (or the register's references) has more problems
	// than are listed (問題が多すぎる): after 100 problems in one file, or
	// 100 unknown references, the rest are not collected, so that a file
	// that is not a register file at all costs little and prints little.
	//
	// Example: a contractors/acme.yaml with 400,000 misspelt keys.
	// Fix: fix the problems listed first and run validate again.
	CodeTooMany Code = "too-many"

	// CodeInternal: a bug in riskregister (内部エラー): the decoder panicked.
	// The file is skipped; other files are still read.
	//
	// Example: none known.
	// Fix: please report it with the file that triggers it.
	CodeInternal Code = "internal"
)

// Error is a problem in one file of the register, at a position.
// Line and Col are 1-based; 0 means the problem concerns the whole file.
//
// File is "." for problems with the register folder itself (it cannot be
// opened or is not a folder); a caller that shows paths relative to its
// working directory replaces File with the folder's path then.
type Error struct {
	File string // slash path relative to the register folder, "." for the folder itself
	Line int
	Col  int
	Path string // field path in the file ("owner.section", "people[2].id"); "" when not about one field
	Code Code
	Msg  string // the message in English, as Error prints it
	Err  error  // underlying cause, if any
	// Replacement is the exact value the message tells to write instead
	// of the one at Line:Col ("terms" for 約款, "JP" for 日本, "2026-04-10"
	// for 令和8年4月10日), or "" when the message proposes none. A "did you
	// mean" guess is not a Replacement.
	Replacement string

	msgJa string // the message in Japanese; Msg when empty
}

// Error returns "file:line:col: message" (or "file: message" without a
// position), the message in English.
func (e *Error) Error() string { return e.pos() + e.Msg }

// Message returns the error as "file:line:col: message" like Error, the
// message in Japanese, or in English when lang is "en". An Error built
// outside this package (without a Japanese text) gives Msg in both.
func (e *Error) Message(lang riskassess.Lang) string {
	if lang != "en" && e.msgJa != "" {
		return e.pos() + e.msgJa
	}
	return e.pos() + e.Msg
}

// Text returns the message (without the position) in Japanese and English.
func (e *Error) Text() riskassess.Text {
	ja := e.msgJa
	if ja == "" {
		ja = e.Msg
	}
	return riskassess.Text{Ja: ja, En: e.Msg}
}

// pos returns "file:line:col: ", "file:line: " or "file: ".
func (e *Error) pos() string {
	switch {
	case e.Line > 0 && e.Col > 0:
		return fmt.Sprintf("%s:%d:%d: ", e.File, e.Line, e.Col)
	case e.Line > 0:
		return fmt.Sprintf("%s:%d: ", e.File, e.Line)
	}
	return e.File + ": "
}

// newError returns an Error with the message in English (en) and Japanese (ja).
func newError(file string, line, col int, code Code, en, ja string) *Error {
	return &Error{File: file, Line: line, Col: col, Code: code, Msg: en, msgJa: ja}
}

// tooMany is the CodeTooMany error that ends the list of a file (or of
// the references) at line:col, where the first problem left out is.
func tooMany(file string, line, col int) *Error {
	return newError(file, line, col, CodeTooMany,
		fmt.Sprintf("more than %d errors in this file; fix these first", maxErrors),
		fmt.Sprintf("このファイルのエラーが %d 件を超えました。まずここまでを直してください", maxErrors))
}

// Unwrap returns the underlying cause.
func (e *Error) Unwrap() error { return e.Err }

// Errors is a list of problems found in a register, sorted by file, line
// and column. Load returns it as its error.
type Errors []*Error

// Error returns one error per line, the messages in English.
func (es Errors) Error() string { return es.Message("en") }

// Message returns one error per line, each as (*Error).Message(lang).
func (es Errors) Message(lang riskassess.Lang) string {
	var b strings.Builder
	for i, e := range es {
		if i > 0 {
			b.WriteByte('\n')
		}
		b.WriteString(e.Message(lang))
	}
	return b.String()
}

// Unwrap returns the individual errors, so errors.Is and errors.As see them.
func (es Errors) Unwrap() []error {
	out := make([]error, len(es))
	for i, e := range es {
		out[i] = e
	}
	return out
}

func (es Errors) sort() {
	sort.SliceStable(es, func(i, j int) bool {
		a, b := es[i], es[j]
		if a.File != b.File {
			return a.File < b.File
		}
		if a.Line != b.Line {
			return a.Line < b.Line
		}
		if a.Col != b.Col {
			return a.Col < b.Col
		}
		return a.Msg < b.Msg
	})
}
