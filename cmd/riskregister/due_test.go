package main

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/gikai-sec/riskregister/riskassess"
	"github.com/google/go-cmp/cmp"
)

func TestParseWithin(t *testing.T) {
	asOf := riskassess.NewDate(2026, 1, 31)
	tests := []struct {
		in   string
		want int
		bad  bool
	}{
		{in: "90d", want: 90},
		{in: "0d", want: 0},
		{in: "12w", want: 84},
		{in: "1m", want: 28}, // 2026-01-31 + 1 month = 2026-02-28, the last day of February
		{in: "3m", want: 89}, // to 2026-04-30
		{in: "1y", want: 365},
		{in: "30", want: 30},
		{in: " 7D ", want: 7},
		{in: "", bad: true},
		{in: "d", bad: true},
		{in: "-5d", bad: true},
		{in: "+5d", bad: true},
		{in: "5x", bad: true},
		{in: "1.5m", bad: true},
		{in: "９０d", bad: true},
		{in: "99999d", bad: true},
	}
	for _, tt := range tests {
		got, err := parseWithin(tt.in, asOf)
		if tt.bad {
			if err == nil {
				t.Errorf("parseWithin(%q) = %d, want an error", tt.in, got)
			}
			continue
		}
		if err != nil || got != tt.want {
			t.Errorf("parseWithin(%q) = %d, %v; want %d", tt.in, got, err, tt.want)
		}
	}
}

func dueTestRegister() *riskassess.Register {
	return &riskassess.Register{
		Org: riskassess.Organisation{Name: riskassess.T("調布市議会", "Chofu City Council"),
			Sections: []riskassess.Section{{ID: "jimu", Name: riskassess.T("議会事務局", "Secretariat")}, {ID: "koho", Name: riskassess.T("広報係", "PR Unit")}}},
		Contractors: []*riskassess.Contractor{{Common: riskassess.Common{ID: "acme", Name: riskassess.T("株式会社アクメ情報システム", "Acme"), Owner: riskassess.Owner{Section: "jimu"}}}},
		Social:      []*riskassess.Social{{Common: riskassess.Common{ID: "x", Name: riskassess.T("公式X", "Official X"), Owner: riskassess.Owner{Section: "koho"}}}},
	}
}

func TestWriteDueTableAligns(t *testing.T) {
	reg := dueTestRegister()
	asOf := riskassess.NewDate(2026, 4, 1)
	items := []riskassess.DueItem{
		{Kind: riskassess.DueCertificate, EntryKind: riskassess.KindContractor, EntryID: "acme", Date: riskassess.NewDate(2026, 3, 1), What: "IS-1"},
		{Kind: riskassess.DuePassword, EntryKind: riskassess.KindSocial, EntryID: "x", Date: riskassess.NewDate(2026, 4, 1)},
		{Kind: riskassess.DueReview, EntryKind: riskassess.KindSocial, EntryID: "x", Date: riskassess.NewDate(2026, 5, 1), Section: "jimu"},
	}
	var buf bytes.Buffer
	if err := writeDueTable(&buf, reg, items, asOf, 90, "ja"); err != nil {
		t.Fatal(err)
	}
	lines := strings.Split(strings.TrimSuffix(buf.String(), "\n"), "\n")
	if len(lines) != 2+len(items)+1 {
		t.Fatalf("%d lines, want header, rule, %d rows, summary:\n%s", len(lines), len(items), buf.String())
	}
	// Every column starts at the same display column on every row: find
	// the display offset of the 5th field (ID) on each data row.
	col := func(line, field string) int {
		i := strings.Index(line, field)
		if i < 0 {
			t.Fatalf("%q not in %q", field, line)
		}
		return textWidth.StringWidth(line[:i])
	}
	want := col(lines[0], "ID")
	for i, id := range []string{"acme", "x", "x"} {
		if got := col(lines[2+i], "  "+id+" ") + 2; got != want {
			t.Errorf("row %d: ID at display column %d, header at %d:\n%s", i+1, got, want, buf.String())
		}
	}
	wantRows := [][]string{
		{"2026-03-01", "31日超過", "認証の有効期限", "委託事業者", "acme", "株式会社アクメ情報システム", "IS-1", "議会事務局"},
		{"2026-04-01", "本日", "パスワード変更", "ソーシャルメディアアカウント", "x", "公式X", "広報係"},
		{"2026-05-01", "あと30日", "見直し", "ソーシャルメディアアカウント", "x", "公式X", "議会事務局"},
	}
	var gotRows [][]string
	for _, l := range lines[2 : 2+len(items)] {
		gotRows = append(gotRows, strings.Fields(l))
	}
	if diff := cmp.Diff(wantRows, gotRows); diff != "" {
		t.Errorf("rows (-want +got):\n%s", diff)
	}
	if !strings.Contains(lines[len(lines)-1], "3 件（うち期限超過 1 件）") {
		t.Errorf("summary = %q", lines[len(lines)-1])
	}
	buf.Reset()
	if err := writeDueTable(&buf, reg, nil, asOf, 90, "en"); err != nil {
		t.Fatal(err)
	}
	if got := buf.String(); got != "Nothing falls due within 90 days of 2026-04-01.\n" {
		t.Errorf("empty table = %q", got)
	}
}

