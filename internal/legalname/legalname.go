// Package legalname compares the legal names (商号) of companies as they
// are written in the register and in public lists: full-width and
// half-width forms, spaces, letter case and abbreviated legal forms
// ((株), ㈱, （株）) do not make two names differ; where the legal form
// stands (株式会社アクメ, アクメ株式会社) and which form it is do.
package legalname

import (
	"strings"
	"unicode"

	"golang.org/x/text/unicode/norm"
)

// Fold returns s in NFKC form without white space: full-width letters and
// digits become half-width, half-width katakana full-width, ㈱ becomes
// (株), and every space (ideographic ones too) is dropped.
func Fold(s string) string {
	return strings.Map(func(r rune) rune {
		if unicode.IsSpace(r) {
			return -1
		}
		return r
	}, norm.NFKC.String(s))
}

// Forms are the written forms of legal entity types that a name may
// carry before or after the name proper, folded (Fold), longest first;
// the full forms come before the abbreviations. Callers must not modify
// it.
var Forms = []string{
	"特定非営利活動法人", "一般社団法人", "公益社団法人", "一般財団法人", "公益財団法人",
	"株式会社", "有限会社", "合同会社", "合名会社", "合資会社",
	"(株)", "(有)", "(同)", "(名)", "(資)", "(一社)", "(一財)", "(公社)", "(公財)", "(特非)",
}

// Strip removes one of forms from the start or the end of s (both, when
// both carry one), unless nothing would be left.
func Strip(s string, forms []string) string {
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

// NameKey returns the form of a company or service name that two
// spellings of the same name share: NFKC, no white space, and without a
// legal form (株式会社, (株), ㈱ …) at its start or end, so that 株式会社アクメ,
// ㈱アクメ and アクメ 株式会社 all give アクメ. Latin letters are compared
// without case.
func NameKey(s string) string {
	return strings.ToLower(Strip(Fold(s), Forms))
}

// abbreviations writes out the abbreviated legal forms (folded: ㈱ and
// （株） fold to (株)) as the full forms they stand for.
var abbreviations = strings.NewReplacer(
	"(株)", "株式会社", "(有)", "有限会社", "(同)", "合同会社", "(名)", "合名会社", "(資)", "合資会社",
	"(一社)", "一般社団法人", "(一財)", "一般財団法人", "(公社)", "公益社団法人", "(公財)", "公益財団法人",
	"(特非)", "特定非営利活動法人",
)

// key returns the form of a legal name (商号) that two spellings of the
// same name share: NFKC, no white space, Latin letters in lower case and
// an abbreviated legal form ((株), ㈱, （株） …) written out in full where
// it stands, so that ㈱アクメ and 株式会社 アクメ give 株式会社アクメ but
// アクメ株式会社 does not; and whether the name carries a legal form at its
// start or end.
func key(s string) (key string, withForm bool) {
	key = strings.ToLower(abbreviations.Replace(Fold(s)))
	for _, f := range Forms {
		if f[0] == '(' {
			break // the abbreviations, written out above
		}
		if strings.HasPrefix(key, f) || strings.HasSuffix(key, f) {
			return key, true
		}
	}
	return key, false
}

// Same reports whether legal names a and b name the same corporation: the
// same key (see above), legal form and where it stands included (株式会社
// アクメ and アクメ株式会社 are two names, as are 一般社団法人 and
// 一般財団法人 of one name). A name written without any legal form is
// compared with the other's name proper (NameKey): it says nothing
// against the form.
func Same(a, b string) bool {
	ka, fa := key(a)
	kb, fb := key(b)
	if ka == kb {
		return true
	}
	return (!fa || !fb) && NameKey(a) == NameKey(b)
}
