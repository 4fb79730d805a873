package publiclist

import (
	"bytes"
	"encoding/csv"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/gikai-sec/riskregister/riskassess"
	"github.com/google/go-cmp/cmp"
	"github.com/xuri/excelize/v2"
	"golang.org/x/text/encoding/japanese"
	"golang.org/x/text/encoding/unicode"
)

func date(s string) riskassess.Date {
	d, err := riskassess.ParseDate(s)
	if err != nil {
		panic(err)
	}
	return d
}

// portalWant is what testdata/ismap-portal.csv holds.
var portalWant = []riskassess.ISMAPListing{
	{Number: "C22-0077-3", Service: "クラウドストレージ", Provider: "株式会社ストラタスファイル", Registered: date("2022-05-01"), ValidUntil: date("2027-04-30"), Scope: "ファイル共有、ファイル同期、管理コンソール（東日本リージョン）"},
	{Number: "C22-0031-1", Service: "多摩クラウドメール", Provider: "株式会社多摩クラウドメール", Registered: date("2022-03-01"), ValidUntil: date("2027-08-31"), Scope: "メール、予定表"},
	{Number: "C23-0118-1", Service: "ペーパーレス会議システム", Provider: "株式会社ペーパーレス議会", Registered: date("2023-07-01"), ValidUntil: date("2027-06-30"), Scope: "資料配信、注釈"},
	{Number: "C21-0099-2", Service: "Confera Meetings", Provider: "Confera Communications, Inc.", Registered: date("2021-03-01"), ValidUntil: date("2027-02-28"), Scope: "ビデオ会議、チャット"},
}

func readFixture(t *testing.T, name string) []byte {
	t.Helper()
	b, err := os.ReadFile(filepath.Join("testdata", name))
	if err != nil {
		t.Fatal(err)
	}
	return b
}

// altBook is the portal list saved as xlsx with other spellings of every
// header (サービス名, 事業者名, 登録年月日, 有効期限（西暦）, 対象範囲), columns
// in another order, dates as Excel serial numbers and as text, a
// full-width registration number and a title above the header.
func altBook(t *testing.T) []byte {
	t.Helper()
	f := excelize.NewFile()
	defer f.Close()
	f.SetSheetName("Sheet1", "一覧")
	rows := [][]any{
		{"ISMAP-LIU クラウドサービスリスト"},
		{},
		{"No.", "事業者名", "サービス名", "登録番号", "登録年月日", "有効期限（西暦）", "対象範囲"},
		{1, "株式会社フォームワークス多摩", "Webフォーム", "Ｌ２３－００４２－１", 45108, "2027/6/30", "フォーム作成、集計"},
		{2, "株式会社ミナト", "議事録検索", "L24-0001-1", "令和6年4月1日", 46477, ""},
	}
	for i, r := range rows {
		cell, _ := excelize.CoordinatesToCellName(1, i+1)
		if err := f.SetSheetRow("一覧", cell, &r); err != nil {
			t.Fatal(err)
		}
	}
	var b bytes.Buffer
	if err := f.Write(&b); err != nil {
		t.Fatal(err)
	}
	return b.Bytes()
}

// bookOf returns an xlsx workbook whose Sheet1 holds rows from A1.
func bookOf(rows ...[]any) []byte {
	f := excelize.NewFile()
	defer f.Close()
	for i, r := range rows {
		cell, _ := excelize.CoordinatesToCellName(1, i+1)
		f.SetSheetRow("Sheet1", cell, &r)
	}
	var b bytes.Buffer
	f.Write(&b)
	return b.Bytes()
}

// book1904 is a list saved by Excel for Mac in the 1904 date system: its
// date cells count days from 1904-01-01 (44984 is 2027-02-28, which in
// the 1900 system would be 2023-02-27).
func book1904(t *testing.T) []byte {
	t.Helper()
	f := excelize.NewFile()
	defer f.Close()
	on := true
	if err := f.SetWorkbookProps(&excelize.WorkbookPropsOptions{Date1904: &on}); err != nil {
		t.Fatal(err)
	}
	f.SetSheetRow("Sheet1", "A1", &[]any{"登録番号", "クラウドサービス名称", "クラウドサービス事業者名", "登録日", "有効期限"})
	f.SetSheetRow("Sheet1", "A2", &[]any{"C21-0099-2", "Confera Meetings", "Confera Communications, Inc.", 42794, 44984})
	var b bytes.Buffer
	if err := f.Write(&b); err != nil {
		t.Fatal(err)
	}
	return b.Bytes()
}