func TestDueCommand(t *testing.T) {
	dir := writeTxtar(t, chkRegisterYAML+chkSocialOK)
	code, out, errOut := execCLI(t, "due", "--register", dir, "--as-of", "2027-03-01", "--within", "60d")
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errOut)
	}
	var rows []string
	for _, l := range strings.Split(out, "\n") {
		if strings.HasPrefix(l, "2027-") {
			f := strings.Fields(l)
			rows = append(rows, strings.Join([]string{f[0], f[1], f[2], f[4], f[len(f)-1]}, " "))
		}
	}
	want := []string{
		"2027-03-31 あと30日 承認の有効期限 x 広報係",
		"2027-04-01 あと31日 利用規約の確認 x 広報係", // terms_checked_on 2026-04-01 + 12 months (SNS-15)
		"2027-04-01 あと31日 見直し x 広報係",
	}
	if diff := cmp.Diff(want, rows); diff != "" {
		t.Errorf("due table (-want +got):\n%s\n%s", diff, out)
	}
	// A shorter window drops the review; a later as-of makes all overdue.
	if _, out, _ := execCLI(t, "due", "--register", dir, "--as-of", "2027-03-01", "--within", "30d"); strings.Contains(out, "見直し") || !strings.Contains(out, "承認の有効期限") {
		t.Errorf("--within 30d:\n%s", out)
	}
	if _, out, _ := execCLI(t, "due", "--register", dir, "--as-of", "2027-05-01", "--within", "0d"); !strings.Contains(out, "3 件（うち期限超過 3 件）") {
		t.Errorf("as of 2027-05-01:\n%s", out)
	}
	if _, out, _ := execCLI(t, "due", "--register", dir, "--as-of", "2027-03-01", "--kind", "contractor"); !strings.Contains(out, "ありません") {
		t.Errorf("--kind contractor lists items:\n%s", out)
	}

	// ICS: parse the calendar back.
	ics := filepath.Join(t.TempDir(), "due.ics")
	if code, _, errOut := execCLI(t, "due", "--register", dir, "--as-of", "2027-03-01", "--within", "60d", "--format", "ics", "-o", ics); code != 0 {
		t.Fatalf("ics: exit %d: %s", code, errOut)
	}
	b, err := os.ReadFile(ics)
	if err != nil {
		t.Fatal(err)
	}
	unfolded := strings.ReplaceAll(string(b), "\r\n ", "")
	var uids, starts []string
	for _, l := range strings.Split(unfolded, "\r\n") {
		if v, ok := strings.CutPrefix(l, "UID:"); ok {
			uids = append(uids, v)
		}
		if v, ok := strings.CutPrefix(l, "DTSTART;VALUE=DATE:"); ok {
			starts = append(starts, v)
		}
		if v, ok := strings.CutPrefix(l, "DTSTAMP:"); ok && v != "20270301T000000Z" {
			t.Errorf("DTSTAMP %s, want the as-of date", v)
		}
	}
	// 243da0896b54: the first digits of sha256("テスト市議会"), the register's name (ical.DueUIDOf).
	if diff := cmp.Diff([]string{"approval-social-x--20270331@243da0896b54.riskregister", "platform-terms-check-social-x--20270401@243da0896b54.riskregister", "review-social-x--20270401@243da0896b54.riskregister"}, uids); diff != "" {
		t.Errorf("UIDs (-want +got):\n%s", diff)
	}
	if diff := cmp.Diff([]string{"20270331", "20270401", "20270401"}, starts); diff != "" {
		t.Errorf("DTSTART (-want +got):\n%s", diff)
	}
	if !strings.Contains(unfolded, "SUMMARY:承認の有効期限: 調布市議会 公式X") {
		t.Errorf("no Japanese summary in:\n%s", unfolded)
	}

	for _, args := range [][]string{
		{"due", "--register", dir, "--within", "soon"},
		{"due", "--register", dir, "--within", "-3d"},
		{"due", "--register", dir, "--format", "pdf"},
		{"due", "--register", dir, "--kind", "robot"},
	} {
		if code, _, _ := execCLI(t, args...); code != 2 {
			t.Errorf("%q: exit %d, want 2", args, code)
		}
	}
}

