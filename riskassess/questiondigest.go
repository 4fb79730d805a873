package riskassess

import (
	"crypto/sha256"
	"encoding/hex"
	"strings"
	"unicode"
	"unicode/utf8"
)

// QuestionDigest returns the digest of q as it is asked: its text in both
// languages and, for a choice question, each choice's id and labels. It is
// the first 16 hex digits of the SHA-256 of those texts folded by
// FoldText, so that re-wrapping a question in a register file or
// re-typing it in another width (エンジニア → ｴﾝｼﾞﾆｱ, Ｑ１ → Q1, ① → 1,
// ㈱ → (株), a zero-width space) does not change it, while a changed word
// or mark (、 → ,) does. An import records it for each question it
// received an answer to (AssessmentRecord.Questions); when the question's
// digest differs later, the answer was given to the question as it was
// and does not count (see AnswerOutdated).
func QuestionDigest(q *Question) string {
	if q == nil {
		return ""
	}
	h := sha256.New()
	var buf []byte
	write := func(s string) {
		buf = append(buf[:0], FoldText(s)...)
		buf = append(buf, 0x1f) // unit separator: fields never run together
		h.Write(buf)
	}
	write(q.Text.Ja)
	write(q.Text.En)
	for _, c := range q.Choices {
		write(c.ID)
		write(c.Label.Ja)
		write(c.Label.En)
	}
	return hex.EncodeToString(h.Sum(nil)[:8])
}

// FoldText returns s as the question digests compare it: each character
// of the blocks a Japanese text is typed in (Latin-1 signs, punctuation,
// number forms, enclosed alphanumerics, Kangxi radicals, kana and CJK
// symbols, enclosed and compatibility CJK, half- and full-width forms) in
// its Unicode NFKC form (ｴﾝｼﾞﾆｱ → エンジニア with ﾞ and ﾟ joined to the
// kana before them, ＡＢＣ → ABC, ① → 1, ㈱ → (株)), then every space, line
// break and invisible character (zero-width space U+200B–U+200D, U+2060,
// U+FEFF, soft hyphen, Hangul fillers) removed. It gives the same text as
// NFKC followed by that removal (the workbook's digests, package xlsx) for
// every text of those blocks; it is standard library only.
func FoldText(s string) string {
	rs := make([]rune, 0, len(s))
	add := func(r rune) {
		if r == 0x3099 || r == 0x309A {
			if n := len(rs); n > 0 {
				if c, ok := kanaVoiced[[2]rune{rs[n-1], r}]; ok {
					rs[n-1] = c
					return
				}
			}
		}
		rs = append(rs, r)
	}
	for _, r := range s {
		switch m, ok := nfkcMap[r]; {
		case r >= 0xFF01 && r <= 0xFF5E:
			add(r - 0xFEE0)
		case ok:
			for _, r := range m {
				add(r)
			}
		default:
			add(r)
		}
	}
	buf := make([]byte, 0, len(s))
	for _, r := range rs {
		if !IsInvisible(r) {
			buf = utf8.AppendRune(buf, r)
		}
	}
	return string(buf)
}

// WideKana returns s with each run of half-width katakana (U+FF61–U+FF9F)
// as FoldText gives it: full width, ﾞ and ﾟ joined to the kana before them
// (ｼﾝｶﾞﾎﾟｰﾙ → シンガポール, ﾊﾞｯｸｱｯﾌﾟ → バックアップ). The rest of s is left as
// it is (its spaces too), so that words typed in half width are read as
// the same words in full width.
func WideKana(s string) string {
	half := func(r rune) bool { return r >= '\uFF61' && r <= '\uFF9F' }
	if !strings.ContainsFunc(s, half) {
		return s
	}
	var b strings.Builder
	for s != "" {
		i := strings.IndexFunc(s, half)
		if i < 0 {
			b.WriteString(s)
			break
		}
		b.WriteString(s[:i])
		s = s[i:]
		j := strings.IndexFunc(s, func(r rune) bool { return !half(r) })
		if j < 0 {
			j = len(s)
		}
		b.WriteString(FoldText(s[:j]))
		s = s[j:]
	}
	return b.String()
}

// IsInvisible reports whether r shows as nothing or as blank space: a
// Unicode space or line break, or a zero-width or filler character
// (U+200B–U+200D, U+2060–U+2064, U+FEFF, U+00AD, U+180E, U+115F, U+1160,
// U+3164, U+FFA0). FoldText removes them.
func IsInvisible(r rune) bool {
	switch r {
	case '\u200b', '\u200c', '\u200d', '\u2060', '\u2061', '\u2062', '\u2063', '\u2064', '\ufeff',
		'\u00ad', '\u180e', '\u3164', '\u115f', '\u1160', '\uffa0':
		return true
	}
	return unicode.IsSpace(r)
}
