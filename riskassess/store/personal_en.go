package store

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
)

// personalDataEnglish name personal data in English in a description, a
// scope or a service's purpose (names and addresses, contact list,
// personal information, résumés), read in lower case as whole words
// (names, not surnames' part nor "nameplates").
var personalDataEnglish = []string{"personal data", "personal information", "personally identifiable information", "pii",
	"names", "surnames", "full name", "name and address", "addresses", "address book", "phone numbers", "telephone numbers",
	"mobile numbers", "date of birth", "dates of birth", "birth dates", "birthdates", "contact list", "contact lists",
	"contact details", "contact information", "mailing list", "mailing lists", "résumé", "résumés", "resumé", "resumés",
	"curriculum vitae", "my number", "individual number", "bank account", "account numbers", "signatories",
	"petition signatures", "petitioners", "applicants", "attendees", "participants", "member list", "membership list",
	"list of members", "residents' records", "medical records", "health records"}

// personalDataEnglishWhole are the words of personalDataEnglish for
// personal data as a whole: denied (no personal data, without personal
// information, personal data: none), they say the text names none.
var personalDataEnglishWhole = []string{"personal data", "personal information", "personally identifiable information", "pii"}

// personalDataEnglishOwners, right before a word of personalDataEnglish,
// make it the name or address of a thing or an organisation (file names,
// domain names, IP addresses, office phone numbers, company names): no
// personal data.
var personalDataEnglishOwners = []string{"file", "host", "domain", "place", "product", "brand", "column", "field", "table", "folder",
	"street", "trade", "business", "company", "companies", "company's", "organisation", "organisations", "organization",
	"organizations", "department", "section", "vendor", "supplier", "venue", "ip", "mac", "web", "url", "network", "memory",
	"server", "site", "project", "item", "variable", "committee", "facility", "building", "shop", "store", "station", "model",
	"device", "office"}

// personalDataEnglishBefore, right before a word of personalDataEnglish
// (or a list of them joined by and, or, a comma), deny it: no names, without
// addresses, excluding names and addresses, non-personal data.
var personalDataEnglishBefore = []string{"no", "without", "excluding", "not including", "free of", "non-", "non", "contains no", "holds no"}

// personalDataEnglishAfter, right after a word of personalDataEnglish (or
// a list of them) and an auxiliary (are, is, have been …) and ending its
// clause, deny it: names removed, addresses are redacted, names and
// addresses not included. Only these, and only at the end: "names not yet
// entered" and "names removed after the meeting" name them. Not except
// before a word either: "except names, all data anonymised" names them.
var personalDataEnglishAfter = []string{"removed", "redacted", "excluded", "masked", "anonymised", "anonymized", "omitted",
	"deleted", "withheld", "blacked out", "not included", "not collected", "not held", "not recorded", "not stored", "none"}

// personalDataEnglishNotes are the notes in brackets right after a word
// of personalDataEnglish that deny it (names (none), names (removed)).
var personalDataEnglishNotes = []string{"none", "no", "excluded", "removed", "redacted", "masked", "anonymised", "anonymized",
	"not included", "なし", "無し", "含まない", "含まず", "除く", "除外"}

// personalDataEnglishJoiners join two words of personalDataEnglish into
// one list that a denial before the first or after the last covers.
var personalDataEnglishJoiners = []string{",", "and", "or", "nor", "/", "&", ", and", ", or"}

// personalDataEnglishBreaks end the part of a text a denial reaches (a
// comma does not: it joins a list, no names, addresses or phone numbers).
const personalDataEnglishBreaks = ".;:()[]\n。、（）「」【】"