// TestReviewDateThroughDueAndCheck runs due and check --fail-on overdue on
// the inputs that made the review date silently wrong: an entry never
// reviewed nor decided (its date used to float at as-of + interval, so it
// never fell due), review_due earlier than last_reviewed + interval, and
// review_due later than it.
func TestReviewDateThroughDueAndCheck(t *testing.T) {
	// Never reviewed nor decided (a draft), with a review_due far ahead.
	never := writeTxtar(t, chkRegisterYAML+chkVariant(t, []string{"  decided_on", "  valid_until", "last_reviewed"},
		"  status: approved", "  status: draft", "review_due: 2027-04-01", "review_due: 2030-01-01"))
	// Last reviewed 2026-04-01, residual 低 (24 months → 2028-04-01).
	earlier := writeTxtar(t, chkRegisterYAML+chkSocialOK) // review_due 2027-04-01 is earlier: it counts
	later := writeTxtar(t, chkRegisterYAML+chkVariant(t, []string{"  valid_until"}, "review_due: 2027-04-01", "review_due: 2029-01-01"))
	tests := []struct {
		name, dir, asOf string
		checkCode       int
		checkOut        string // a line check prints (with --fail-on overdue)
		dueRow          []string
	}{
		{"never reviewed: due now", never, "2026-11-27", 1,
			"social/x.yaml: 期限超過: 見直し（2026-11-27、見直し・決定の記録なし（最初の見直し））",
			[]string{"2026-11-27", "期限超過（未実施）", "見直し", "ソーシャルメディアアカウント", "x", "調布市議会", "公式X", "見直し・決定の記録なし（最初の見直し）"}},
		{"review_due earlier than last review + interval", earlier, "2027-04-02", 1,
			"social/x.yaml: 期限超過: 見直し（2027-04-01、1日超過）",
			[]string{"2027-04-01", "1日超過", "見直し", "ソーシャルメディアアカウント", "x"}},
		{"review_due later than last review + interval: not used", later, "2028-04-02", 1,
			"social/x.yaml: 期限超過: 見直し（2028-04-01、1日超過）",
			[]string{"2028-04-01", "1日超過", "見直し", "ソーシャルメディアアカウント", "x"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			code, out, errOut := execCLI(t, "check", "--register", tt.dir, "--as-of", tt.asOf, "--fail-on", "overdue")
			if code != tt.checkCode || !strings.Contains(out, tt.checkOut+"\n") {
				t.Errorf("check: exit %d, want %d; stdout lacks %q:\n%s\n%s", code, tt.checkCode, tt.checkOut, out, errOut)
			}
			code, out, errOut = execCLI(t, "due", "--register", tt.dir, "--as-of", tt.asOf, "--within", "0d")
			if code != 0 {
				t.Fatalf("due: exit %d\n%s", code, errOut)
			}
			found := false
			for _, line := range strings.Split(out, "\n") {
				if strings.Contains(line, " 見直し ") {
					found = cmp.Diff(tt.dueRow, strings.Fields(line)[:len(tt.dueRow)]) == ""
					if !found {
						t.Errorf("due row (-want +got):\n%s", cmp.Diff(tt.dueRow, strings.Fields(line)[:len(tt.dueRow)]))
					}
				}
			}
			if !found {
				t.Errorf("due lists no review:\n%s", out)
			}
			if !strings.Contains(out, "（うち期限超過 ") || strings.Contains(out, "（うち期限超過 0 件）") {
				t.Errorf("due does not count the review as overdue:\n%s", out)
			}
		})
	}
}

