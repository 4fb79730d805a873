package fieldrule

import (
	"regexp"
	"strings"
)

// ISMAPNumberPattern is the form of an ISMAP registration number that
// ValidISMAPNumber accepts: a capital letter, the two-digit year, a
// four-digit serial and a branch number (C21-0008-2). It is also the
// pattern of ismap.number in the service schema (internal/schemagen), in
// the syntax Go and JSON Schema share.
const ISMAPNumberPattern = `^[A-Z][0-9]{2}-[0-9]{4}-[0-9]{1,3}$`

var ismapNumber = regexp.MustCompile(ISMAPNumberPattern)

// ISMAPNumberExample is an ISMAP registration number in the form that
// ValidISMAPNumber accepts, for messages.
const ISMAPNumberExample = "C21-0008-2"

// ValidISMAPNumber reports whether s has the form of an ISMAP or
// ISMAP-LIU registration number: a capital letter, two digits, a hyphen,
// four digits, a hyphen and one to three digits (C21-0008-2).
func ValidISMAPNumber(s string) bool { return ismapNumber.MatchString(s) }

// ISMAPNumberReplacement returns the registration number s written in
// full-width characters, in lower case, with other dashes or with spaces
// around it, in the form ValidISMAPNumber accepts; ok is false when no
// such form exists.
func ISMAPNumberReplacement(s string) (string, bool) {
	var b strings.Builder
	for _, r := range strings.TrimSpace(s) {
		switch {
		case r >= '！' && r <= '～':
			r -= '！' - '!'
		case r == 'ー' || r == '－' || r == '‐' || r == '–' || r == '—' || r == '−' || r == 'ｰ':
			r = '-'
		case r == '　' || r == ' ':
			continue
		}
		b.WriteRune(r)
	}
	v := strings.ToUpper(b.String())
	if ValidISMAPNumber(v) {
		return v, true
	}
	return "", false
}
