package riskassess

import (
	"crypto/sha256"
	"encoding/hex"
	"unicode"
	"unicode/utf8"
)

// QuestionDigest returns the digest of q as it is asked: its text in both
// languages and, for a choice question, each choice's id and labels. It is
// the first 16 hex digits of the SHA-256 of those texts with every space
// and line break removed and full-width ASCII made half-width (Ｑ１ → Q1),
// so that re-wrapping a question in a register file does not change it,
// while a changed word does. An import records it for each question it
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
		buf = buf[:0]
		for _, r := range s {
			switch {
			case unicode.IsSpace(r): // U+3000 too
				continue
			case r >= 0xFF01 && r <= 0xFF5E:
				r -= 0xFEE0
			}
			buf = utf8.AppendRune(buf, r)
		}
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