// TestRecordsNeverFallDue: a rejected or retired entry is kept only as a
// record (riskassess.Record), so due and check --fail-on overdue list none
// of its items, even when it was never reviewed — the same register as a
// draft has its first review due now (see TestReviewDateThroughDueAndCheck).
func TestRecordsNeverFallDue(t *testing.T) {
	for _, status := range []string{"draft", "rejected", "retired"} {
		t.Run(status, func(t *testing.T) {
			dir := writeTxtar(t, chkRegisterYAML+chkVariant(t, []string{"  decided_on", "  valid_until", "last_reviewed"},
				"  status: approved", "  status: "+status))
			code, out, errOut := execCLI(t, "due", "--register", dir, "--as-of", "2026-11-27", "--within", "3650d")
			if code != 0 {
				t.Fatalf("due: exit %d\n%s", code, errOut)
			}
			listed := strings.Contains(out, " 見直し ") || strings.Contains(out, "パスワード")
			if listed != (status == "draft") {
				t.Errorf("due lists the entry's items = %v, want %v:\n%s", listed, status == "draft", out)
			}
			code, out, errOut = execCLI(t, "check", "--register", dir, "--as-of", "2026-11-27", "--fail-on", "overdue")
			if want := map[bool]int{true: 1, false: 0}[status == "draft"]; code != want {
				t.Errorf("check --fail-on overdue: exit %d, want %d\n%s%s", code, want, out, errOut)
			}
		})
	}
}

// TestPlanCarriesOverdue: due --fiscal-year lists the example's ten items
// of FY2025 still open on 2026-11-27 (the plan used to leave them out; two
// are yearly tasks: instagram's terms check, SNS-15, and tamagawa-building's
// confirmation of measures, OUT-30; two are retired midorigaoka-tape's data
// return of contract R6-giji-003 and its open corrective action, which a
// retired record used to drop),
// and its calendar marks overdue the items due --within 0d does, each once.
func TestPlanCarriesOverdue(t *testing.T) {
	needExample(t)
	dir := filepath.Join("..", "..", "examples", "chofu-gikai")
	code, out, _ := execCLI(t, "due", "--register", dir, "--as-of", "2026-11-27", "--fiscal-year", "2026")
	if code != 0 || !strings.Contains(out, "前年度以前からの期限超過 10 件") || !strings.Contains(out, "tamagawa-building") ||
		!strings.Contains(out, "R6-giji-003") || !strings.Contains(out, "録音データの返却又は消去証明書の提出を") {
		t.Errorf("plan: exit %d\n%s", code, out)
	}
	overdue := func(args ...string) (int, string) {
		code, out, errOut := execCLI(t, append([]string{"due", "--register", dir, "--as-of", "2026-11-27", "--format", "ics"}, args...)...)
		if code != 0 {
			t.Fatalf("due %v: exit %d\n%s", args, code, errOut)
		}
		return strings.Count(out, "SUMMARY:【期限超過】"), out
	}
	plan, ics := overdue("--fiscal-year", "2026")
	due, _ := overdue("--within", "0d")
	if plan != due || due == 0 {
		t.Errorf("plan calendar marks %d items overdue, due %d", plan, due)
	}
	seen := map[string]bool{}
	for _, l := range strings.Split(ics, "\n") {
		if strings.HasPrefix(l, "UID:") && seen[l] {
			t.Errorf("plan calendar repeats %s", l)
		}
		seen[l] = true
	}
}

