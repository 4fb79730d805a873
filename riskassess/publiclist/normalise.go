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

// abbreviations writes out the abbreviated legal forms (folded: ㈱ and
// （株） fold to (株)) as the full forms they stand for.
var abbreviations = strings.NewReplacer(
	"(株)", "株式会社", "(有)", "有限会社", "(同)", "合同会社", "(名)", "合名会社", "(資)", "合資会社",
	"(一社)", "一般社団法人", "(一財)", "一般財団法人", "(公社)", "公益社団法人", "(公財)", "公益財団法人",
	"(特非)", "特定非営利活動法人",
)

// legalNameKey returns the form of a legal name (商号) that two spellings
// of the same name share: NFKC, no white space, Latin letters in lower
// case and an abbreviated legal form ((株), ㈱, （株） …) written out in
// full where it stands, so that ㈱アクメ and 株式会社 アクメ give 株式会社アクメ
// but アクメ株式会社 does not; and whether the name carries a legal form at
// its start or end.
func legalNameKey(s string) (key string, withForm bool) {
	key = strings.ToLower(abbreviations.Replace(fold(s)))
	for _, f := range legalForms {
		if f[0] == '(' {
			break // the abbreviations, written out above
		}
		if strings.HasPrefix(key, f) || strings.HasSuffix(key, f) {
			return key, true
		}
	}
	return key, false
}

// sameLegalName reports whether legal names a and b name the same
// corporation: the same legalNameKey, legal form and where it stands
// included (株式会社アクメ and アクメ株式会社 are two names, as are
// 一般社団法人 and 一般財団法人 of one name). A name written without any
// legal form is compared with the other's name proper (NameKey): it says
// nothing against the form.
func sameLegalName(a, b string) bool {
	ka, fa := legalNameKey(a)
	kb, fb := legalNameKey(b)
	if ka == kb {
		return true
	}
	return (!fa || !fb) && NameKey(a) == NameKey(b)
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
