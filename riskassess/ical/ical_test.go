package ical_test

import (
	"bytes"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/gikai-sec/riskregister/riskassess"
	"github.com/gikai-sec/riskregister/riskassess/ical"
	"github.com/google/go-cmp/cmp"
)

// property is one parsed content line.
type property struct {
	Name   string
	Params string
	Value  string
}

// parse unfolds and splits an iCalendar stream, checking the physical
// line rules on the way: CRLF only, ≤ 75 octets, valid UTF-8 per line.
func parse(t *testing.T, b []byte) []property {
	t.Helper()
	s := string(b)
	if !strings.HasSuffix(s, "\r\n") {
		t.Fatalf("calendar does not end in CRLF")
	}
	phys := strings.Split(strings.TrimSuffix(s, "\r\n"), "\r\n")
	var logical []string
	for i, l := range phys {
		if strings.ContainsAny(l, "\r\n") {
			t.Fatalf("line %d has a bare CR or LF: %q", i+1, l)
		}
		if len(l) > 75 {
			t.Errorf("line %d is %d octets (> 75): %q", i+1, len(l), l)
		}
		if !utf8.ValidString(l) {
			t.Errorf("line %d splits a UTF-8 sequence: %q", i+1, l)
		}
		if strings.HasPrefix(l, " ") || strings.HasPrefix(l, "\t") {
			if len(logical) == 0 {
				t.Fatalf("line %d: continuation without a line", i+1)
			}
			logical[len(logical)-1] += l[1:]
			continue
		}
		logical = append(logical, l)
	}
	var props []property
	for _, l := range logical {
		colon := strings.IndexByte(l, ':')
		if colon < 0 {
			t.Fatalf("content line without a colon: %q", l)
		}
		head := l[:colon]
		p := property{Name: head, Value: l[colon+1:]}
		if i := strings.IndexByte(head, ';'); i >= 0 {
			p.Name, p.Params = head[:i], head[i+1:]
		}
		props = append(props, p)
	}
	return props
}

// unescape reverses TEXT escaping.
func unescape(t *testing.T, s string) string {
	t.Helper()
	var b strings.Builder
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c != '\\' {
			if c == ';' || c == ',' {
				t.Errorf("unescaped %q in TEXT value %q", c, s)
			}
			b.WriteByte(c)
			continue
		}
		i++
		if i == len(s) {
			t.Fatalf("dangling backslash in %q", s)
		}
		switch s[i] {
		case 'n', 'N':
			b.WriteByte('\n')
		case '\\', ';', ',':
			b.WriteByte(s[i])
		default:
			t.Errorf("bad escape \\%c in %q", s[i], s)
		}
	}
	return b.String()
}

type event map[string]property

func events(t *testing.T, props []property) (cal map[string]string, evs []event) {
	t.Helper()
	cal = map[string]string{}
	var cur event
	for _, p := range props {
		switch {
		case p.Name == "BEGIN" && p.Value == "VEVENT":
			cur = event{}
		case p.Name == "END" && p.Value == "VEVENT":
			evs = append(evs, cur)
			cur = nil
		case cur != nil:
			cur[p.Name] = p
		default:
			cal[p.Name] = p.Value
		}
	}
	return cal, evs
}

func date(s string) riskassess.Date {
	d, err := riskassess.ParseDate(s)
	if err != nil {
		panic(err)
	}
	return d
}

