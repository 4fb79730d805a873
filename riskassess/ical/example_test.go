package ical_test

import (
	"os"
	"strings"

	"github.com/gikai-sec/riskregister/riskassess"
	"github.com/gikai-sec/riskregister/riskassess/ical"
)

func ExampleWrite() {
	cal := ical.Calendar{
		Stamp: riskassess.NewDate(2026, 4, 1),
		Events: []ical.Event{{
			UID:        "review-service-forms--20260501@riskregister",
			Date:       riskassess.NewDate(2026, 5, 1),
			Summary:    "見直し: 電子申請フォーム",
			Categories: []string{"見直し"},
		}},
	}
	var b strings.Builder
	ical.Write(&b, cal)
	// Show CRLF line ends as "⏎" for the example.
	os.Stdout.WriteString(strings.ReplaceAll(b.String(), "\r\n", "⏎\n"))
	// Output:
	// BEGIN:VCALENDAR⏎
	// VERSION:2.0⏎
	// PRODID:-//gikai-sec//riskregister//JA⏎
	// CALSCALE:GREGORIAN⏎
	// METHOD:PUBLISH⏎
	// BEGIN:VEVENT⏎
	// UID:review-service-forms--20260501@riskregister⏎
	// DTSTAMP:20260401T000000Z⏎
	// DTSTART;VALUE=DATE:20260501⏎
	// DTEND;VALUE=DATE:20260502⏎
	// SUMMARY:見直し: 電子申請フォーム⏎
	// CATEGORIES:見直し⏎
	// TRANSP:TRANSPARENT⏎
	// END:VEVENT⏎
	// END:VCALENDAR⏎
}
