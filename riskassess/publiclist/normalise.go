package publiclist

import (
	"strings"
	"unicode"

	"github.com/gikai-sec/riskregister/internal/legalname"
)

// kanaForms are the readings of the legal forms, as a kana field may carry
// them; the agency's フリガナ leaves them out.
var kanaForms = []string{
	"トクテイヒエイリカツドウホウジン", "イッパンシャダンホウジン", "コウエキシャダンホウジン",
	"イッパンザイダンホウジン", "コウエキザイダンホウジン",
	"カブシキガイシャ", "カブシキカイシャ", "ユウゲンガイシャ", "ユウゲンカイシャ", "ゴウドウガイシャ",
	"ゴウドウカイシャ", "ゴウメイガイシャ", "ゴウシガイシャ",
}

// NameKey returns the form of a company or service name that two
// spellings of the same name share: NFKC, no white space, and without a
// legal form (株式会社, (株), ㈱ …) at its start or end, so that 株式会社アクメ,
// ㈱アクメ and アクメ 株式会社 all give アクメ. Latin letters are compared
// without case.
func NameKey(s string) string { return legalname.NameKey(s) }

// KanaKey returns the form of a katakana reading that two spellings share:
// NFKC (half-width katakana become full-width), no white space, hiragana
// as katakana, without a legal form's reading at its start or end.
func KanaKey(s string) string {
	k := strings.Map(func(r rune) rune {
		if r >= 'ぁ' && r <= 'ゖ' {
			return r + ('ァ' - 'ぁ')
		}
		return r
	}, legalname.Fold(s))
	return legalname.Strip(k, kanaForms)
}

// headerKey returns the form of a column header that the spellings of
// headerNames are matched in: NFKC, no white space or line breaks, no
// notes in brackets ("有効期限（西暦）" → "有効期限"), no "・" or ":",
// Latin letters in lower case.
func headerKey(s string) string {
	s = legalname.Fold(s)
	var b strings.Builder
	depth := 0
	for _, r := range s {
		switch r {
		case '(', '[', '【', '〔', '<':
			depth++
			continue
		case ')', ']', '】', '〕', '>':
			if depth > 0 {
				depth--
			}
			continue
		case '・', ':', '_', '-', '.', '/', '*', '※':
			continue
		}
		if depth == 0 {
			b.WriteRune(unicode.ToLower(r))
		}
	}
	return b.String()
}
