package xlsx_test

import (
	"archive/zip"
	"bytes"
	"context"
	"fmt"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/gikai-sec/riskregister/riskassess"
	"github.com/gikai-sec/riskregister/riskassess/report"
	"github.com/gikai-sec/riskregister/riskassess/xlsx"
	"github.com/google/go-cmp/cmp"
	"github.com/xuri/excelize/v2"
)

func regDate(s string) riskassess.Date {
	d, err := riskassess.ParseDate(s)
	if err != nil {
		panic(err)
	}
	return d
}

// regTestRegister has two entries of each kind, one of them hostile
// (formula-looking text), and assessments at every risk level.
func regTestRegister() (*riskassess.Register, []riskassess.Assessment) {
	org := riskassess.Organisation{
		Name:      riskassess.T("調布市議会", "Chofu City Council"),
		Sections:  []riskassess.Section{{ID: "jimukyoku", Name: riskassess.T("議会事務局", "Secretariat")}, {ID: "somu", Name: riskassess.T("総務課", "General Affairs")}},
		Positions: []riskassess.Position{{ID: "kacho", Title: riskassess.T("課長", "Chief")}},
		People:    []riskassess.Person{{ID: "yamada", Name: riskassess.T("山田 太郎", "Taro Yamada"), Section: "jimukyoku", Position: "kacho"}},
	}
	owner := riskassess.Owner{Section: "jimukyoku", Position: "kacho", Person: "yamada"}
	reg := &riskassess.Register{
		Org: org,
		Contractors: []*riskassess.Contractor{
			{Common: riskassess.Common{ID: "acme", Name: riskassess.T("株式会社アクメ情報システム", "Acme"), Owner: owner,
				Approval: riskassess.Approval{Status: riskassess.StatusApproved, DecidedOn: regDate("2025-04-01"), ValidUntil: regDate("2027-03-31")}},
				CorporateNumber: "1234567890123",
				Contracts:       []riskassess.Contract{{ID: "R7-12", Scope: "会議録検索システムの保守", From: regDate("2025-04-01"), To: regDate("2026-03-31")}},
				Certifications:  []riskassess.Certification{{Type: riskassess.CertISMS, Number: "IS 12345", ValidUntil: regDate("2026-05-31")}}},
			{Common: riskassess.Common{ID: "evil", Name: riskassess.T(`=HYPERLINK("http://evil.example","x")`, ""),
				Owner: riskassess.Owner{Section: "somu", Position: "-2+3"}}, CorporateNumber: "+cmd|' /C calc'!A0",
				Contracts: []riskassess.Contract{{ID: "@SUM(1)"}}, Certifications: []riskassess.Certification{{Type: riskassess.CertOther, Name: "\t=1"}}},
		},
		Services: []*riskassess.Service{
			{Common: riskassess.Common{ID: "forms", Name: riskassess.T("電子申請フォーム", "Online forms"), Owner: owner,
				Approval: riskassess.Approval{Status: riskassess.StatusConditional, DecidedOn: regDate("2025-10-01")}},
				Provider: riskassess.Provider{Name: "フォーム株式会社"}, ContractType: riskassess.ContractTerms, Delivery: riskassess.DeliverySaaS,
				ISMAP: &riskassess.ISMAP{List: riskassess.ISMAPLIU, Number: "L-0001", ValidUntil: regDate("2026-03-31")}, DataLocations: []riskassess.DataLocation{{Country: "JP"}}},
			{Common: riskassess.Common{ID: "video", Name: riskassess.T("議会中継配信", "Council streaming"), Owner: owner},
				Provider: riskassess.Provider{Contractor: "acme"}, ContractType: riskassess.ContractNegotiated, Delivery: riskassess.DeliveryIaaSPaaS},
		},
		Social: []*riskassess.Social{
			{Common: riskassess.Common{ID: "gikai-x", Name: riskassess.T("調布市議会公式X", "Council on X"), Owner: owner},
				Platform: riskassess.PlatformX, Handle: "@chofu_gikai", URL: "https://x.com/chofu_gikai", Status: riskassess.AccountActive},
			{Common: riskassess.Common{ID: "gikai-yt", Name: riskassess.T("調布市議会YouTube", "Council on YouTube"), Owner: owner},
				Platform: riskassess.PlatformYouTube, Handle: "@chofu", URL: "https://youtube.com/@chofu", Status: riskassess.AccountSuspended},
		},
	}
	asOf := regDate("2026-04-01")
	mk := func(k riskassess.Kind, id string, inh, res riskassess.RiskLevel, score float64, dec riskassess.Decision, due ...riskassess.DueItem) riskassess.Assessment {
		return riskassess.Assessment{Kind: k, EntryID: id, AsOf: asOf, Inherent: inh, Residual: res, ControlScore: score, Decision: dec,
			NextReview: regDate("2026-10-01"), Due: due}
	}
	as := []riskassess.Assessment{
		mk(riskassess.KindContractor, "acme", riskassess.RiskHigh, riskassess.RiskLow, 92.5, riskassess.DecisionApprove,
			riskassess.DueItem{Kind: riskassess.DueCertificate, EntryKind: riskassess.KindContractor, EntryID: "acme", Date: regDate("2026-05-31"), What: "IS 12345", Section: "jimukyoku"},
			riskassess.DueItem{Kind: riskassess.DueContractEnd, EntryKind: riskassess.KindContractor, EntryID: "acme", Date: regDate("2026-03-31"), What: "R7-12", Section: "jimukyoku", Overdue: true}),
		mk(riskassess.KindContractor, "evil", riskassess.RiskCritical, riskassess.RiskCritical, 10, riskassess.DecisionReject),
		mk(riskassess.KindService, "forms", riskassess.RiskMedium, riskassess.RiskMedium, 70, riskassess.DecisionConditional,
			riskassess.DueItem{Kind: riskassess.DueISMAP, EntryKind: riskassess.KindService, EntryID: "forms", Date: regDate("2026-03-31"), What: "L-0001", Overdue: true}),
		mk(riskassess.KindService, "video", riskassess.RiskHigh, riskassess.RiskHigh, 40, riskassess.DecisionConditional),
		mk(riskassess.KindSocial, "gikai-x", riskassess.RiskMedium, riskassess.RiskLow, 100, riskassess.DecisionApprove,
			riskassess.DueItem{Kind: riskassess.DuePassword, EntryKind: riskassess.KindSocial, EntryID: "gikai-x", Date: regDate("2026-06-01")}),
		mk(riskassess.KindSocial, "gikai-yt", riskassess.RiskLow, riskassess.RiskLow, 80, riskassess.DecisionApprove),
	}
	return reg, as
}

