package xlsx

import (
	"archive/zip"
	"bytes"
	"errors"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"github.com/gikai-sec/riskregister/riskassess"
	"github.com/gikai-sec/riskregister/riskassess/wareki"
	"github.com/google/go-cmp/cmp"
	"github.com/xuri/excelize/v2"
)

// TestCellErrorCodes produces every problem code the reader reports for a
// readable workbook and checks its position, severity and message.
func TestCellErrorCodes(t *testing.T) {
	q := defaultQ()
	base := generate(t, q)
	opts := ReadOptions{Requirements: q.Requirements, Kind: riskassess.KindContractor, EntryID: "acme", CatalogueVersion: testVersion}
	row := func(f *excelize.File, id string) string { return strconv.Itoa(rowOf(t, f, qs, id)) }
	tests := []struct {
		name string
		edit func(f *excelize.File) // nil: unchanged workbook
		opts func(o *ReadOptions)
		code ErrorCode
		// pos is the expected "Sheet!Cell" of the problem; msg, if set, the
		// whole Error() text.
		pos, msg string
	}{
		{name: "unknown answer", code: ErrUnknownAnswer, pos: "質問!D3",
			msg:  `質問!D3: unknown answer "たぶん" (allowed: はい, いいえ, 一部, 該当なし)`,
			edit: func(f *excelize.File) { f.SetCellStr(qs, "D"+row(f, "Q-YN-02"), "たぶん") }},
		{name: "half-width katakana ﾀﾌﾞﾝ is not guessed", code: ErrUnknownAnswer, pos: "質問!D3",
			edit: func(f *excelize.File) { f.SetCellStr(qs, "D"+row(f, "Q-YN-02"), "ﾀﾌﾞﾝ") }},
		{name: "unknown choice", code: ErrUnknownAnswer,
			msg:  `質問!D30: unknown answer "ISMAP申請中" (allowed: ISMAP登録済み, ISMAP-LIU登録済み, 登録なし)`,
			edit: func(f *excelize.File) { f.SetCellStr(qs, "D"+row(f, "Q-CH-02"), "ISMAP申請中") }},
		{name: "missing question", code: ErrMissingQuestion, pos: "質問",
			msg:  `質問: missing question "Q-YN-03"`,
			edit: func(f *excelize.File) { r, _ := strconv.Atoi(row(f, "Q-YN-03")); f.RemoveRow(qs, r) }},
		{name: "extra unknown question", code: ErrExtraQuestion, pos: "質問!A4",
			edit: func(f *excelize.File) { f.SetCellStr(qs, "A"+row(f, "Q-YN-03"), "Q-YN-99") }},
		{name: "wrong kind", code: ErrWrongKind, pos: "_meta!B2",
			msg:  `_meta!B2: wrong kind "contractor" (allowed: service)`,
			opts: func(o *ReadOptions) { o.Kind = riskassess.KindService }},
		{name: "wrong entry", code: ErrWrongEntry, pos: "_meta!B3",
			msg:  `_meta!B3: wrong entry "acme" (allowed: beta)`,
			opts: func(o *ReadOptions) { o.EntryID = "beta" }},
		{name: "entry not in register", code: ErrWrongEntry, pos: "_meta!B3",
			opts: func(o *ReadOptions) { o.Register = &riskassess.Register{} }},
		{name: "other catalogue version", code: ErrOtherVersion, pos: "_meta!B4",
			opts: func(o *ReadOptions) { o.CatalogueVersion = "2027.1" }},
		{name: "duplicate question row", code: ErrDuplicateRow,
			edit: func(f *excelize.File) { r, _ := strconv.Atoi(row(f, "Q-YN-05")); f.DuplicateRow(qs, r) }},
		{name: "bad date", code: ErrBadDate, pos: "質問!D33",
			edit: func(f *excelize.File) { f.SetCellStr(qs, "D"+row(f, "Q-DT-02"), "来年4月") }},
		{name: "impossible era date", code: ErrBadDate,
			edit: func(f *excelize.File) { f.SetCellStr(qs, "D"+row(f, "Q-DT-02"), "平成31年5月1日") }},
		{name: "bad number", code: ErrBadNumber,
			edit: func(f *excelize.File) { f.SetCellStr(qs, "D"+row(f, "Q-NUM-02"), "約百") }},
		{name: "not answered", code: ErrNotAnswered, pos: "質問!D3",
			edit: func(f *excelize.File) { f.SetCellStr(qs, "D"+row(f, "Q-YN-02"), "\u3000") }},
		{name: "bad respondent date", code: ErrBadDate,
			edit: func(f *excelize.File) {
				rows, _ := f.GetRows("表紙")
				for i, r := range rows {
					if len(r) > 0 && strings.HasPrefix(r[0], "回答日") {
						f.SetCellStr("表紙", "B"+strconv.Itoa(i+1), "きのう")
					}
				}
			}},
		{name: "metadata edited", code: ErrBadMeta, pos: "_meta!B7",
			edit: func(f *excelize.File) { f.SetCellStr(MetaSheet, "B3", "beta") },
			opts: func(o *ReadOptions) { o.EntryID = "" }},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			b := base
			if tc.edit != nil {
				f := workbook(t, base)
				tc.edit(f)
				b = save(t, f)
			}
			o := opts
			if tc.opts != nil {
				tc.opts(&o)
			}
			res := readBytes(t, b, o)
			var got *CellError
			for _, p := range res.Problems {
				if p.Code == tc.code {
					got = p
					break
				}
			}
			if got == nil {
				t.Fatalf("no %q problem; got %v", tc.code, res.Problems)
			}
			for _, p := range res.Problems {
				checkSaysOnce(t, p)
			}
			if tc.pos != "" && got.Pos() != tc.pos {
				t.Errorf("position %q, want %q", got.Pos(), tc.pos)
			}
			if tc.msg != "" && got.Error() != tc.msg {
				t.Errorf("message\n got %s\nwant %s", got.Error(), tc.msg)
			}
			if res.HasErrors() != (tc.code.Severity() == SeverityError) {
				t.Errorf("HasErrors = %v for a %s", res.HasErrors(), tc.code.Severity())
			}
			if got.QuestionID != "" {
				var it *Item
				for i := range res.Items {
					if res.Items[i].ID == got.QuestionID {
						it = &res.Items[i]
					}
				}
				if it == nil || it.Code != tc.code.String() || it.Message == "" {
					t.Errorf("item of %s = %+v, want code %q and a message", got.QuestionID, it, tc.code)
				}
				if _, imported := res.Answers[got.QuestionID]; imported {
					t.Errorf("%s imported despite %q", got.QuestionID, tc.code)
				}
			}
		})
	}
}

