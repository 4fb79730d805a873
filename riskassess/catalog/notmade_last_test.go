package catalog

import (
	"regexp/syntax"
	"strings"
	"testing"
	"unicode/utf8"
)

// TestNotMadeLast checks that notMadeLast holds the last rune of every
// text notMadeSentence matches, so that saysNotMade, which tries the
// regexp only on texts ending in one of them, reads what the regexp
// alone reads. It enumerates the regexp's texts (one rune of each range
// of a character class, every branch of an alternation, each optional
// part both ways) and checks that each is matched (the enumeration is the
// regexp's) and ends in a rune of notMadeLast. A branch added to the
// regexp with a new last rune fails here until notMadeLast has it.
func TestNotMadeLast(t *testing.T) {
	re, err := syntax.Parse(notMadeSentence.String(), syntax.Perl)
	if err != nil {
		t.Fatal(err)
	}
	texts := regexpTexts(t, re.Simplify())
	if len(texts) < 100 {
		t.Fatalf("enumerated %d texts of notMadeSentence, want hundreds", len(texts))
	}
	for _, s := range texts {
		if !notMadeSentence.MatchString(s) {
			t.Errorf("enumerated %q, which notMadeSentence does not match (the enumeration is wrong)", s)
			continue
		}
		if last, _ := utf8.DecodeLastRuneInString(s); !strings.ContainsRune(notMadeLast, last) {
			t.Errorf("notMadeSentence matches %q, whose last rune %q is not in notMadeLast: saysNotMade would not read it", s, last)
		}
	}
}

// regexpTexts returns the texts re matches, for a regexp without
// repetition: a character class gives the first rune of each of its
// ranges, an alternation each branch, an optional part both ways.
func regexpTexts(t *testing.T, re *syntax.Regexp) []string {
	switch re.Op {
	case syntax.OpLiteral:
		if re.Flags&syntax.FoldCase != 0 {
			t.Fatalf("case-folded literal %v: not enumerated", re)
		}
		return []string{string(re.Rune)}
	case syntax.OpEmptyMatch, syntax.OpBeginText, syntax.OpEndText:
		return []string{""}
	case syntax.OpCharClass:
		var out []string
		for i := 0; i < len(re.Rune); i += 2 {
			out = append(out, string(re.Rune[i]))
		}
		return out
	case syntax.OpCapture:
		return regexpTexts(t, re.Sub[0])
	case syntax.OpQuest:
		return append([]string{""}, regexpTexts(t, re.Sub[0])...)
	case syntax.OpAlternate:
		var out []string
		for _, sub := range re.Sub {
			out = append(out, regexpTexts(t, sub)...)
		}
		return out
	case syntax.OpConcat:
		out := []string{""}
		for _, sub := range re.Sub {
			var next []string
			for _, a := range out {
				for _, b := range regexpTexts(t, sub) {
					next = append(next, a+b)
				}
			}
			out = next
		}
		return out
	}
	t.Fatalf("regexp operator %v in %v: not enumerated", re.Op, re)
	return nil
}