func regWrite(t *testing.T, lang riskassess.Lang) ([]byte, *excelize.File) {
	t.Helper()
	reg, as := regTestRegister()
	return writeRegisterBook(t, reg, as, xlsx.RegisterOptions{Lang: lang})
}

// writeRegisterBook writes reg and as with opts and opens the workbook
// (closed when the test ends); it returns the bytes and the workbook.
func writeRegisterBook(t *testing.T, reg *riskassess.Register, as []riskassess.Assessment, opts xlsx.RegisterOptions) ([]byte, *excelize.File) {
	t.Helper()
	var buf bytes.Buffer
	if err := xlsx.WriteRegister(&buf, reg, as, opts); err != nil {
		t.Fatal(err)
	}
	f, err := excelize.OpenReader(bytes.NewReader(buf.Bytes()))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { f.Close() })
	return buf.Bytes(), f
}

// regHeaderCol finds a header in row 1 and returns its column letter.
func regHeaderCol(t *testing.T, f *excelize.File, sheet, header string) string {
	t.Helper()
	rows, err := f.GetRows(sheet)
	if err != nil {
		t.Fatal(err)
	}
	for i, h := range rows[0] {
		if h == header {
			c, _ := excelize.ColumnNumberToName(i + 1)
			return c
		}
	}
	t.Fatalf("%s: no header %q in %q", sheet, header, rows[0])
	return ""
}