func TestReadISMAP(t *testing.T) {
	sjis, err := japanese.ShiftJIS.NewEncoder().Bytes(bytes.TrimPrefix(readFixture(t, "ismap-portal.csv"), []byte("\xef\xbb\xbf")))
	if err != nil {
		t.Fatal(err)
	}
	altWant := []riskassess.ISMAPListing{
		{Number: "L23-0042-1", Service: "Webフォーム", Provider: "株式会社フォームワークス多摩", Registered: date("2023-07-01"), ValidUntil: date("2027-06-30"), Scope: "フォーム作成、集計"},
		{Number: "L24-0001-1", Service: "議事録検索", Provider: "株式会社ミナト", Registered: date("2024-04-01"), ValidUntil: date("2027-03-31")},
	}
	// Excel's "Unicode text": tab-separated, UTF-16 little-endian with BOM.
	rows, err := csv.NewReader(bytes.NewReader(readFixture(t, "ismap-portal.csv"))).ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	var tsv bytes.Buffer
	w := csv.NewWriter(&tsv)
	w.Comma, w.UseCRLF = '\t', true
	w.WriteAll(rows)
	utf16, err := unicode.UTF16(unicode.LittleEndian, unicode.UseBOM).NewEncoder().Bytes(bytes.TrimPrefix(tsv.Bytes(), []byte("\xef\xbb\xbf")))
	if err != nil {
		t.Fatal(err)
	}
	for _, tt := range []struct {
		name, file string
		data       []byte
		want       []riskassess.ISMAPListing
	}{
		{"Excel Unicode text (UTF-16, tab-separated)", "list.txt", utf16, portalWant},
		{"xlsx in the 1904 date system (Excel for Mac)", "list.xlsx", book1904(t), []riskassess.ISMAPListing{
			{Number: "C21-0099-2", Service: "Confera Meetings", Provider: "Confera Communications, Inc.", Registered: date("2021-03-01"), ValidUntil: date("2027-02-28")}}},
		{"portal CSV, UTF-8 with BOM", "list.csv", readFixture(t, "ismap-portal.csv"), portalWant},
		{"dates as 8 digits", "list.csv", []byte("登録番号,クラウドサービス名称,クラウドサービス事業者名,登録日,有効期限\nC22-0077-3,クラウドストレージ,株式会社ストラタスファイル,20220501,46507\n"),
			[]riskassess.ISMAPListing{{Number: "C22-0077-3", Service: "クラウドストレージ", Provider: "株式会社ストラタスファイル", Registered: date("2022-05-01"), ValidUntil: date("2027-04-30")}}},
		{"portal CSV saved by Excel in Shift_JIS", "list.csv", sjis, portalWant},
		{"xlsx with other header spellings", "list.xlsx", altBook(t), altWant},
		{"CSV saved by Excel with CRLF and line breaks inside cells", "list.csv", []byte("登録番号,クラウドサービス名称,クラウドサービス事業者名,有効期限,言明の対象範囲\r\n" +
			"\"C22-0077-3\r\n\",\"クラウドストレージ\r\n（大容量ファイル共有）\",\"株式会社\r\nストラタスファイル\",\"2027/4/30\r\n\",\"ファイル共有\r\n\r\n管理コンソール\tほか\r\n\"\r\n"),
			[]riskassess.ISMAPListing{{Number: "C22-0077-3", Service: "クラウドストレージ （大容量ファイル共有）", Provider: "株式会社 ストラタスファイル", ValidUntil: date("2027-04-30"), Scope: "ファイル共有\n管理コンソール ほか"}}},
	} {
		t.Run(tt.name, func(t *testing.T) {
			got, err := ReadISMAP(bytes.NewReader(tt.data), tt.file)
			if err != nil {
				t.Fatal(err)
			}
			if d := cmp.Diff(tt.want, got); d != "" {
				t.Errorf("ReadISMAP (-want +got):\n%s", d)
			}
		})
	}
}