func TestWriteParseBack(t *testing.T) {
	long := strings.Repeat("調布市議会事務局の委託業務に係る情報セキュリティ対策の確認、", 4) + "末尾;終わり\\完"
	in := ical.Calendar{
		Name:  "期限, テスト",
		Stamp: date("2026-04-01"),
		Events: []ical.Event{
			{UID: "review-service-forms--20260501@riskregister", Date: date("2026-05-01"),
				Summary: "見直し: フォーム", Description: "一行目\n二行目, 三; \\end", Categories: []string{"見直し", "外部, サービス"}},
			{UID: "certificate-contractor-acme-IS%20123-20260228@riskregister", Date: date("2026-02-28"),
				Summary: long, Description: long + "\r\n" + long},
		},
	}
	var buf bytes.Buffer
	if err := ical.Write(&buf, in); err != nil {
		t.Fatal(err)
	}
	props := parse(t, buf.Bytes())
	if props[0] != (property{Name: "BEGIN", Value: "VCALENDAR"}) || props[len(props)-1] != (property{Name: "END", Value: "VCALENDAR"}) {
		t.Errorf("calendar not wrapped in BEGIN/END:VCALENDAR: first %v last %v", props[0], props[len(props)-1])
	}
	cal, evs := events(t, props)
	for k, want := range map[string]string{"VERSION": "2.0", "PRODID": ical.DefaultProdID, "CALSCALE": "GREGORIAN", "X-WR-CALNAME": `期限\, テスト`} {
		if cal[k] != want {
			t.Errorf("calendar %s = %q, want %q", k, cal[k], want)
		}
	}
	if len(evs) != len(in.Events) {
		t.Fatalf("%d events, want %d", len(evs), len(in.Events))
	}
	for i, ev := range evs {
		want := in.Events[i]
		wantDesc := strings.ReplaceAll(want.Description, "\r\n", "\n")
		got := map[string]string{
			"UID": unescape(t, ev["UID"].Value), "DTSTAMP": ev["DTSTAMP"].Value,
			"DTSTART": ev["DTSTART"].Params + ":" + ev["DTSTART"].Value, "DTEND": ev["DTEND"].Params + ":" + ev["DTEND"].Value,
			"SUMMARY": unescape(t, ev["SUMMARY"].Value), "DESCRIPTION": unescape(t, ev["DESCRIPTION"].Value),
		}
		wantMap := map[string]string{
			"UID": want.UID, "DTSTAMP": "20260401T000000Z",
			"DTSTART": "VALUE=DATE:" + strings.ReplaceAll(want.Date.String(), "-", ""),
			"DTEND":   "VALUE=DATE:" + strings.ReplaceAll(want.Date.AddDays(1).String(), "-", ""),
			"SUMMARY": want.Summary, "DESCRIPTION": wantDesc,
		}
		if diff := cmp.Diff(wantMap, got); diff != "" {
			t.Errorf("event %d (-want +got):\n%s", i, diff)
		}
	}
	// Categories are a comma-separated list of escaped TEXT values.
	if got := evs[0]["CATEGORIES"].Value; got != `見直し,外部\, サービス` {
		t.Errorf("CATEGORIES = %q", got)
	}
	// The long Japanese summary must really have been folded.
	if !bytes.Contains(buf.Bytes(), []byte("\r\n ")) {
		t.Error("no folded line in output with long Japanese text")
	}
}

func TestWriteErrors(t *testing.T) {
	for name, cal := range map[string]ical.Calendar{
		"no stamp": {Events: []ical.Event{{UID: "a", Date: date("2026-01-01")}}},
		"no uid":   {Stamp: date("2026-01-01"), Events: []ical.Event{{Date: date("2026-01-01")}}},
		"no date":  {Stamp: date("2026-01-01"), Events: []ical.Event{{UID: "a"}}},
		// The day after 9999-12-31 has a five-digit year: DTEND would be
		// written as 100000101, which no calendar reads.
		"last day of 9999": {Stamp: date("2026-01-01"), Events: []ical.Event{{UID: "a", Date: date("9999-12-31")}}},
		"not a day":        {Stamp: date("2026-01-01"), Events: []ical.Event{{UID: "a", Date: riskassess.Date{Year: 2026, Month: 2, Day: 30}}}},
		"stamp not a day":  {Stamp: riskassess.Date{Year: 2026, Month: 13, Day: 1}, Events: []ical.Event{{UID: "a", Date: date("2026-01-01")}}},
	} {
		var buf bytes.Buffer
		if err := ical.Write(&buf, cal); err == nil {
			t.Errorf("%s: no error", name)
		}
		if buf.Len() != 0 {
			t.Errorf("%s: wrote %d bytes before refusing", name, buf.Len())
		}
	}
	// The last day that can be written still is.
	var buf bytes.Buffer
	if err := ical.Write(&buf, ical.Calendar{Stamp: date("2026-01-01"), Events: []ical.Event{{UID: "a", Date: date("9999-12-30")}}}); err != nil {
		t.Fatalf("9999-12-30: %v", err)
	}
	if !bytes.Contains(buf.Bytes(), []byte("DTEND;VALUE=DATE:99991231\r\n")) {
		t.Errorf("9999-12-30: no DTEND 99991231 in\n%s", buf.Bytes())
	}
}