func TestWriteRegisterSheetsAndEntries(t *testing.T) {
	_, f := regWrite(t, "ja")
	wantSheets := []string{"委託事業者", "外部サービス", "SNSアカウント", "責任者", "期限一覧"}
	if diff := cmp.Diff(wantSheets, f.GetSheetList()); diff != "" {
		t.Fatalf("sheets (-want +got):\n%s", diff)
	}
	reg, as := regTestRegister()
	idx := report.AssessmentIndex(as)
	for _, k := range riskassess.Kinds() {
		sheet := xlsx.RegisterSheetName(k, "ja")
		rows, err := f.GetRows(sheet)
		if err != nil {
			t.Fatal(err)
		}
		var ids []string
		for _, r := range rows[1:] {
			ids = append(ids, r[0])
		}
		var want []string
		for _, e := range reg.Entries() {
			if e.Kind() == k {
				want = append(want, e.Base().ID)
			}
		}
		if diff := cmp.Diff(want, ids); diff != "" {
			t.Errorf("%s ids (-want +got):\n%s", sheet, diff)
		}
		resCol := regHeaderCol(t, f, sheet, "残留リスク")
		inhCol := regHeaderCol(t, f, sheet, "固有リスク")
		for i, id := range ids {
			a := idx[riskassess.EntryKey{Kind: k, ID: id}]
			for col, lvl := range map[string]riskassess.RiskLevel{resCol: a.Residual, inhCol: a.Inherent} {
				cell := col + strconv.Itoa(i+2)
				v, _ := f.GetCellValue(sheet, cell)
				if v != lvl.Label("ja") {
					t.Errorf("%s!%s = %q, want %q", sheet, cell, v, lvl.Label("ja"))
				}
				sid, _ := f.GetCellStyle(sheet, cell)
				style, err := f.GetStyle(sid)
				if err != nil {
					t.Fatal(err)
				}
				if len(style.Fill.Color) == 0 || style.Fill.Pattern != 1 {
					t.Errorf("%s!%s (%s): no fill: %+v", sheet, cell, lvl, style.Fill)
				}
			}
		}
	}
	// Each risk level has its own fill.
	fills := map[string]string{}
	for _, k := range riskassess.Kinds() {
		sheet := xlsx.RegisterSheetName(k, "ja")
		col := regHeaderCol(t, f, sheet, "残留リスク")
		rows, _ := f.GetRows(sheet)
		for i := 2; i <= len(rows); i++ {
			cell := col + strconv.Itoa(i)
			v, _ := f.GetCellValue(sheet, cell)
			sid, _ := f.GetCellStyle(sheet, cell)
			style, _ := f.GetStyle(sid)
			fill := strings.Join(style.Fill.Color, ",")
			if prev, ok := fills[v]; ok && prev != fill {
				t.Errorf("level %s has two fills %s and %s", v, prev, fill)
			}
			fills[v] = fill
		}
	}
	seen := map[string]string{}
	for lvl, fill := range fills {
		if other, ok := seen[fill]; ok {
			t.Errorf("levels %s and %s share fill %s", lvl, other, fill)
		}
		seen[fill] = lvl
	}
	if len(fills) != 4 {
		t.Errorf("fills for %d levels, want 4: %v", len(fills), fills)
	}
}

func TestWriteRegisterDatesAreDates(t *testing.T) {
	_, f := regWrite(t, "ja")
	sheet := "委託事業者"
	for header, want := range map[string]string{"承認日": "2025/04/01", "承認期限": "2027/03/31", "次回見直し": "2026/10/01"} {
		cell := regHeaderCol(t, f, sheet, header) + "2"
		got, _ := f.GetCellValue(sheet, cell)
		if got != want {
			t.Errorf("%s!%s shown as %q, want %q", sheet, cell, got, want)
		}
		raw, _ := f.GetCellValue(sheet, cell, excelize.Options{RawCellValue: true})
		serial, err := strconv.ParseFloat(raw, 64)
		if err != nil {
			t.Errorf("%s!%s raw value %q is not a number (date stored as text)", sheet, cell, raw)
			continue
		}
		wantDate, _ := riskassess.ParseDate(strings.ReplaceAll(want, "/", "-"))
		if days := wantDate.Time().Sub(regDate("1899-12-30").Time()).Hours() / 24; serial != days {
			t.Errorf("%s!%s serial %v, want %v", sheet, cell, serial, days)
		}
		typ, _ := f.GetCellType(sheet, cell)
		if typ != excelize.CellTypeUnset && typ != excelize.CellTypeNumber && typ != excelize.CellTypeDate {
			t.Errorf("%s!%s cell type %v, want a number/date", sheet, cell, typ)
		}
		sid, _ := f.GetCellStyle(sheet, cell)
		style, _ := f.GetStyle(sid)
		if style.CustomNumFmt == nil || *style.CustomNumFmt != "yyyy/mm/dd" {
			t.Errorf("%s!%s number format %v, want yyyy/mm/dd", sheet, cell, style.CustomNumFmt)
		}
	}
	// An unset date is an empty cell, not 1899/12/30.
	cell := regHeaderCol(t, f, sheet, "承認日") + "3"
	if v, _ := f.GetCellValue(sheet, cell); v != "" {
		t.Errorf("%s!%s = %q for an unset date, want empty", sheet, cell, v)
	}
}