// TestReadISMAPRefuses feeds files the reader must not read silently
// wrong: no header it can map (the message lists the headers seen), a
// number not in the registration form, a number twice, a date it cannot
// read, a row without provider, two columns for one field.
func TestReadISMAPRefuses(t *testing.T) {
	for _, tt := range []struct {
		file, place string
		want        []string // parts of the English message
		wantJa      string
	}{
		{"ismap-noheader.csv", "", []string{`headers seen: "番号", "名前", "会社", "日付"`, "registration number (登録番号", "Provider)"}, "見出しの行が見つかりません"},
		{"ismap-badnumber.csv", "3:1", []string{`"hello" is not in the form`}, "ISMAP の登録番号の形"},
		{"ismap-duplicate.csv", "3:1", []string{"C22-0077-3 is listed twice (first at 2:1)"}, "2回あります"},
		{"ismap-baddate.csv", "2:4", []string{`cannot read the expiry "来年" as a date`}, "日付として読めません"},
		{"ismap-emptyprovider.csv", "2:3", []string{"the provider is empty"}, "クラウドサービス事業者名が空です"},
		{"year alone as the expiry", "2:4", []string{`cannot read the expiry "2027" as a date`}, "日付として読めません"},
		{"ismap-twoexpiry.csv", "", []string{`the headers "有効期限" and "登録有効期限" both read as the expiry column`}, "どちらも"},
		{"nta-zenkoku-unicode.csv", "", []string{"no header row found"}, "見出しの行が見つかりません"},
	} {
		t.Run(tt.file, func(t *testing.T) {
			data := []byte("登録番号,クラウドサービス名称,クラウドサービス事業者名,有効期限\nC22-0077-3,クラウドストレージ,株式会社ストラタスファイル,2027\n")
			if strings.HasSuffix(tt.file, ".csv") {
				data = readFixture(t, tt.file)
			}
			_, err := ReadISMAP(bytes.NewReader(data), tt.file)
			e, ok := err.(*Error)
			if !ok {
				t.Fatalf("ReadISMAP: %v, want an *Error", err)
			}
			if e.Place != tt.place {
				t.Errorf("Place = %q, want %q", e.Place, tt.place)
			}
			for _, w := range tt.want {
				if !strings.Contains(e.Message("en"), w) {
					t.Errorf("message %q does not contain %q", e.Message("en"), w)
				}
			}
			if !strings.Contains(e.Message("ja"), tt.wantJa) {
				t.Errorf("Japanese message %q does not contain %q", e.Message("ja"), tt.wantJa)
			}
		})
	}
	t.Run("header on two rows", func(t *testing.T) {
		f := excelize.NewFile()
		f.SetSheetRow("Sheet1", "A1", &[]any{"登録番号", "クラウドサービス名称", "クラウドサービス事業者名", "登録の有効期間", ""})
		f.SetSheetRow("Sheet1", "A2", &[]any{"", "", "", "登録日", "有効期限"})
		f.SetSheetRow("Sheet1", "A3", &[]any{"C21-0099-2", "Confera Meetings", "Confera Communications, Inc.", "2021/3/1", "2027/2/28"})
		for _, m := range []string{"A1:A2", "B1:B2", "C1:C2", "D1:E1"} {
			c := strings.Split(m, ":")
			f.MergeCell("Sheet1", c[0], c[1])
		}
		var b bytes.Buffer
		f.Write(&b)
		got, err := ReadISMAP(&b, "x.xlsx")
		if e, ok := err.(*Error); !ok || e.Place != "Sheet1!D2" || !strings.Contains(e.Message("en"), `the header "登録日" is in the row below the header row`) {
			t.Errorf("ReadISMAP = %v, %v; want the second header row refused", got, err)
		}
	})
	t.Run("xlsx with two lists refused", func(t *testing.T) {
		f := excelize.NewFile()
		f.SetSheetName("Sheet1", "ISMAP")
		f.NewSheet("ISMAP-LIU")
		f.SetSheetRow("ISMAP", "A1", &[]any{"登録番号", "クラウドサービス名称", "クラウドサービス事業者名"})
		f.SetSheetRow("ISMAP", "A2", &[]any{"C21-0099-2", "Confera Meetings", "Confera Communications, Inc."})
		f.SetSheetRow("ISMAP-LIU", "A1", &[]any{"登録番号", "クラウドサービス名称", "クラウドサービス事業者名"})
		f.SetSheetRow("ISMAP-LIU", "A2", &[]any{"L23-0042-1", "Webフォーム", "株式会社フォームワークス多摩"})
		var b bytes.Buffer
		f.Write(&b)
		got, err := ReadISMAP(&b, "x.xlsx")
		if e, ok := err.(*Error); !ok || e.Place != "" || !strings.Contains(e.Message("en"), `2 sheets with a list of services ("ISMAP", "ISMAP-LIU")`) {
			t.Errorf("ReadISMAP = %v, %v; want both sheets named", got, err)
		}
	})
	t.Run("xlsx without header names the sheet", func(t *testing.T) {
		f := excelize.NewFile()
		f.SetSheetRow("Sheet1", "A1", &[]any{"名称", "会社"})
		var b bytes.Buffer
		f.Write(&b)
		_, err := ReadISMAP(&b, "x.xlsx")
		if e, ok := err.(*Error); !ok || e.Place != "Sheet1" || !strings.Contains(e.Message("en"), `"名称", "会社"`) {
			t.Errorf("ReadISMAP = %v, want the headers of Sheet1", err)
		}
	})
}

