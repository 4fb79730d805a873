package ical

import (
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"strconv"
	"strings"

	"github.com/gikai-sec/riskregister/riskassess"
	"github.com/gikai-sec/riskregister/riskassess/report"
)

// DueCalendar returns the calendar of the due items (as returned by
// report.DueList) of reg: one all-day event per item on its date, with
// a stable UID scoped to reg's organisation (DueUIDOf with reg.Org.Name.Ja;
// an item whose UID an earlier item has gets its Field added, so that
// each event has a UID of its own), DTSTAMP from asOf, the entry's name
// and the responsible section's name in the summary and description,
// labels in lang ("ja" or "en").
func DueCalendar(reg *riskassess.Register, items []riskassess.DueItem, asOf riskassess.Date, lang riskassess.Lang) Calendar {
	cal := Calendar{Stamp: asOf}
	orgName := reg.Org.Name.In(lang)
	if lang == "en" {
		cal.Name = strings.TrimSpace(orgName + " register: due dates")
	} else {
		cal.Name = orgName + " 台帳の期限"
	}
	entries := report.EntryIndex(reg) // looked up once per item
	seen := make(map[string]bool, len(items))
	for _, it := range items {
		ev := dueEvent(reg, entries, it, asOf, lang)
		ev.UID = distinctUID(ev.UID, it, seen)
		cal.Events = append(cal.Events, ev)
	}
	return cal
}

// distinctUID returns uid, the UID of item it, or, when an earlier event
// of the calendar has it (seen), uid with it.Field (escaped, and a number
// if need be) added before its host part, and records the one returned in
// seen. Two items DueUIDOf cannot tell apart (two open corrective actions
// of an entry with the same summary and due date) are two rows of due
// but would be one event: a calendar keeps one event per UID and dropped
// the other without a word.
func distinctUID(uid string, it riskassess.DueItem, seen map[string]bool) string {
	if seen[uid] {
		at := strings.LastIndexByte(uid, '@')
		local, host := uid[:at], uid[at:]
		uid = local + "-" + uidEscape(it.Field) + host
		for n := 2; seen[uid]; n++ {
			uid = local + "-" + uidEscape(it.Field) + "-" + strconv.Itoa(n) + host
		}
	}
	seen[uid] = true
	return uid
}

func dueEvent(reg *riskassess.Register, entries map[riskassess.EntryKey]riskassess.Entry, it riskassess.DueItem, asOf riskassess.Date, lang riskassess.Lang) Event {
	en := lang == "en"
	name, source := it.EntryID, ""
	e := entries[riskassess.EntryKey{Kind: it.EntryKind, ID: it.EntryID}]
	if e != nil {
		if n := e.Base().Name.In(lang); n != "" {
			name = n
		}
		source = e.Base().Source
	}
	label := it.Kind.Label(lang)
	summary := fmt.Sprintf("%s: %s", label, name)
	if it.What != "" {
		summary += " (" + it.What + ")"
	}
	// it.Overdue also marks the first review of an entry never reviewed,
	// dated the as-of date (report.DueList).
	if it.OverdueAsOf(asOf) {
		if en {
			summary = "[OVERDUE] " + summary
		} else {
			summary = "【期限超過】" + summary
		}
	}
	section := report.DueSectionOf(&reg.Org, e, it, lang)
	var desc []string
	add := func(ja, enLabel, v string) {
		if v == "" {
			return
		}
		if en {
			desc = append(desc, enLabel+": "+v)
		} else {
			desc = append(desc, ja+"："+v)
		}
	}
	add("種別", "Kind", it.EntryKind.Label(lang))
	add("名称", "Name", name)
	add("ID", "ID", it.EntryID)
	add("期限の種類", "Due", label)
	add("対象", "Item", it.What)
	add("期日", "Date", it.Date.String())
	add("所管課", "Section", section)
	add("ファイル", "File", source)
	cats := []string{label, it.EntryKind.Label(lang)}
	if section != "" {
		cats = append(cats, section)
	}
	return Event{
		UID:         DueUIDOf(reg.Org.Name.Ja, it),
		Date:        it.Date,
		Summary:     summary,
		Description: strings.Join(desc, "\n"),
		Categories:  cats,
	}
}

// DueUID returns the stable UID of a due item:
// "duekind-entrykind-entryid-what-yyyymmdd@riskregister", with What
// percent-encoded outside [A-Za-z0-9._~] (so it holds no hyphen; an empty
// What leaves an empty segment), so the same item always gets the same UID
// and two items differing in any of these parts never share one. An item
// with a Note is due now and dated the as-of date of each run (the first
// review of an entry never reviewed, a review or yearly task dated after
// the as-of date): its last segment is "now", not the date, so that the
// file of each day updates its one event instead of adding another.
//
// DueUID is the UID of an item of a register whose organisation has no
// name; DueCalendar gives the items of a named one DueUIDOf's.
func DueUID(it riskassess.DueItem) string { return DueUIDOf("", it) }

// DueUIDOf returns the UID of due item it in the calendar of the register
// of the organisation named org (Organisation.Name.Ja): DueUID's, its
// host part "riskregister" preceded by the first 12 hexadecimal digits of
// the SHA-256 of org and a dot ("…-20260501@3f2a…c1.riskregister"); org
// "" gives DueUID's. Two councils' registers can hold entries of the same
// kind and id (acme) due on the same day: with one UID for both, a
// calendar that takes both councils' files kept one event and dropped the
// other's. The UID changes with the organisation's name.
func DueUIDOf(org string, it riskassess.DueItem) string {
	when := dateValue(it.Date)
	if it.Note != (riskassess.Text{}) {
		when = "now"
	}
	return dueUID(org, it, when)
}

// ExpectedUIDOf returns the UID of an expected later turn of a recurring
// task counted from the as-of date (report.PlanItem.AfterAsOf), months
// months after it: DueUIDOf's with "now+{months}m" for the date
// ("review-social-x--now+6m@…"). The turn before it is overdue and its
// date moves with each run's as-of date; a UID with the date made each
// file of the plan add another event to a calendar it was imported into,
// and left the one before behind (71 of the example's 95 expected events
// of FY2027 a week on). With this UID the next file updates the event.
func ExpectedUIDOf(org string, it riskassess.DueItem, months int) string {
	return dueUID(org, it, "now+"+strconv.Itoa(months)+"m")
}

// dueUID is DueUIDOf with when, the last segment of the UID's local part.
func dueUID(org string, it riskassess.DueItem, when string) string {
	parts := []string{string(it.Kind), string(it.EntryKind), it.EntryID, uidEscape(it.What), when}
	host := "riskregister"
	if org = strings.TrimSpace(org); org != "" {
		sum := sha256.Sum256([]byte(org))
		host = hex.EncodeToString(sum[:6]) + "." + host
	}
	return strings.Join(parts, "-") + "@" + host
}

func uidEscape(s string) string {
	var b strings.Builder
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case 'a' <= c && c <= 'z', 'A' <= c && c <= 'Z', '0' <= c && c <= '9', c == '.', c == '_', c == '~':
			b.WriteByte(c)
		default:
			fmt.Fprintf(&b, "%%%02X", c)
		}
	}
	return b.String()
}