func TestWriteRegisterNeutralisesFormulas(t *testing.T) {
	data, f := regWrite(t, "ja")
	sheet := "委託事業者"
	// A string cell is never evaluated: the text reads as typed (no ' that
	// Excel would show as part of the value), and the Text number format
	// keeps it text when someone edits the cell.
	for header, want := range map[string]string{
		"名称":   `=HYPERLINK("http://evil.example","x")`,
		"法人番号": "+cmd|' /C calc'!A0",
		"契約":   "@SUM(1)",
		"認証":   "\t=1",
		"担当":   "-2+3", // unknown position id shown as is
	} {
		cell := regHeaderCol(t, f, sheet, header) + "3"
		got, _ := f.GetCellValue(sheet, cell)
		if got != want {
			t.Errorf("%s!%s = %q, want %q", sheet, cell, got, want)
		}
		if typ, _ := f.GetCellType(sheet, cell); typ != excelize.CellTypeInlineString && typ != excelize.CellTypeSharedString {
			t.Errorf("%s!%s type %v, want a string cell", sheet, cell, typ)
		}
	}
	// No cell anywhere holds a formula; every text cell has the Text format.
	for _, s := range f.GetSheetList() {
		rows, _ := f.GetRows(s)
		for r, row := range rows {
			for c, v := range row {
				cell, _ := excelize.CoordinatesToCellName(c+1, r+1)
				if fml, _ := f.GetCellFormula(s, cell); fml != "" {
					t.Errorf("%s!%s has formula %q", s, cell, fml)
				}
				typ, _ := f.GetCellType(s, cell)
				isText := typ == excelize.CellTypeInlineString || typ == excelize.CellTypeSharedString
				if isText && v != "" && strings.HasPrefix(v, "'") {
					t.Errorf("%s!%s = %q starts with a quote", s, cell, v)
				}
				if isText && r > 0 {
					sid, _ := f.GetCellStyle(s, cell)
					if style, _ := f.GetStyle(sid); style == nil || style.NumFmt != 49 {
						t.Errorf("%s!%s = %q: number format not Text (@)", s, cell, v)
					}
				}
			}
		}
	}
	// And the package has no <f> element at all.
	zr, err := zip.NewReader(bytes.NewReader(data), int64(len(data)))
	if err != nil {
		t.Fatal(err)
	}
	for _, zf := range zr.File {
		if !strings.HasPrefix(zf.Name, "xl/worksheets/") {
			continue
		}
		rc, _ := zf.Open()
		b, _ := io.ReadAll(rc)
		rc.Close()
		if bytes.Contains(b, []byte("<f>")) || bytes.Contains(b, []byte("<f ")) {
			t.Errorf("%s contains a formula element", zf.Name)
		}
	}
}

func TestWriteRegisterLayout(t *testing.T) {
	_, f := regWrite(t, "en")
	wantSheets := []string{"Contractors", "External services", "Social accounts", "Owners", "Due dates"}
	if diff := cmp.Diff(wantSheets, f.GetSheetList()); diff != "" {
		t.Fatalf("sheets (-want +got):\n%s", diff)
	}
	titles := map[string]bool{}
	for _, dn := range f.GetDefinedName() {
		if dn.Name == "_xlnm.Print_Titles" {
			titles[dn.Scope] = strings.HasSuffix(dn.RefersTo, "!$1:$1")
		}
	}
	for _, s := range wantSheets {
		panes, err := f.GetPanes(s)
		if err != nil || !panes.Freeze || panes.YSplit != 1 {
			t.Errorf("%s: header not frozen: %+v %v", s, panes, err)
		}
		pl, err := f.GetPageLayout(s)
		if err != nil || pl.Orientation == nil || *pl.Orientation != "landscape" || pl.Size == nil || *pl.Size != 9 ||
			pl.FitToWidth == nil || *pl.FitToWidth != 1 {
			t.Errorf("%s: page layout not A4 landscape fit to width: %+v %v", s, pl, err)
		}
		if !titles[s] {
			t.Errorf("%s: no repeated header row (Print_Titles): %v", s, titles)
		}
		if h, _ := f.GetCellValue(s, "A1"); h == "" {
			t.Errorf("%s: empty header", s)
		}
		for col := 1; col <= 9; col++ {
			name, _ := excelize.ColumnNumberToName(col)
			w, _ := f.GetColWidth(s, name)
			if w > 30 {
				t.Errorf("%s: column %s width %v above the cap", s, name, w)
			}
		}
	}
	// Auto-filter over the header: defined name _FilterDatabase per sheet.
	filters := 0
	for _, dn := range f.GetDefinedName() {
		if dn.Name == "_xlnm._FilterDatabase" {
			filters++
		}
	}
	if filters != len(wantSheets) {
		t.Errorf("%d auto-filters, want %d", filters, len(wantSheets))
	}
}