func TestBadDateWrapsWarekiError(t *testing.T) {
	q := defaultQ()
	f := workbook(t, generate(t, q))
	f.SetCellStr(qs, "D"+strconv.Itoa(rowOf(t, f, qs, "Q-DT-03")), "令和8年2月30日")
	res := readBytes(t, save(t, f), ReadOptions{Requirements: q.Requirements})
	var bad []*CellError
	for _, p := range res.Problems {
		if p.Severity() == SeverityError {
			bad = append(bad, p)
		}
	}
	var pe *wareki.ParseError
	if len(bad) != 1 || bad[0].Code != ErrBadDate || !errors.As(bad[0], &pe) || pe.Code != wareki.ErrDay {
		t.Fatalf("errors %v: want one bad date wrapping wareki.ErrDay", bad)
	}
}

// TestFatal covers the codes Read returns as its error: the file is not
// read at all.
func TestFatal(t *testing.T) {
	q := defaultQ()
	plain := excelize.NewFile()
	plain.SetCellStr("Sheet1", "A1", "売上")
	plainB := save(t, plain)
	noHeader := workbook(t, generate(t, q))
	for c := 1; c <= 6; c++ {
		cell, _ := excelize.CoordinatesToCellName(c, 1)
		noHeader.SetCellStr(qs, cell, "")
	}
	noHeaderB := save(t, noHeader)
	var ods bytes.Buffer
	zw := zip.NewWriter(&ods)
	w, _ := zw.CreateHeader(&zip.FileHeader{Name: "mimetype", Method: zip.Store})
	w.Write([]byte("application/vnd.oasis.opendocument.spreadsheet"))
	w, _ = zw.Create("content.xml")
	w.Write([]byte(`<office:document-content/>`))
	zw.Close()
	ole := append(append([]byte{}, oleMagic...), make([]byte, 504)...)
	encrypted := append(append([]byte{}, ole...), utf16le("EncryptedPackage")...)
	tests := []struct {
		name string
		b    []byte
		opts ReadOptions
		code ErrorCode
		hint string
	}{
		{"csv named .xlsx", []byte("ID,回答\nQ-YN-01,はい\n"), ReadOptions{}, ErrUnsupportedFormat, "CSV"},
		{"ods", ods.Bytes(), ReadOptions{}, ErrUnsupportedFormat, "OpenDocument"},
		{"xls (OLE without encryption)", ole, ReadOptions{}, ErrUnsupportedFormat, ".xls"},
		{"encrypted", encrypted, ReadOptions{}, ErrEncrypted, "password"},
		{"empty", nil, ReadOptions{}, ErrUnsupportedFormat, "empty"},
		{"zip but not a workbook", zipOf(t, "readme.txt", "hello"), ReadOptions{}, ErrUnsupportedFormat, "not an Excel"},
		{"damaged zip", zipOf(t, "readme.txt", "hello")[:40], ReadOptions{}, ErrUnsupportedFormat, "damaged zip"},
		{"too large", generate(t, q), ReadOptions{MaxSize: 1000}, ErrTooLarge, "at most 1000 bytes"},
		{"unzips too large", generate(t, q), ReadOptions{UnzipSizeLimit: 20000}, ErrTooLarge, "at most 20000 bytes unzipped"},
		{"not a questionnaire", plainB, ReadOptions{}, ErrNotQuestionnaire, ""},
		{"missing header", noHeaderB, ReadOptions{}, ErrMissingHeader, ""},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			res, err := Read(bytes.NewReader(tc.b), int64(len(tc.b)), tc.opts)
			var ce *CellError
			if !errors.As(err, &ce) || ce.Code != tc.code {
				t.Fatalf("Read = %v, %v; want a %q *CellError", res, err, tc.code)
			}
			if res != nil {
				t.Errorf("result %v returned with a fatal error", res)
			}
			checkSaysOnce(t, ce)
			if !strings.Contains(err.Error(), tc.hint) {
				t.Errorf("message %q does not mention %q", err, tc.hint)
			}
			if tc.code == ErrUnsupportedFormat || tc.code == ErrEncrypted {
				if !strings.Contains(err.Error(), ".xlsx 形式で保存し直してください") || !strings.Contains(err.Error(), "save it as .xlsx") {
					t.Errorf("refusal %q lacks the bilingual save-as advice", err)
				}
			}
		})
	}
}