// TestFiscalYearFormsNamed: --fiscal-year 2026年 is read as FY2026
// (wareki.ParseFiscalYear), but neither the flag's help nor the refusal's
// list of accepted forms named it. (The English refusal lists the forms
// without Japanese characters only, as every English message does.)
func TestFiscalYearFormsNamed(t *testing.T) {
	code, _, stderr := execCLI(t, "due", "--register", exampleRegister, "--fiscal-year", "2026/4")
	if code != 2 || !strings.Contains(stderr, "2026, 2026年, FY2026, 2026年度, R8, 令和8, 令和8年度, 令和元年度") {
		t.Errorf("exit %d, %q; want 2 listing every accepted form, 2026年 among them", code, stderr)
	}
	for _, cmd := range []string{"due", "questionnaire"} {
		code, out, _ := execCLI(t, cmd, "--help")
		flag := ""
		for _, l := range strings.Split(out, "\n") {
			if strings.Contains(l, "--fiscal-year string") {
				flag = l
			}
		}
		if code != 0 || !strings.Contains(flag, "2026|2026年|R8") || !strings.Contains(flag, ": 2026, 2026年, R8") {
			t.Errorf("%s --help: exit %d, flag line %q; want 2026年 in its Japanese and English lists", cmd, code, flag)
		}
	}
}

// TestPlanNextYearExpected: the plan of the fiscal year after the as-of
// date shows the later turns of recurring tasks, marked 見込み in the table
// and 【見込み】 in the calendar with what their date is counted from (in
// the table in the date style: 令和9年1月10日 with --dates wareki). The
// example's LINE account changes its password by 2027-01-10 (FY2026), so
// the next change falls due by 2028-01-10, in FY2027: the plan of FY2027
// left it out, as it left out every yearly task and review whose next
// date the register gives is before the year.
func TestPlanNextYearExpected(t *testing.T) {
	needExample(t)
	code, out, errOut := execCLI(t, "due", "--register", exampleRegister, "--as-of", "2026-11-27", "--fiscal-year", "2027")
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errOut)
	}
	var got []string
	for _, l := range strings.Split(out, "\n") {
		if strings.Contains(l, "line-chofu-gikai") {
			got = append(got, strings.Join(strings.Fields(l), " "))
		}
	}
	want := []string{
		"広報係 2028-01-10 見込み・あと409日 パスワード変更 調布市議会 LINE公式アカウント line-chofu-gikai 前回を2027-01-10に行えば12か月後",
		"2028-01-10 見込み・あと409日 利用規約の確認 調布市議会 LINE公式アカウント line-chofu-gikai 前回を2027-01-10に行えば12か月後",
		"2028-01-20 見込み・あと419日 見直し 調布市議会 LINE公式アカウント line-chofu-gikai 前回を2027-01-20に行えば12か月後",
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("plan rows of line-chofu-gikai (-want +got):\n%s", diff)
	}
	code, out, errOut = execCLI(t, "due", "--register", exampleRegister, "--as-of", "2026-11-27", "--fiscal-year", "2027", "--dates", "wareki")
	if w := "令和10年1月10日  見込み・あと409日  パスワード変更"; code != 0 || !strings.Contains(out, w) || !strings.Contains(out, "前回を令和9年1月10日に行えば12か月後") {
		t.Errorf("--dates wareki: exit %d, want %q and its note in:\n%s%s", code, w, out, errOut)
	}
	code, ics, errOut := execCLI(t, "due", "--register", exampleRegister, "--as-of", "2026-11-27", "--fiscal-year", "2027", "--format", "ics", "--lang", "en")
	if code != 0 {
		t.Fatalf("ics: exit %d: %s", code, errOut)
	}
	ics = strings.ReplaceAll(ics, "\r\n ", "") // unfold
	_, ev, _ := strings.Cut(ics, "UID:password-social-line-chofu-gikai--20280110@")
	ev, _, _ = strings.Cut(ev, "END:VEVENT")
	for _, w := range []string{"SUMMARY:[EXPECTED] Password change: Chofu City Council LINE official account\r\n",
		`\n+12 months if done on 2027-01-10` + "\r\n"} {
		if !strings.Contains(ev, w) {
			t.Errorf("the calendar's event of the expected password change lacks %q:\n%s", w, ev)
		}
	}
	seen := map[string]bool{}
	for _, l := range strings.Split(ics, "\r\n") {
		if strings.HasPrefix(l, "UID:") && seen[l] {
			t.Errorf("plan calendar repeats %s", l)
		}
		seen[l] = true
	}
}