func TestWriteRegisterColumnWidthsFollowEastAsianWidth(t *testing.T) {
	_, f := regWrite(t, "ja")
	sheet := "委託事業者"
	name := regHeaderCol(t, f, sheet, "名称") // 株式会社アクメ情報システム: 13 wide chars = 26 columns
	id := regHeaderCol(t, f, sheet, "ID")   // short ASCII ids
	cn := regHeaderCol(t, f, sheet, "法人番号") // 13 ASCII digits
	wName, _ := f.GetColWidth(sheet, name)
	wID, _ := f.GetColWidth(sheet, id)
	wCN, _ := f.GetColWidth(sheet, cn)
	if wName < 26 || wName > 30 {
		t.Errorf("名称 width %v, want ≥ 26 (13 full-width characters) and ≤ 30 (the cap)", wName)
	}
	if wCN < 13 || wCN >= wName {
		t.Errorf("法人番号 width %v, want between 13 and the 名称 width %v", wCN, wName)
	}
	if wID >= wCN {
		t.Errorf("ID width %v, want narrower than 法人番号 %v", wID, wCN)
	}
}

func TestWriteRegisterOwnersAndDue(t *testing.T) {
	_, f := regWrite(t, "ja")
	owners, _ := f.GetRows("責任者")
	got := [][]string{}
	for _, r := range owners[1:] {
		got = append(got, []string{r[0], r[1], r[2], r[3], r[5], r[6]})
	}
	want := [][]string{
		{"議会事務局", "課長", "山田 太郎", "5", "2026/03/31", "契約終了: 株式会社アクメ情報システム (R7-12)"},
		{"総務課", "-2+3", "（空席）", "1", "2026/10/01", "見直し: =HYPERLINK(\"http://evil.example\",\"x\")"},
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("owners (-want +got):\n%s", diff)
	}
	due, _ := f.GetRows("期限一覧")
	var rows []string
	for _, r := range due[1:] {
		rows = append(rows, strings.Join(r[:7], "|"))
	}
	wantDue := []string{
		"2026/03/31|期限超過|-1|契約終了|委託事業者|acme|株式会社アクメ情報システム",
		"2026/03/31|期限超過|-1|ISMAP登録の有効期限|外部サービス|forms|電子申請フォーム",
		"2026/05/31|予定|60|認証の有効期限|委託事業者|acme|株式会社アクメ情報システム",
		"2026/06/01|予定|61|パスワード変更|SNSアカウント|gikai-x|調布市議会公式X",
	}
	if diff := cmp.Diff(wantDue, rows); diff != "" {
		t.Errorf("due list (-want +got):\n%s", diff)
	}
}

// TestWriteRegisterOwnersHeldOnAsOf: the owners sheet lists who holds
// each entry's post on the as-of date, as the site's owners page does: the
// successor of a named owner who has left, and a named owner without a
// successor marked as not in post, never the leaver as if still in charge.
func TestWriteRegisterOwnersHeldOnAsOf(t *testing.T) {
	for _, tc := range []struct {
		name      string
		successor bool
		want      [][]string
	}{
		{"successor", true, [][]string{
			{"議会事務局", "課長", "佐藤 花子", "5"},
			{"総務課", "-2+3", "（空席）", "1"},
		}},
		{"no successor", false, [][]string{
			{"議会事務局", "課長", "山田 太郎（在任期間外）", "5"},
			{"総務課", "-2+3", "（空席）", "1"},
		}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			reg, as := regTestRegister() // as of 2026-04-01
			reg.Org.People[0].Until = regDate("2026-03-31")
			if tc.successor {
				reg.Org.People = append(reg.Org.People, riskassess.Person{ID: "sato", Name: riskassess.T("佐藤 花子", "Hanako Sato"),
					Section: "jimukyoku", Position: "kacho", From: regDate("2026-04-01")})
			}
			_, f := writeRegisterBook(t, reg, as, xlsx.RegisterOptions{Lang: "ja"})
			owners, _ := f.GetRows("責任者")
			got := [][]string{}
			for _, r := range owners[1:] {
				got = append(got, r[:4])
			}
			if diff := cmp.Diff(tc.want, got); diff != "" {
				t.Errorf("owners (-want +got):\n%s", diff)
			}
		})
	}
}

