// Package ical writes iCalendar (RFC 5545) calendars of all-day events,
// such as the due list of a register (`riskregister due --format ics`).
//
// The shortest use: the due list of a register as a calendar file:
//
//	cal := ical.DueCalendar(reg, report.DueList(assessments, asOf, 90), asOf, "ja")
//	err := ical.Write(f, cal)
//
// Output is deterministic: the DTSTAMP of every event is derived from the
// calendar's Stamp date, never from the clock, and events are written in
// the order given.
package ical

import (
	"bufio"
	"fmt"
	"io"
	"strings"
	"unicode/utf8"

	"github.com/gikai-sec/riskregister/riskassess"
)

// DefaultProdID is the PRODID written when Calendar.ProdID is empty.
const DefaultProdID = "-//gikai-sec//riskregister//JA"

// Calendar is a VCALENDAR of all-day events.
type Calendar struct {
	// ProdID identifies the producer; empty means DefaultProdID.
	ProdID string
	// Name is written as X-WR-CALNAME when not empty.
	Name string
	// Stamp is the date every DTSTAMP is derived from (midnight UTC); it
	// must not be zero. Use the as-of date so that output is reproducible.
	Stamp riskassess.Date
	// Events are written in this order.
	Events []Event
}

// Event is one all-day VEVENT.
type Event struct {
	// UID is the event's globally unique, stable id (required).
	UID string
	// Date is the day of the event (required).
	Date        riskassess.Date
	Summary     string
	Description string
	Categories  []string
}

// Write writes cal to w as an RFC 5545 calendar: CRLF line ends, content
// lines folded at 75 octets without splitting a UTF-8 sequence, TEXT values
// escaped (backslash, semicolon, comma, newline). It returns an error,
// and writes nothing, when cal.Stamp is zero, an event has no UID or no
// date, a date is not a day of the calendar (2026-02-30) or an event's
// end (the day after it) falls outside the years 1–9999 that a DATE value
// can hold, or w fails.
func Write(w io.Writer, cal Calendar) error {
	if cal.Stamp.IsZero() {
		return fmt.Errorf("ical: Calendar.Stamp is not set")
	}
	if !writable(cal.Stamp) {
		return fmt.Errorf("ical: Calendar.Stamp %s is not a day between 0001-01-01 and 9999-12-31", cal.Stamp)
	}
	for i, e := range cal.Events {
		if e.UID == "" {
			return fmt.Errorf("ical: event %d has no UID", i+1)
		}
		if e.Date.IsZero() {
			return fmt.Errorf("ical: event %d (%s) has no date", i+1, e.UID)
		}
		// DTEND is the next day: it must be writable too.
		if !writable(e.Date) || !writable(e.Date.AddDays(1)) {
			return fmt.Errorf("ical: event %d (%s): date %s is not a day between 0001-01-01 and 9999-12-30", i+1, e.UID, e.Date)
		}
	}
	prodID := cal.ProdID
	if prodID == "" {
		prodID = DefaultProdID
	}
	stamp := cal.Stamp.Time().Format("20060102T150405Z")
	bw := bufio.NewWriter(w)
	line := func(name, value string) { writeFolded(bw, name+":"+value) }
	line("BEGIN", "VCALENDAR")
	line("VERSION", "2.0")
	line("PRODID", EscapeText(prodID))
	line("CALSCALE", "GREGORIAN")
	line("METHOD", "PUBLISH")
	if cal.Name != "" {
		line("X-WR-CALNAME", EscapeText(cal.Name))
	}
	for _, e := range cal.Events {
		line("BEGIN", "VEVENT")
		line("UID", EscapeText(e.UID))
		line("DTSTAMP", stamp)
		writeFolded(bw, "DTSTART;VALUE=DATE:"+dateValue(e.Date))
		writeFolded(bw, "DTEND;VALUE=DATE:"+dateValue(e.Date.AddDays(1)))
		if e.Summary != "" {
			line("SUMMARY", EscapeText(e.Summary))
		}
		if e.Description != "" {
			line("DESCRIPTION", EscapeText(e.Description))
		}
		if len(e.Categories) > 0 {
			cs := make([]string, len(e.Categories))
			for i, c := range e.Categories {
				cs[i] = EscapeText(c)
			}
			line("CATEGORIES", strings.Join(cs, ","))
		}
		line("TRANSP", "TRANSPARENT")
		line("END", "VEVENT")
	}
	line("END", "VCALENDAR")
	return bw.Flush()
}

// writable reports whether d is a day of the calendar that an RFC 5545
// DATE value (four-digit year) can hold.
func writable(d riskassess.Date) bool {
	return d.Year >= 1 && d.Year <= 9999 && riskassess.DateOf(d.Time()) == d
}

func dateValue(d riskassess.Date) string {
	return fmt.Sprintf("%04d%02d%02d", d.Year, int(d.Month), d.Day)
}

// EscapeText escapes s as an RFC 5545 TEXT value: backslash, semicolon and
// comma get a backslash; a line break (CRLF, CR or LF) becomes \n.
func EscapeText(s string) string {
	s = strings.ReplaceAll(s, "\r\n", "\n")
	s = strings.ReplaceAll(s, "\r", "\n")
	var b strings.Builder
	for _, r := range s {
		switch r {
		case '\\':
			b.WriteString(`\\`)
		case ';':
			b.WriteString(`\;`)
		case ',':
			b.WriteString(`\,`)
		case '\n':
			b.WriteString(`\n`)
		default:
			b.WriteRune(r)
		}
	}
	return b.String()
}

// maxOctets is the longest content line RFC 5545 allows, excluding CRLF.
const maxOctets = 75

// writeFolded writes one content line, folded so that no physical line is
// longer than 75 octets (a continuation line starts with a space, which
// counts), never splitting a UTF-8 sequence, each ending in CRLF.
func writeFolded(w *bufio.Writer, s string) {
	limit := maxOctets
	for len(s) > limit {
		cut := limit
		for cut > 0 && !utf8.RuneStart(s[cut]) {
			cut--
		}
		w.WriteString(s[:cut])
		w.WriteString("\r\n ")
		s = s[cut:]
		limit = maxOctets - 1
	}
	w.WriteString(s)
	w.WriteString("\r\n")
}