// TestReadISMAPWithdrawn: a service the list marks as withdrawn or lapsed
// (a status or remarks column, or a section of its own below the listed
// services) is refused with its cell, never recorded as listed.
func TestReadISMAPWithdrawn(t *testing.T) {
	const hdr = "登録番号,クラウドサービス名称,クラウドサービス事業者名,有効期限,"
	listed := []any{"C21-0099-2", "オンライン会議ツール", "Confera Communications, Inc.", "2027/2/28"}
	for _, tt := range []struct {
		name, file string
		data       []byte
		place      string
		want       string // part of the English message
	}{
		{"status column 登録取消", "list.csv", []byte(hdr + "状態\nC22-0077-3,クラウドストレージ,株式会社ストラタスファイル,2027/4/30,登録\nC22-0031-1,メール,株式会社多摩クラウドメール,2026/8/31,登録取消\n"), "3:5", `状態 "登録取消": so that a withdrawn or lapsed service is not recorded as listed`},
		{"remarks column 失効", "list.csv", []byte(hdr + "備考（更新状況）\nC22-0031-1,メール,株式会社多摩クラウドメール,2026/8/31,2026年9月1日 失効\n"), "2:5", "withdrawn or lapsed service"},
		{"section of withdrawn services", "list.xlsx", bookOf(
			[]any{"No.", "登録番号", "クラウドサービス名称", "クラウドサービス事業者名", "有効期限"},
			append([]any{1}, listed...), []any{},
			[]any{"登録取消・失効したクラウドサービス"},
			[]any{"No.", "登録番号", "クラウドサービス名称", "クラウドサービス事業者名", "有効期限"},
			[]any{1, "C22-0031-1", "メール", "株式会社多摩クラウドメール", "2026/8/31"},
		), "Sheet1!A4", "the services below seem to be withdrawn or lapsed"},
		{"second list under a header of its own", "list.xlsx", bookOf(
			[]any{"登録番号", "クラウドサービス名称", "クラウドサービス事業者名", "有効期限"},
			listed,
			[]any{"登録番号", "クラウドサービス名称", "クラウドサービス事業者名", "有効期限"},
			[]any{"C22-0031-1", "メール", "株式会社多摩クラウドメール", "2026/8/31"},
		), "Sheet1!A3", `the header "登録番号" comes again`},
	} {
		t.Run(tt.name, func(t *testing.T) {
			got, err := ReadISMAP(bytes.NewReader(tt.data), tt.file)
			e, ok := err.(*Error)
			if !ok {
				t.Fatalf("ReadISMAP = %v, %v; want an *Error", got, err)
			}
			if e.Place != tt.place || !strings.Contains(e.Message("en"), tt.want) {
				t.Errorf("ReadISMAP: %q, want at %s a message with %q", e.Message("en"), tt.place, tt.want)
			}
		})
	}
	// A status saying the service is listed is read.
	got, err := ReadISMAP(strings.NewReader(hdr+"状態\nC22-0077-3,クラウドストレージ,株式会社ストラタスファイル,2027/4/30,登録済み\n"), "list.csv")
	if err != nil || len(got) != 1 {
		t.Errorf("ReadISMAP = %v, %v; want the listed service", got, err)
	}
}