func TestDueCalendar(t *testing.T) {
	reg := &riskassess.Register{
		Org: riskassess.Organisation{Name: riskassess.T("調布市議会", "Chofu City Council"),
			Sections: []riskassess.Section{{ID: "secretariat", Name: riskassess.T("議会事務局", "Council Secretariat")}}},
		Services: []*riskassess.Service{{Common: riskassess.Common{ID: "forms", Source: "services/forms.yaml",
			Name: riskassess.T("電子申請フォーム", "Forms"), Owner: riskassess.Owner{Section: "secretariat"}}}},
	}
	asOf := date("2026-04-01")
	items := []riskassess.DueItem{
		{Kind: riskassess.DueISMAP, EntryKind: riskassess.KindService, EntryID: "forms", Date: date("2026-03-01"), What: "C0000-1"},
		{Kind: riskassess.DueReview, EntryKind: riskassess.KindService, EntryID: "forms", Date: date("2026-05-01"), Section: "secretariat"},
	}
	var buf bytes.Buffer
	if err := ical.Write(&buf, ical.DueCalendar(reg, items, asOf, "ja")); err != nil {
		t.Fatal(err)
	}
	_, evs := events(t, parse(t, buf.Bytes()))
	if len(evs) != 2 {
		t.Fatalf("%d events, want 2", len(evs))
	}
	if got, want := unescape(t, evs[0]["UID"].Value), "ismap-service-forms-C0000%2D1-20260301@49eb53a272fb.riskregister"; got != want { // sha256("調布市議会")
		t.Errorf("UID = %q, want %q", got, want)
	}
	if got, want := unescape(t, evs[0]["SUMMARY"].Value), "【期限超過】ISMAP登録の有効期限: 電子申請フォーム (C0000-1)"; got != want {
		t.Errorf("SUMMARY = %q, want %q", got, want)
	}
	desc := unescape(t, evs[1]["DESCRIPTION"].Value)
	for _, want := range []string{"所管課：議会事務局", "期日：2026-05-01", "ファイル：services/forms.yaml"} {
		if !strings.Contains(desc, want) {
			t.Errorf("DESCRIPTION %q lacks %q", desc, want)
		}
	}
	if got := evs[1]["CATEGORIES"].Value; got != "見直し,外部サービス,議会事務局" {
		t.Errorf("CATEGORIES = %q", got)
	}
	// An item without a section of its own: the entry's owning section.
	if desc := unescape(t, evs[0]["DESCRIPTION"].Value); !strings.Contains(desc, "所管課：議会事務局") {
		t.Errorf("DESCRIPTION of an item without a section %q lacks the entry's section", desc)
	}
	// The first review of an entry never reviewed is dated the as-of date
	// and overdue (report.DueList sets Overdue): its event says so, as the
	// due table and the site do; an item merely due today does not.
	first := []riskassess.DueItem{
		{Kind: riskassess.DueReview, EntryKind: riskassess.KindService, EntryID: "forms", Date: asOf, Overdue: true},
		{Kind: riskassess.DueContractEnd, EntryKind: riskassess.KindService, EntryID: "forms", Date: asOf},
	}
	var fb bytes.Buffer
	if err := ical.Write(&fb, ical.DueCalendar(reg, first, asOf, "ja")); err != nil {
		t.Fatal(err)
	}
	_, fevs := events(t, parse(t, fb.Bytes()))
	if got, want := unescape(t, fevs[0]["SUMMARY"].Value), "【期限超過】見直し: 電子申請フォーム"; got != want {
		t.Errorf("SUMMARY of a first review due on the as-of date = %q, want %q", got, want)
	}
	if got, want := unescape(t, fevs[1]["SUMMARY"].Value), "契約終了: 電子申請フォーム"; got != want {
		t.Errorf("SUMMARY of an item due today = %q, want %q", got, want)
	}
	// Same input, same bytes.
	var again bytes.Buffer
	ical.Write(&again, ical.DueCalendar(reg, items, asOf, "ja"))
	if !bytes.Equal(buf.Bytes(), again.Bytes()) {
		t.Error("output not deterministic")
	}
}

// TestDueUIDOfItemDueNow: an item due now is dated the as-of date of each
// run (the first review of an entry never reviewed, a review or yearly
// task recorded only after the as-of date). Its UID carried that date, so
// the file exported each day was a new event each day: imported weekly
// into a calendar, the one review showed up once per import. Its UID is
// now the same on every day; an item with a date of its own keeps the
// date in its UID.
func TestDueUIDOfItemDueNow(t *testing.T) {
	org := &riskassess.Organisation{Sections: []riskassess.Section{{ID: "sec", Name: riskassess.T("議会事務局", "")}}}
	never := &riskassess.Service{Common: riskassess.Common{ID: "forms", Owner: riskassess.Owner{Section: "sec"}}}
	later := &riskassess.Service{Common: riskassess.Common{ID: "mail", Owner: riskassess.Owner{Section: "sec"},
		LastReviewed: date("2027-06-01")}}
	dated := &riskassess.Service{Common: riskassess.Common{ID: "chat", Owner: riskassess.Owner{Section: "sec"},
		LastReviewed: date("2026-01-10")}}
	uids := func(asOf riskassess.Date) []string {
		var out []string
		for _, e := range []riskassess.Entry{never, later, dated} {
			r := riskassess.ReviewOf(org, e, riskassess.RiskMedium, asOf)
			for _, it := range riskassess.DueItems(org, e, r.Date, asOf) {
				if it.Kind == riskassess.DueReview {
					out = append(out, ical.DueUID(it))
				}
			}
		}
		return out
	}
	want := []string{"review-service-forms--now@riskregister", "review-service-mail--now@riskregister", "review-service-chat--20270110@riskregister"}
	for _, asOf := range []string{"2026-11-27", "2026-12-04"} {
		if diff := cmp.Diff(want, uids(date(asOf))); diff != "" {
			t.Errorf("as of %s (-want +got):\n%s", asOf, diff)
		}
	}
}