func zipOf(t *testing.T, name, content string) []byte {
	var b bytes.Buffer
	zw := zip.NewWriter(&b)
	w, _ := zw.Create(name)
	w.Write([]byte(content))
	zw.Close()
	return b.Bytes()
}

func TestExternalEncrypted(t *testing.T) {
	dir := sharedDir(t)
	_, err := ReadFile(filepath.Join(dir, "edge-encrypted-password-protected-not-zip.xlsx"), ReadOptions{})
	var ce *CellError
	if !errors.As(err, &ce) || ce.Code != ErrEncrypted {
		t.Fatalf("ReadFile = %v, want ErrEncrypted", err)
	}
}

// TestExternalWorkbooks reads every workbook of ../shared/external-xlsx:
// none may panic; each either reads or fails with a *CellError.
func TestExternalWorkbooks(t *testing.T) {
	dir := sharedDir(t)
	files, _ := filepath.Glob(filepath.Join(dir, "*.xlsx"))
	if len(files) == 0 {
		t.Skip("no external workbooks")
	}
	for _, p := range files {
		t.Run(filepath.Base(p), func(t *testing.T) {
			res, err := ReadFile(p, ReadOptions{})
			if err != nil {
				var ce *CellError
				if !errors.As(err, &ce) {
					t.Fatalf("unstructured error %T: %v", err, err)
				}
				t.Logf("%s", err)
				return
			}
			t.Logf("sheet %q: %d questions, %d problems", res.Sheet, len(res.Items), len(res.Problems))
		})
	}
}