func TestNameKey(t *testing.T) {
	for _, tt := range []struct{ a, b string }{
		{"株式会社アクメ", "アクメ株式会社"},
		{"株式会社アクメ", "㈱アクメ"},
		{"株式会社アクメ", "(株)アクメ"},
		{"株式会社アクメ", "アクメ　株式会社"},
		{"株式会社ＡＣＭＥ", "acme株式会社"},
		{"ｱｸﾒ株式会社", "アクメ"},
	} {
		if NameKey(tt.a) != NameKey(tt.b) {
			t.Errorf("NameKey(%q) = %q, NameKey(%q) = %q, want equal", tt.a, NameKey(tt.a), tt.b, NameKey(tt.b))
		}
	}
	for _, tt := range []struct{ a, b string }{
		{"株式会社アクメ", "株式会社アクメ商事"},
		{"アクメ合同会社", "アクメ有限会社株式会社"},
	} {
		if NameKey(tt.a) == NameKey(tt.b) {
			t.Errorf("NameKey(%q) = NameKey(%q) = %q, want different", tt.a, tt.b, NameKey(tt.a))
		}
	}
	if KanaKey("カブシキガイシャ アクメ") != KanaKey("あくめ") || KanaKey("ｱｸﾒ") != "アクメ" {
		t.Errorf("KanaKey: %q %q %q", KanaKey("カブシキガイシャ アクメ"), KanaKey("あくめ"), KanaKey("ｱｸﾒ"))
	}
}

// TestParseListDateSerialOutOfRange: a number below 2000-01-01's serial
// (a year alone, 2027) or past Excel's last day is refused with a reason in
// Japanese first and English second ("ja / en", as package wareki's
// reasons are), naming the number and the fix; it was "serial 2027 out of
// range", in English only.
func TestParseListDateSerialOutOfRange(t *testing.T) {
	for _, v := range []string{"2027", "3000000", "-1"} {
		_, err := parseListDate(v, false)
		if err == nil {
			t.Fatalf("parseListDate(%q): no error", v)
		}
		ja, en, ok := strings.Cut(err.Error(), " / ")
		if !ok || !strings.Contains(ja, "数値 "+v+" は") || !strings.Contains(ja, "年月日を区切って") ||
			!strings.Contains(en, "the number "+v+" is not an Excel date serial") {
			t.Errorf("parseListDate(%q) = %q, want Japanese first, then English, naming the number and the fix", v, err)
		}
	}
}

// TestParseListDateGoSyntax: strconv reads Go's number syntax; a cell
// 4_6113 was the serial 46113 (2026-04-01) and 0x1p4 a day of 1900.
func TestParseListDateGoSyntax(t *testing.T) {
	for _, v := range []string{"4_6113", "0x1p4", "4.6113e4_0"} {
		if d, err := parseListDate(v, false); err == nil {
			t.Errorf("parseListDate(%q) = %s, want an error", v, d)
		}
	}
	if d, err := parseListDate("46113", false); err != nil || d.String() != "2026-04-01" {
		t.Errorf("parseListDate(46113) = %s, %v", d, err)
	}
}