// TestDueUIDsOfTwoCouncils: two councils' registers with an entry of the
// same kind and id due on the same day (a prefecture taking both due
// calendars into one calendar) give two events: with one UID for both,
// the calendar kept one and dropped the other without a word. The UID of
// an item stays the same from run to run, and a register without a name
// keeps DueUID's.
func TestDueUIDsOfTwoCouncils(t *testing.T) {
	item := riskassess.DueItem{Kind: riskassess.DueReview, EntryKind: riskassess.KindContractor, EntryID: "acme", Date: date("2027-03-31")}
	uid := func(name string) string {
		reg := &riskassess.Register{Org: riskassess.Organisation{Name: riskassess.T(name, "")}}
		cal := ical.DueCalendar(reg, []riskassess.DueItem{item}, date("2026-12-01"), "ja")
		return cal.Events[0].UID
	}
	for name, want := range map[string]string{
		"調布市議会": "review-contractor-acme--20270331@49eb53a272fb.riskregister", // sha256sum of the name
		"三鷹市議会": "review-contractor-acme--20270331@86507322b862.riskregister",
		"":      "review-contractor-acme--20270331@riskregister",
	} {
		if got := uid(name); got != want {
			t.Errorf("%q: UID %q, want %q", name, got, want)
		}
		if got, again := uid(name), ical.DueUIDOf(name, item); got != again {
			t.Errorf("%q: DueCalendar's UID %q, DueUIDOf's %q", name, got, again)
		}
	}
	if ical.DueUID(item) != uid("") {
		t.Errorf("DueUID %q, want the UID of a register without a name %q", ical.DueUID(item), uid(""))
	}
}

// TestDueCalendarUIDsOfTwinItems: two open corrective actions of one
// entry with the same summary and due date (raised twice) are two rows of
// due, but DueUIDOf gave both one UID, so a calendar importing the file
// kept one event and dropped the other. The first keeps DueUIDOf's UID;
// the second's names its field. Items with UIDs of their own keep them.
func TestDueCalendarUIDsOfTwinItems(t *testing.T) {
	reg := &riskassess.Register{Org: riskassess.Organisation{Name: riskassess.T("調布市議会", "")}}
	twin := func(field string) riskassess.DueItem {
		return riskassess.DueItem{Kind: riskassess.DueRemediation, EntryKind: riskassess.KindContractor, EntryID: "acme",
			Date: date("2026-09-30"), What: "CMS に承認ワークフローを設定する", Field: field}
	}
	items := []riskassess.DueItem{twin("remediation[1].due"), twin("remediation[2].due"),
		{Kind: riskassess.DueReview, EntryKind: riskassess.KindContractor, EntryID: "acme", Date: date("2026-09-30"), Field: "last_reviewed"}}
	var buf bytes.Buffer
	if err := ical.Write(&buf, ical.DueCalendar(reg, items, date("2026-11-27"), "ja")); err != nil {
		t.Fatal(err)
	}
	_, evs := events(t, parse(t, buf.Bytes()))
	var got []string
	for _, e := range evs {
		got = append(got, unescape(t, e["UID"].Value))
	}
	host := "@49eb53a272fb.riskregister"
	first := ical.DueUIDOf("調布市議会", items[0])
	want := []string{first, strings.TrimSuffix(first, host) + "-remediation%5B2%5D.due" + host, ical.DueUIDOf("調布市議会", items[2])}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("UIDs (-want +got):\n%s", diff)
	}
	// The same item twice (a caller's slip) still gives two UIDs.
	cal := ical.DueCalendar(reg, []riskassess.DueItem{items[0], items[0], items[0]}, date("2026-11-27"), "ja")
	seen := map[string]bool{}
	for _, e := range cal.Events {
		if seen[e.UID] {
			t.Errorf("UID %q twice", e.UID)
		}
		seen[e.UID] = true
	}
}