// englishPersonalData returns the word of personalDataEnglish, first in
// v, that v names and does not deny (namesPersonalData reads the Japanese
// words first). whole is true when v denies personal data as a whole (no
// personal data, personal information: none), which makes v name none.
// A word after a word of personalDataEnglishOwners (file names, IP
// addresses), or joined to one (company names and addresses), or counted
// (number of applicants, participants count), or followed by protection
// (personal information protection policy), names none.
func englishPersonalData(v string) (word string, ok bool) {
	l := strings.ToLower(v)
	type mention struct{ word, start, end int }
	var ms []mention
	for wi, w := range personalDataEnglish {
		for off := 0; ; {
			j := strings.Index(l[off:], w)
			if j < 0 {
				break
			}
			s, e := off+j, off+j+len(w)
			off = e
			if latinBoundary(l, s, e) {
				ms = append(ms, mention{wi, s, e})
			}
		}
	}
	slices.SortStableFunc(ms, func(a, b mention) int { return a.start - b.start })
	// Drop a mention overlapping one before it (addresses in name and
	// addresses).
	kept := ms[:0]
	for _, m := range ms {
		if len(kept) == 0 || m.start >= kept[len(kept)-1].end {
			kept = append(kept, m)
		}
	}
	ms = kept
	joined := func(a, b mention) bool {
		between := strings.TrimSpace(l[a.end:b.start])
		return slices.Contains(personalDataEnglishJoiners, between)
	}
	org := make([]bool, len(ms))
	var deniedBefore func(k int) bool
	deniedBefore = func(k int) bool {
		if k > 0 && joined(ms[k-1], ms[k]) {
			return deniedBefore(k - 1)
		}
		before := strings.TrimRightFunc(l[:ms[k].start], unicode.IsSpace)
		for _, d := range personalDataEnglishBefore {
			if strings.HasSuffix(before, d) && latinBoundary(before, len(before)-len(d), len(before)) {
				return true
			}
		}
		return false
	}
	var deniedAfter func(k int) bool
	deniedAfter = func(k int) bool {
		rest := l[ms[k].end:]
		if k+1 < len(ms) && joined(ms[k], ms[k+1]) {
			return deniedAfter(k + 1)
		}
		rest = strings.TrimLeftFunc(rest, unicode.IsSpace)
		for _, open := range [...][2]string{{"(", ")"}, {"（", "）"}} {
			if inner, ok := strings.CutPrefix(rest, open[0]); ok {
				if i := strings.Index(inner, open[1]); i >= 0 {
					return slices.Contains(personalDataEnglishNotes, strings.TrimSpace(inner[:i]))
				}
			}
		}
		rest = strings.TrimLeft(rest, ": ")
		if i := strings.IndexAny(rest, personalDataEnglishBreaks+","); i >= 0 {
			rest = rest[:i]
		}
		rest = strings.TrimSpace(rest)
		for changed := true; changed; {
			changed = false
			for _, aux := range []string{"are ", "is ", "will be ", "have been ", "has been ", "to be ", "already ", "all "} {
				if r, ok := strings.CutPrefix(rest, aux); ok {
					rest, changed = r, true
				}
			}
		}
		// The denial ends the clause: names removed after the meeting
		// are held until then.
		return slices.Contains(personalDataEnglishAfter, rest)
	}
	first := -1
	for k, m := range ms {
		w := personalDataEnglish[m.word]
		before := strings.TrimRightFunc(l[:m.start], unicode.IsSpace)
		owner := slices.ContainsFunc(personalDataEnglishOwners, func(o string) bool {
			return (strings.HasSuffix(before, o) || strings.HasSuffix(before, o+"-")) &&
				latinBoundary(before, strings.LastIndex(before, o), strings.LastIndex(before, o)+len(o))
		})
		if org[k] = owner || k > 0 && org[k-1] && joined(ms[k-1], m); org[k] {
			continue
		}
		after := l[m.end:]
		if strings.HasPrefix(after, " protection") || strings.HasPrefix(after, " count") || strings.HasPrefix(after, " statistics") ||
			strings.HasSuffix(before, "number of") || strings.HasSuffix(before, "numbers of") || strings.HasSuffix(before, "count of") {
			continue
		}
		if deniedBefore(k) || deniedAfter(k) {
			if slices.Contains(personalDataEnglishWhole, w) {
				return "", false
			}
			continue
		}
		if first < 0 {
			first = k
		}
	}
	if first < 0 {
		return "", false
	}
	return personalDataEnglish[ms[first].word], true
}

// latinBoundary reports whether s[start:end] is not part of a longer word
// of Latin letters or digits.
func latinBoundary(s string, start, end int) bool {
	latin := func(r rune) bool { return r < 0x250 && (unicode.IsLetter(r) || unicode.IsDigit(r)) }
	before, _ := utf8.DecodeLastRuneInString(s[:start])
	after, _ := utf8.DecodeRuneInString(s[end:])
	return !(start > 0 && latin(before)) && !(end < len(s) && latin(after))
}