// TestWriteRegisterFirstReviewOverdue: the first review of an entry never
// reviewed is dated the as-of date and overdue (the due list, check and the
// site say 期限超過); the due sheet must not call it 予定. An item merely due
// on the as-of date stays 予定.
func TestWriteRegisterFirstReviewOverdue(t *testing.T) {
	reg, as := regTestRegister()
	asOf := regDate("2026-04-01")
	for i := range as {
		if as[i].EntryID == "video" {
			as[i].Due = []riskassess.DueItem{
				{Kind: riskassess.DueReview, EntryKind: riskassess.KindService, EntryID: "video", Date: asOf, Overdue: true},
				{Kind: riskassess.DueContractEnd, EntryKind: riskassess.KindService, EntryID: "video", Date: asOf},
			}
		}
	}
	_, f := writeRegisterBook(t, reg, as, xlsx.RegisterOptions{Lang: "ja"})
	due, _ := f.GetRows("期限一覧")
	var rows []string
	for _, r := range due[1:] {
		if r[5] == "video" {
			rows = append(rows, strings.Join(r[:6], "|"))
		}
	}
	want := []string{
		"2026/04/01|予定|0|契約終了|外部サービス|video",
		"2026/04/01|期限超過|0|見直し|外部サービス|video",
	}
	if diff := cmp.Diff(want, rows); diff != "" {
		t.Errorf("due list (-want +got):\n%s", diff)
	}
}

func TestWriteRegisterDeterministic(t *testing.T) {
	a, _ := regWrite(t, "ja")
	b, _ := regWrite(t, "ja")
	if !bytes.Equal(a, b) {
		t.Error("two writes of the same register differ")
	}
}

// TestWriteRegisterManyEntriesOneOwner: the owners row lists every entry;
// with many entries its height must stay within Excel's 409 points.
func TestWriteRegisterManyEntriesOneOwner(t *testing.T) {
	reg := &riskassess.Register{Org: riskassess.Organisation{Sections: []riskassess.Section{{ID: "s", Name: riskassess.T("総務課", "")}}}}
	for i := range 80 {
		reg.Services = append(reg.Services, &riskassess.Service{Common: riskassess.Common{
			ID: "svc-" + strconv.Itoa(i), Name: riskassess.T("とても長い名前の外部サービス（動作確認用）第"+strconv.Itoa(i)+"号", ""),
			Owner: riskassess.Owner{Section: "s"}}})
	}
	_, f := writeRegisterBook(t, reg, nil, xlsx.RegisterOptions{})
	if v, _ := f.GetCellValue("責任者", "D2"); v != "80" {
		t.Errorf("責任者!D2 = %q, want 80 entries", v)
	}
	if h, _ := f.GetRowHeight("責任者", 2); h > 409 {
		t.Errorf("row height %v > 409", h)
	}
}

func ExampleWriteRegister() {
	reg := &riskassess.Register{
		Org: riskassess.Organisation{Sections: []riskassess.Section{{ID: "koho", Name: riskassess.T("広報係", "PR Unit")}}},
		Social: []*riskassess.Social{{Common: riskassess.Common{ID: "gikai-x", Name: riskassess.T("調布市議会 公式X", ""),
			Owner: riskassess.Owner{Section: "koho"}}, Platform: riskassess.PlatformX, Status: riskassess.AccountActive}},
	}
	as := []riskassess.Assessment{{Kind: riskassess.KindSocial, EntryID: "gikai-x", Residual: riskassess.RiskLow,
		NextReview: riskassess.NewDate(2027, 4, 1)}}
	var buf bytes.Buffer
	if err := xlsx.WriteRegister(&buf, reg, as, xlsx.RegisterOptions{}); err != nil {
		fmt.Println(err)
		return
	}
	f, _ := excelize.OpenReader(&buf)
	defer f.Close()
	fmt.Println(f.GetSheetList())
	rows, _ := f.GetRows("SNSアカウント")
	fmt.Println(rows[1][:3], rows[1][9], rows[1][11])
	// Output:
	// [委託事業者 外部サービス SNSアカウント 責任者 期限一覧]
	// [gikai-x 調布市議会 公式X 広報係] 低 2027/04/01
}