// TestExternalDate1904 reads the date1904 flag of a LibreOffice workbook.
func TestExternalDate1904(t *testing.T) {
	dir := sharedDir(t)
	b, err := os.ReadFile(filepath.Join(dir, "edge-libreoffice-7.3-date1904.xlsx"))
	if err != nil {
		t.Skip(err)
	}
	f := workbook(t, b)
	defer f.Close()
	p, err := f.GetWorkbookProps()
	if err != nil || p.Date1904 == nil || !*p.Date1904 {
		t.Fatalf("fixture is not a 1904 workbook: %v", err)
	}
	// 42735 in the 1904 system is 2021-01-01 (SOURCES.md).
	d, err := wareki.ExcelSerial(42735, true)
	if err != nil || d.String() != "2021-01-01" {
		t.Errorf("wareki.ExcelSerial(42735, 1904) = %v, %v", d, err)
	}
}

func TestSerialDates(t *testing.T) {
	for _, tc := range []struct {
		serial float64
		d1904  bool
		want   string
	}{
		{1, false, "1900-01-01"}, {59, false, "1900-02-28"}, {61, false, "1900-03-01"},
		{46113, false, "2026-04-01"}, {46113.75, false, "2026-04-01"}, {0, true, "1904-01-01"}, {44651, true, "2026-04-01"},
	} {
		d, err := wareki.ExcelSerial(tc.serial, tc.d1904)
		if err != nil || d.String() != tc.want {
			t.Errorf("wareki.ExcelSerial(%v, %v) = %v, %v; want %s", tc.serial, tc.d1904, d, err, tc.want)
		}
		if !tc.d1904 && tc.serial == float64(int(tc.serial)) {
			pd, _ := riskassess.ParseDate(tc.want)
			if got := dateToSerial(pd); got != tc.serial {
				t.Errorf("dateToSerial(%s) = %v, want %v", tc.want, got, tc.serial)
			}
		}
	}
	if _, err := wareki.ExcelSerial(0, false); err == nil {
		t.Error("serial 0 in the 1900 system accepted")
	}
}

func TestErrorCodeDocs(t *testing.T) {
	// Every code has an English and a Japanese name and is documented in
	// docs/questionnaires.md.
	doc, err := os.ReadFile(filepath.Join("..", "..", "docs", "questionnaires.md"))
	if err != nil {
		t.Fatal(err)
	}
	var missing []string
	for c := ErrUnknownAnswer; c <= lastCode; c++ {
		if _, ok := codeNames[c]; !ok {
			t.Errorf("code %d has no name", c)
		}
		if _, ok := codeNamesJa[c]; !ok {
			t.Errorf("code %v has no Japanese name", c)
		}
		if !bytes.Contains(doc, []byte("### "+c.String())) {
			missing = append(missing, c.String())
		}
	}
	if diff := cmp.Diff([]string(nil), missing); diff != "" {
		t.Errorf("codes without a section in docs/questionnaires.md (-want +got):\n%s", diff)
	}
}

// repeatedPhrase returns a phrase of at least 6 Japanese characters that
// msg says twice ("管理情報（_meta）が壊れています。管理情報（_meta シー
// トが…" says 管理情報（_meta twice), or "": a message says what is wrong
// once, then where and how to fix it. Runs of ASCII (question ids,
// values) may repeat.
func repeatedPhrase(msg string) string {
	r := []rune(msg)
	const n = 6
	seen := map[string]bool{}
	for i := 0; i+n <= len(r); i++ {
		s := r[i : i+n]
		ja := 0
		for _, c := range s {
			if c >= 0x3000 && c != '、' && c != '。' {
				ja++
			}
		}
		if ja < n-1 {
			continue
		}
		k := string(s)
		if seen[k] {
			return k
		}
		seen[k] = true
	}
	return ""
}

// checkSaysOnce fails t when p's Japanese message repeats a phrase.
func checkSaysOnce(t *testing.T, p *CellError) {
	t.Helper()
	if s := repeatedPhrase(p.Message("ja")); s != "" {
		t.Errorf("Japanese message says %q twice: %s", s, p.Message("ja"))
	}
}

func TestRepeatedPhrase(t *testing.T) {
	for msg, want := range map[string]string{
		"_meta!B7: 管理情報（_meta）が壊れています。管理情報（_meta シート）が書き換えられています。": "管理情報（_",
		"表紙: 点検者が空欄です「点検者 / Checker」。表紙の点検者が空欄です。":                 "点検者が空欄",
		"質問!D3: 質問「Q-YN-02」は未回答です。現在の回答「はい」をそのまま残します":              "",
		"パスワードで保護（暗号化）されています。パスワードで保護されたブックです":                     "パスワードで",
	} {
		if got := repeatedPhrase(msg); got != want {
			t.Errorf("repeatedPhrase(%q) = %q, want %q", msg, got, want)
		}
	}
}

