package publiclist

import (
	"strings"
	"unicode"

	"golang.org/x/text/unicode/norm"
)

// fold returns s in NFKC form without white space: full-width letters and
// digits become half-width, half-width katakana full-width, ㈱ becomes
// (株), and every space (ideographic ones too) is dropped.
func fold(s string) string {
	return strings.Map(func(r rune) rune {
		if unicode.IsSpace(r) {
			return -1
		}
		return r
	}, norm.NFKC.String(s))
}

// legalForms are the written forms of legal entity types that a name may
// carry before or after the name proper, folded (fold), longest first.
var legalForms = []string{
	"特定非営利活動法人", "一般社団法人", "公益社団法人", "一般財団法人", "公益財団法人",
	"株式会社", "有限会社", "合同会社", "合名会社", "合資会社",
	"(株)", "(有)", "(同)", "(名)", "(資)", "(一社)", "(一財)", "(公社)", "(公財)", "(特非)",
}

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
func NameKey(s string) string {
	return strings.ToLower(strip(fold(s), legalForms))
}

// KanaKey returns the form of a katakana reading that two spellings share:
// NFKC (half-width katakana become full-width), no white space, hiragana
// as katakana, without a legal form's reading at its start or end.
func KanaKey(s string) string {
	k := strings.Map(func(r rune) rune {
		if r >= 'ぁ' && r <= 'ゖ' {
			return r + ('ァ' - 'ぁ')
		}
		return r
	}, fold(s))
	return strip(k, kanaForms)
}

// strip removes one of forms from the start or the end of s (both, when
// both carry one), unless nothing would be left.
func strip(s string, forms []string) string {
	for _, f := range forms {
		if t, ok := strings.CutPrefix(s, f); ok && t != "" {
			s = t
			break
		}
	}
	for _, f := range forms {
		if t, ok := strings.CutSuffix(s, f); ok && t != "" {
			s = t
			break
		}
	}
	return s
}

// headerKey returns the form of a column header that the spellings of
// headerNames are matched in: NFKC, no white space or line breaks, no
// notes in brackets ("有効期限（西暦）" → "有効期限"), no "・" or ":",
// Latin letters in lower case.
func headerKey(s string) string {
	s = fold(s)
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