// BenchmarkWriteRegister writes the workbook of a register of 3,000
// entries (1,000 per kind) with two due items each.
func BenchmarkWriteRegister(b *testing.B) {
	reg := &riskassess.Register{Org: riskassess.Organisation{Sections: []riskassess.Section{{ID: "s", Name: riskassess.T("総務課", "")}}}}
	var as []riskassess.Assessment
	for i := range 1000 {
		id := "e" + strconv.Itoa(i)
		c := riskassess.Common{ID: id, Name: riskassess.T("株式会社テスト情報システム（第"+strconv.Itoa(i)+"号）", ""),
			Owner: riskassess.Owner{Section: "s", Person: "p" + strconv.Itoa(i%40)}}
		reg.Contractors = append(reg.Contractors, &riskassess.Contractor{Common: c, CorporateNumber: "1234567890123"})
		reg.Services = append(reg.Services, &riskassess.Service{Common: c, Provider: riskassess.Provider{Name: "提供者"}})
		reg.Social = append(reg.Social, &riskassess.Social{Common: c, Handle: "@x", URL: "https://x.example/x"})
		for _, k := range riskassess.Kinds() {
			as = append(as, riskassess.Assessment{Kind: k, EntryID: id, Residual: riskassess.RiskLevels()[i%4], Inherent: riskassess.RiskHigh,
				ControlScore: float64(i % 100), NextReview: riskassess.NewDate(2027, time.Month(1+i%12), 1), Due: []riskassess.DueItem{
					{Kind: riskassess.DueReview, Date: riskassess.NewDate(2026, time.Month(1+i%12), 1+i%28)},
					{Kind: riskassess.DueCertificate, Date: riskassess.NewDate(2027, time.Month(1+i%12), 1), What: "IS " + id},
				}})
		}
	}
	b.ReportAllocs()
	for b.Loop() {
		if err := xlsx.WriteRegister(io.Discard, reg, as, xlsx.RegisterOptions{}); err != nil {
			b.Fatal(err)
		}
	}
}

// TestWriteRegisterWarekiDates: with the wareki date style (the option,
// else register.yaml's date_style) a Japanese workbook's date cells show
// 和暦 and still hold the date's serial number; --dates iso and English
// workbooks keep yyyy/mm/dd.
func TestWriteRegisterWarekiDates(t *testing.T) {
	for _, tc := range []struct {
		name             string
		lang             riskassess.Lang
		opt, reg         riskassess.DateStyle
		wantFmt, shown   string
		wantWidthAtLeast float64
	}{
		{"option", "ja", riskassess.DateWareki, "", xlsx.WarekiDateFormat, "令和7年4月1日", 16},
		{"register", "ja", "", riskassess.DateWareki, xlsx.WarekiDateFormat, "令和7年4月1日", 16},
		{"option overrides register", "ja", riskassess.DateISO, riskassess.DateWareki, "yyyy/mm/dd", "2025/04/01", 10},
		{"english", "en", riskassess.DateWareki, riskassess.DateWareki, "yyyy/mm/dd", "2025/04/01", 10},
		{"default", "ja", "", "", "yyyy/mm/dd", "2025/04/01", 10},
	} {
		t.Run(tc.name, func(t *testing.T) {
			reg, as := regTestRegister()
			reg.Org.DateStyle = tc.reg
			_, f := writeRegisterBook(t, reg, as, xlsx.RegisterOptions{Lang: tc.lang, Dates: tc.opt})
			sheet := xlsx.RegisterSheetName(riskassess.KindContractor, tc.lang)
			col := regHeaderCol(t, f, sheet, riskassess.T("承認日", "Approved on").In(tc.lang))
			cell := col + "2"
			sid, _ := f.GetCellStyle(sheet, cell)
			style, _ := f.GetStyle(sid)
			if style.CustomNumFmt == nil || *style.CustomNumFmt != tc.wantFmt {
				t.Errorf("%s!%s number format %v, want %s", sheet, cell, style.CustomNumFmt, tc.wantFmt)
			}
			if got, _ := f.GetCellValue(sheet, cell); got != tc.shown {
				t.Errorf("%s!%s shown as %q, want %q", sheet, cell, got, tc.shown)
			}
			raw, _ := f.GetCellValue(sheet, cell, excelize.Options{RawCellValue: true})
			if raw != "45748" { // 2025-04-01
				t.Errorf("%s!%s raw value %q, want the serial 45748", sheet, cell, raw)
			}
			if w, _ := f.GetColWidth(sheet, col); w < tc.wantWidthAtLeast {
				t.Errorf("%s column %s width %v, want at least %v", sheet, col, w, tc.wantWidthAtLeast)
			}
		})
	}
}