// TestPlanExpectedUIDAcrossRuns: the calendar of a year plan made again a
// week later, with nothing done, updates the events of its expected turns
// instead of adding new ones. The example's translation contractor
// (nogawa-honyaku) is overdue for its review (every 6 months) on
// 2026-11-27, so its turns in FY2027 are counted from the as-of date:
// 2027-05-27 and 2027-11-27, a week later 2027-06-04 and 2027-12-04. With
// the date in their UIDs each file added two more events to a calendar it
// was imported into and left the earlier two behind (71 of the 95
// expected events of the example's FY2027). A turn counted from a date the
// register gives (the measures confirmation of fuchu-denshi, due
// 2027-03-15) keeps the UID the real item gets once that turn is done on
// its date.
func TestPlanExpectedUIDAcrossRuns(t *testing.T) {
	needExample(t)
	events := func(asOf string) map[string]string { // UID -> DTSTART of the entries' expected events
		code, ics, errOut := execCLI(t, "due", "--register", exampleRegister, "--as-of", asOf, "--fiscal-year", "2027", "--format", "ics")
		if code != 0 {
			t.Fatalf("as of %s: exit %d: %s", asOf, code, errOut)
		}
		ics = strings.ReplaceAll(ics, "\r\n ", "") // unfold
		got := map[string]string{}
		for _, ev := range strings.Split(ics, "BEGIN:VEVENT")[1:] {
			if !strings.Contains(ev, "SUMMARY:【見込み】") {
				continue
			}
			uid, date := "", ""
			for _, l := range strings.Split(ev, "\r\n") {
				if v, ok := strings.CutPrefix(l, "UID:"); ok {
					uid, _, _ = strings.Cut(v, "@")
				}
				if v, ok := strings.CutPrefix(l, "DTSTART;VALUE=DATE:"); ok {
					date = v
				}
			}
			if strings.Contains(uid, "-nogawa-honyaku-") || strings.Contains(uid, "confirmation-contractor-fuchu-denshi-") {
				got[uid] = date
			}
		}
		return got
	}
	for _, tt := range []struct {
		asOf string
		want map[string]string
	}{
		{"2026-11-27", map[string]string{
			`review-contractor-nogawa-honyaku--now+6m`:       "20270527",
			`review-contractor-nogawa-honyaku--now+12m`:      "20271127",
			`confirmation-contractor-fuchu-denshi--20280315`: "20280315",
		}},
		{"2026-12-04", map[string]string{
			`review-contractor-nogawa-honyaku--now+6m`:       "20270604",
			`review-contractor-nogawa-honyaku--now+12m`:      "20271204",
			`confirmation-contractor-fuchu-denshi--20280315`: "20280315",
		}},
	} {
		if diff := cmp.Diff(tt.want, events(tt.asOf)); diff != "" {
			t.Errorf("as of %s: expected events, UID -> date (-want +got):\n%s", tt.asOf, diff)
		}
	}
}