// TestBadDateMessageInOneLanguage: the reason of a date that cannot be read
// (unknown era, month, era range) is given in the message's language only.
func TestBadDateMessageInOneLanguage(t *testing.T) {
	q := defaultQ()
	for _, tc := range []struct{ in, ja, en string }{
		{"X8年4月1日", "元号が分かりません", "unknown era"},
		{"令和8年13月1日", "13月はありません", "month 13 does not exist"},
		{"平成31年5月1日", "平成は平成31年4月30日までです", "Heisei ended on 2019-04-30"},
	} {
		f := workbook(t, generate(t, q))
		f.SetCellStr(qs, "D"+strconv.Itoa(rowOf(t, f, qs, "Q-DT-03")), tc.in)
		res := readBytes(t, save(t, f), ReadOptions{Requirements: q.Requirements})
		var bad []*CellError
		for _, p := range res.Problems {
			if p.Severity() == SeverityError {
				bad = append(bad, p)
			}
		}
		if len(bad) != 1 {
			t.Fatalf("%s: errors %v, want one bad date", tc.in, bad)
		}
		ja, en := bad[0].Message("ja"), bad[0].Message("en")
		if !strings.Contains(ja, tc.ja) || strings.Contains(ja, tc.en) {
			t.Errorf("%s: Japanese message %q: want %q without %q", tc.in, ja, tc.ja, tc.en)
		}
		if !strings.Contains(en, tc.en) || strings.Contains(en, tc.ja) {
			t.Errorf("%s: English message %q: want %q without %q", tc.in, en, tc.en, tc.ja)
		}
	}
}

// TestDateSerialOutOfRangeMessage: a date typed as 20261201 (a number past
// Excel's last date serial) is refused with a cause in the reader's
// language: the Japanese message is Japanese to its end, the English one
// English (no word but the product name Excel in Latin letters), and the
// number is shown as typed.
func TestDateSerialOutOfRangeMessage(t *testing.T) {
	q := defaultQ()
	coverRow := answeredRow
	tests := []struct {
		name string
		edit func(t *testing.T, f *excelize.File)
	}{
		{"cover date typed as a number", func(t *testing.T, f *excelize.File) {
			f.SetCellInt("表紙", "B"+coverRow(t, f), 20261201)
		}},
		{"cover date typed as text", func(t *testing.T, f *excelize.File) {
			f.SetCellStr("表紙", "B"+coverRow(t, f), "20261201")
		}},
		{"date answer typed as a number", func(t *testing.T, f *excelize.File) {
			f.SetCellInt(qs, "D"+strconv.Itoa(rowOf(t, f, qs, "Q-DT-03")), 20261201)
		}},
		{"date answer typed in full width", func(t *testing.T, f *excelize.File) {
			f.SetCellStr(qs, "D"+strconv.Itoa(rowOf(t, f, qs, "Q-DT-03")), "２０２６１２０１")
		}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			f := workbook(t, generate(t, q))
			tc.edit(t, f)
			res := readBytes(t, save(t, f), ReadOptions{Requirements: q.Requirements})
			var got *CellError
			for _, p := range res.Problems {
				if p.Code == ErrBadDate {
					got = p
				}
			}
			if got == nil {
				t.Fatalf("no %q problem; got %v", ErrBadDate, res.Problems)
			}
			ja, en := got.Message("ja"), got.Message("en")
			_, jaCause, _ := strings.Cut(ja, "）。")
			if !strings.Contains(jaCause, "数値 20261201 は Excel の日付の通し番号") || strings.ContainsAny(strings.ReplaceAll(jaCause, "Excel", ""), "abcdefghijklmnopqrstuvwxyz") {
				t.Errorf("Japanese cause is not Japanese: %s", ja)
			}
			_, enCause, _ := strings.Cut(en, "): ")
			if !strings.Contains(enCause, "the number 20261201 is outside Excel's date serials") || strings.ContainsFunc(enCause, func(r rune) bool { return r > 0x2FFF }) {
				t.Errorf("English cause is not English: %s", en)
			}
		})
	}
}