// TestWriteRegisterWarekiLibreOffice: LibreOffice renders the wareki date
// format as 令和 (it does not understand [$-ja-JP-x-gannen]; see
// xlsx.WarekiDateFormat).
func TestWriteRegisterWarekiLibreOffice(t *testing.T) {
	var bins [2]string
	for i, name := range []string{"soffice", "pdftotext"} {
		p, err := exec.LookPath(name)
		if err != nil {
			if os.Getenv("CI") == "true" {
				t.Fatalf("%s not found; CI=true requires it", name)
			}
			t.Skipf("%s not found: skipping the LibreOffice rendering check", name)
		}
		bins[i] = p
	}
	reg, as := regTestRegister()
	var buf bytes.Buffer
	if err := xlsx.WriteRegister(&buf, reg, as, xlsx.RegisterOptions{Dates: riskassess.DateWareki}); err != nil {
		t.Fatal(err)
	}
	in := filepath.Join(t.TempDir(), "register.xlsx")
	if err := os.WriteFile(in, buf.Bytes(), 0o600); err != nil {
		t.Fatal(err)
	}
	outDir := t.TempDir()
	ctx, cancel := context.WithTimeout(context.Background(), 3*time.Minute)
	defer cancel()
	cmd := exec.CommandContext(ctx, bins[0], "-env:UserInstallation=file://"+filepath.ToSlash(t.TempDir()), "--headless", "--norestore",
		"--convert-to", "pdf", "--outdir", outDir, in)
	cmd.Env = append(os.Environ(), "HOME="+t.TempDir())
	if b, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("soffice: %v\n%s", err, b)
	}
	out, err := exec.Command(bins[1], "-layout", filepath.Join(outDir, "register.pdf"), "-").Output()
	if err != nil {
		t.Fatalf("pdftotext: %v", err)
	}
	text := string(out)
	for _, want := range []string{"令和7年4月1日", "令和9年3月31日"} {
		if !strings.Contains(text, want) {
			t.Errorf("LibreOffice's PDF lacks %q:\n%s", want, text)
		}
	}
	if strings.Contains(text, "45748") || strings.Contains(text, "2025/04/01") {
		t.Errorf("LibreOffice shows the approval date as a serial or ISO date:\n%s", text)
	}
}

// TestWriteRegisterLongCell: a text longer than a cell holds (the contracts
// of an entry with long scopes) is not cut silently by excelize: it ends
// with a note of how many characters were left out.
func TestWriteRegisterLongCell(t *testing.T) {
	reg, as := regTestRegister()
	c := reg.Contractors[0]
	c.Contracts = []riskassess.Contract{{ID: "R8-1", Scope: strings.Repeat("仕様", 20000)}, {ID: "R8-2", Scope: "最後の契約"}}
	for _, lang := range []riskassess.Lang{"ja", "en"} {
		var buf bytes.Buffer
		if err := xlsx.WriteRegister(&buf, reg, as, xlsx.RegisterOptions{Lang: lang}); err != nil {
			t.Fatal(err)
		}
		f, err := excelize.OpenReader(bytes.NewReader(buf.Bytes()))
		if err != nil {
			t.Fatal(err)
		}
		sheet := xlsx.RegisterSheetName(riskassess.KindContractor, lang)
		col := regHeaderCol(t, f, sheet, map[riskassess.Lang]string{"ja": "契約", "en": "Contracts"}[lang])
		got, _ := f.GetCellValue(sheet, col+"2")
		f.Close()
		full := "R8-1 " + strings.Repeat("仕様", 20000)
		want := map[riskassess.Lang]string{"ja": "文字は、セルに入りきらないため省略。全文は CSV・JSON の書き出しにあります）",
			"en": "more characters left out: too long for a cell; the CSV and JSON exports hold the full text)"}[lang]
		n := len([]rune(got))
		if n > excelize.TotalCellChars || !strings.HasPrefix(got, full[:300]) || !strings.HasSuffix(got, want) {
			t.Errorf("%s: %s!%s2: %d characters, starting %q, ending %q; want at most %d, ending %q",
				lang, sheet, col, n, string([]rune(got)[:20]), string([]rune(got)[max(n-60, 0):]), excelize.TotalCellChars, want)
		}
	}
}

// TestWriteRegisterDimensions: every sheet of the register workbook
// declares the range of its header and rows. The stream writer declared
// "A1", and a reader that trusts the declared range (openpyxl in read-only
// mode) saw the header's first cell and no entry.
func TestWriteRegisterDimensions(t *testing.T) {
	reg, as := regTestRegister()
	for _, opts := range []xlsx.RegisterOptions{{Lang: "ja"}, {Lang: "en"}, {Lang: "ja", Kind: riskassess.KindSocial}} {
		b, _ := writeRegisterBook(t, reg, as, opts)
		used, declared := xlsx.UsedRanges(t, b)
		if diff := cmp.Diff(used, declared); diff != "" {
			t.Errorf("%+v: declared dimensions (-used +declared):\n%s", opts, diff)
		}
	}
}
