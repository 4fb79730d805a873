package publiclist

import (
	"bytes"
	"encoding/csv"
	"errors"
	"fmt"
	"io"
	"math"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/gikai-sec/riskregister/riskassess"
	"github.com/gikai-sec/riskregister/riskassess/fieldrule"
	"github.com/gikai-sec/riskregister/riskassess/wareki"
	"github.com/xuri/excelize/v2"
	"golang.org/x/text/encoding/japanese"
	xunicode "golang.org/x/text/encoding/unicode"
	"golang.org/x/text/transform"
	"golang.org/x/text/unicode/norm"
)

// Error is a problem with an imported list file, at a place in it
// ("Sheet1!B7", "line 12") or about the whole file (Place "").
type Error struct {
	Place string
	Text  riskassess.Text
}

// Error returns the message in English.
func (e *Error) Error() string { return e.Message("en") }

// Message returns "place: message" in lang ("en" English, else Japanese).
func (e *Error) Message(lang riskassess.Lang) string {
	if e.Place == "" {
		return e.Text.In(lang)
	}
	return e.Place + ": " + e.Text.In(lang)
}

func errorf(place, ja, en string, args ...any) *Error {
	return &Error{Place: place, Text: riskassess.T(fmt.Sprintf(ja, args...), fmt.Sprintf(en, args...))}
}

// column is a column of the ISMAP list the reader looks for.
type column int

const (
	colNumber column = iota
	colService
	colProvider
	colRegistered
	colValidUntil
	colScope
	nColumns
)

// HeaderNames are the header spellings the ISMAP reader accepts for each
// column, as documented in docs/public-lists.md. Headers are compared
// after NFKC, without white space, brackets and their contents, "・" and
// case, so "有効期限（西暦）" and "有 効 期 限" are 有効期限.
var HeaderNames = [nColumns]struct {
	Ja, En string
	Names  []string
}{
	colNumber:     {"登録番号", "registration number", []string{"登録番号", "ISMAP登録番号", "ISMAP-LIU登録番号", "登録No", "登録No.", "Registration Number", "Registration No"}},
	colService:    {"クラウドサービス名称", "service name", []string{"クラウドサービス名称", "クラウドサービス名", "クラウドサービスの名称", "サービス名称", "サービス名", "Cloud Service Name", "Service Name"}},
	colProvider:   {"クラウドサービス事業者名", "provider", []string{"クラウドサービス事業者名", "クラウドサービス事業者", "クラウドサービス事業者の名称", "事業者名", "事業者", "提供事業者", "申請者", "申請者名", "Cloud Service Provider", "Provider"}},
	colRegistered: {"登録日", "registration date", []string{"登録日", "登録年月日", "登録確認日", "Registration Date", "Registered"}},
	colValidUntil: {"有効期限", "expiry", []string{"有効期限", "登録有効期限", "登録の有効期限", "有効期限日", "有効期間満了日", "Expiration Date", "Expiry Date", "Valid Until"}},
	colScope:      {"言明の対象範囲", "scope", []string{"言明の対象範囲", "言明対象範囲", "言明の範囲", "対象範囲", "対象機能", "機能", "サービス範囲", "Scope"}},
}

// headerIndex maps a folded header to its column.
var headerIndex = func() map[string]column {
	m := map[string]column{}
	for c, h := range HeaderNames {
		for _, n := range h.Names {
			m[headerKey(n)] = column(c)
		}
	}
	return m
}()

// maxHeaderRows is how many rows from the top the reader searches for the
// header row (titles and notes may come first).
const maxHeaderRows = 30

// MaxListFileSize is the largest ISMAP list file ReadISMAP reads: 32 MiB
// (the published list has a few hundred services).
const MaxListFileSize = 32 << 20

// ReadISMAP reads an ISMAP or ISMAP-LIU cloud service list as a user
// saves it from the portal: an xlsx workbook (the one sheet with a header
// row the reader can map; two such sheets are refused) or a CSV file in UTF-8 (with or without
// BOM) or Shift_JIS, or tab-separated text (Excel's "Unicode text", UTF-16
// with BOM). name is the file's name, used to tell xlsx from CSV
// (".xlsx") and in messages.
//
// The reader finds the header row among the first 30 rows and its columns
// by the spellings of HeaderNames; registration number, service name and
// provider must be present. A file it cannot map is refused with an Error
// naming the headers it saw and the ones it needs. Every data row is
// checked: a registration number not in the published form
// (fieldrule.ValidISMAPNumber; full-width or lower-case forms are
// corrected), a date it cannot read, a number listed twice, a row without
// number, service or provider are refused with the cell, and so is a
// service the list marks as withdrawn or lapsed (a status or remarks
// column saying so, a section of such services under a title of its own,
// a second header row, text struck through in a workbook), so that it is
// never recorded as listed. A cell of a workbook merged down over rows
// of services is read in each of them (a merged registration number is
// refused). Rows
// that are empty are skipped. The services are returned in the file's order.
func ReadISMAP(r io.Reader, name string) ([]riskassess.ISMAPListing, error) {
	f, err := ReadISMAPFile(r, name)
	return f.Services, err
}

// ISMAPFile is an ISMAP or ISMAP-LIU list file as ReadISMAPFile reads it:
// its services and the date the file states for its list.
type ISMAPFile struct {
	// Services are the services listed, in the file's order.
	Services []riskassess.ISMAPListing
	// Stated is the date the file gives its list in a cell above the
	// header row, or in a workbook on a sheet without a list (a cover
	// sheet; a different date there is refused as a second date): a date followed by 現在 or 時点 that fills the cell
	// (「2026年8月1日現在」, 「2026/8/1 現在」), fills a bracket
	// (「（令和8年8月1日時点）」), ends the cell after a title
	// (「…リスト 2026年8月1日現在」, 「ISMAP-LIU 2026年8月1日時点」) or
	// starts it before one (「令和8年8月1日現在のISMAPクラウドサービス
	// リスト」), a note starting with ※ or, in a bracket the date
	// starts, a phrase after a comma allowed after the word
	// (「（令和8年8月1日現在、登録番号順）」), or a date cell whose number
	// format adds the word; zero when it states none. A weekday in
	// brackets after the date or after the word (「2026年8月1日現在（土）」)
	// is read with it, and one that is not the date's is refused. A date inside a sentence
	// (「※2026年9月30日時点で…を含みます」) or after the name of a
	// registration or expiry date (「登録日 2025年4月1日時点」, or 登録日
	// in the cell before) or a number's (「No. 20260801現在」) is not the
	// list's date.
	Stated riskassess.Date
	// StatedMonth is the first day of the month the file states for its
	// list, in the places and forms of Stated, when it states a month
	// and no day (「2026年8月現在」, 「（2026/8 時点）」); zero otherwise,
	// and always zero when Stated is set (a day in the stated month is
	// the date; a day in another month is refused as a second date). The
	// list's day is not known: lists import does not date a list by it
	// without --date (the first of the month would date the list before it
	// is, the last day or today after it), and takes a --date in it.
	StatedMonth riskassess.Date
	// StatedAt is the place of the cell of Stated or StatedMonth ("2:1"
	// in a CSV file, "Sheet1!A2" in a workbook) and StatedText its text;
	// both are empty when both are zero.
	StatedAt, StatedText string
	// OtherAt is the place of the first cell above the header row that
	// holds a date not taken as the list's date (「※2026年9月30日時点で
	// …を含みます」, 「No. 20260801現在」, 「登録日 2025年4月1日」), or text
	// like a date before 現在 or 時点 there (「※R.8.8.1時点で…」, see
	// UnreadAt), and
	// OtherText its text, so that a caller that dates an undated list
	// otherwise can name the cell; both are empty when there is none.
	OtherAt, OtherText string
	// BareDate is a date (year, month and day) that a cell above the
	// header row, or on a sheet without a list, holds in a place of the
	// list's date (filling the cell or a bracket, after or before a
	// title) with no word saying what it dates (「ISMAPクラウドサービス
	// リスト 2026年8月1日」, 「（2026年8月1日）」, a date cell alone): it
	// may be the list's date, or the day it was saved or printed. BareAt
	// is its cell and BareText the cell's text. All three are zero when
	// there is none and when the file states its date (Stated or
	// StatedMonth). A date after the name of the list's date (「公開日：
	// 2026年8月1日」, 「更新日 2026/8/1」, 「最終更新日」 in the cell
	// before) or followed by 更新, 公表, 公開, 発表, 掲載 or 版 (「2026/8/1
	// 更新」, 「令和8年8月1日公表」) is Stated, as one with 現在 or 時点
	// is (a word of an update in the cell after the date's only when it
	// is the last cell of its row: 2026/7/1 | 更新 | … is a change of a
	// history). A bare date later than such an updated or published day
	// leaves the list's date unknown: Stated is then zero and BareDate
	// that date. Lists import does not date a list with a BareAt without
	// --date. BareDate is zero when the date does not exist
	// (「ISMAPクラウドサービスリスト 2026年2月30日」): BareAt is set.
	BareDate         riskassess.Date
	BareAt, BareText string
	// UnreadAt is the place of the first cell above the header row, or
	// on a sheet without a list, that holds text looking like a date
	// (dateLike: three numbers with a year, 日 after two, a month without
	// its year, a month's English name with a number; without 現在 or 時点
	// after it, only what a date is written with, dateChars, and only
	// filling its cell or bracket or after the list's title or the name
	// of its date, listDatePlace) in a place
	// of the list's date that no form wareki
	// reads (「R.8.8.1現在」, 「令和8(2026)年8月1日現在」, 「2026年8月1日
	// 10時現在」, 「8月1日現在」 without a year, 「Aug 1, 2026」), and
	// UnreadText its text; both are empty when there is none. The list's
	// date is not known: lists import does not date a list with an
	// UnreadAt without --date (it was dated today, the newest snapshot),
	// also when another cell states a date, which this one may contradict.
	UnreadAt, UnreadText string

	// updated reports that Stated is the day the list was updated or
	// published (更新, 公開日, …), not one with 現在 or 時点: a sheet
	// stating one of those takes precedence (mergeStated).
	updated bool
	// lateBare is the latest bare date (BareDate) above the header or on
	// a sheet without a list, kept when a stated date drops BareDate, at
	// lateBareAt with lateBareText: one later than an updated Stated
	// makes it bare (laterBare).
	lateBare                 riskassess.Date
	lateBareAt, lateBareText string
}

// ReadISMAPFile is ReadISMAP that also returns the date the file states
// for its list (ISMAPFile.Stated), which lists import takes as the date
// of the snapshot. A stated date that does not exist (2026年2月30日現在)
// and two different dates stated above the header are refused with their
// cells, rather than the file being taken as undated.
func ReadISMAPFile(r io.Reader, name string) (ISMAPFile, error) {
	f, err := readISMAPFile(r, name)
	if err != nil {
		return f, err
	}
	return f.laterBare(), nil
}

// laterBare returns f with a bare date later than the day f states its
// list was updated or published (Stated with updated) as BareDate and
// Stated zero: a history of changes (2026/7/1 | 更新 | …, then
// 2026/9/1 | 削除 | …) or a save date after it may be the list's, whose
// update day is then older than its list. Lists import asks for --date.
func (f ISMAPFile) laterBare() ISMAPFile {
	if f.updated && !f.Stated.IsZero() && f.lateBareAt != "" && f.Stated.Before(f.lateBare) {
		f.BareDate, f.BareAt, f.BareText = f.lateBare, f.lateBareAt, f.lateBareText
		f.Stated, f.StatedAt, f.StatedText, f.updated = riskassess.Date{}, "", "", false
	}
	return f
}

// readISMAPFile is ReadISMAPFile before laterBare.
func readISMAPFile(r io.Reader, name string) (ISMAPFile, error) {
	data, err := io.ReadAll(io.LimitReader(r, MaxListFileSize+1))
	if err != nil {
		return ISMAPFile{}, err
	}
	if len(data) > MaxListFileSize {
		return ISMAPFile{}, errorf("", "ファイルが %d MiB を超えています。ISMAP のクラウドサービスリストではないようです", "the file is larger than %d MiB: it does not look like the ISMAP cloud service list", MaxListFileSize>>20)
	}
	if bytes.HasPrefix(data, []byte("PK\x03\x04")) || strings.HasSuffix(strings.ToLower(name), ".xlsx") {
		return readISMAPBook(data)
	}
	text, err := decodeText(data)
	if err != nil {
		return ISMAPFile{}, err
	}
	out, err := readISMAPText(text, ',')
	// Excel's "Unicode text" and a table pasted from the portal into a
	// text file are tab-separated.
	if e, ok := err.(*Error); ok && e.Place == "" && strings.Contains(text, "\t") {
		if tabbed, terr := readISMAPText(text, '\t'); terr == nil || terr.(*Error).Place != "" {
			return tabbed, terr
		}
	}
	return out, err
}

// readISMAPText reads the services of a CSV text whose fields are
// separated by comma.
func readISMAPText(text string, comma rune) (ISMAPFile, error) {
	cr := csv.NewReader(strings.NewReader(text))
	cr.Comma = comma
	cr.FieldsPerRecord = -1
	cr.LazyQuotes = true
	rows, err := cr.ReadAll()
	if err != nil {
		return ISMAPFile{}, errorf("", "CSV として読めません: %v", "cannot read the file as CSV: %v", err)
	}
	return mapISMAP(rows, nil, nil, nil, func(row, col int) string { return fmt.Sprintf("%d:%d", row+1, col+1) }, false)
}

// decodeText returns data as text: UTF-16 with its BOM (Excel's "Unicode
// text"), UTF-8 without its BOM, or Shift_JIS (Windows-31J, as Excel
// saves CSV on Japanese Windows) when data is not valid UTF-8.
func decodeText(data []byte) (string, error) {
	if bytes.HasPrefix(data, []byte("\xff\xfe")) || bytes.HasPrefix(data, []byte("\xfe\xff")) {
		out, _, err := transform.Bytes(xunicode.UTF16(xunicode.LittleEndian, xunicode.ExpectBOM).NewDecoder(), data)
		if err != nil {
			return "", errorf("", "UTF-16 のテキストとして読めません: %v", "cannot read the file as UTF-16 text: %v", err)
		}
		return string(out), nil
	}
	data = bytes.TrimPrefix(data, []byte("\xef\xbb\xbf"))
	if utf8.Valid(data) {
		return string(data), nil
	}
	out, _, err := transform.Bytes(japanese.ShiftJIS.NewDecoder(), data)
	if err != nil {
		return "", errorf("", "文字コードが UTF-8 でも Shift_JIS でもありません", "the file is neither UTF-8 nor Shift_JIS text")
	}
	return string(out), nil
}

// readISMAPBook reads the sheet of an xlsx workbook that has a header row
// the reader can map; a workbook with two such sheets is refused.
func readISMAPBook(data []byte) (ISMAPFile, error) {
	f, err := excelize.OpenReader(bytes.NewReader(data))
	if err != nil {
		return ISMAPFile{}, errorf("", "Excel ブック（xlsx）として開けません: %v", "cannot open the file as an Excel workbook (xlsx): %v", err)
	}
	defer f.Close()
	// A workbook in the 1904 date system (made by Excel for Mac) counts
	// its date cells from 1904-01-01.
	props, err := f.GetWorkbookProps()
	if err != nil {
		return ISMAPFile{}, errorf("", "Excel ブック（xlsx）の設定を読めません: %v", "cannot read the settings of the Excel workbook (xlsx): %v", err)
	}
	date1904 := props.Date1904 != nil && *props.Date1904
	var first error
	var found ISMAPFile
	var foundIn []string
	// The dates stated on the sheets without a list (a cover sheet:
	// 「ISMAPクラウドサービスリスト」「令和8年8月1日現在」): the list's,
	// unless its own sheet states another.
	var cover ISMAPFile
	for _, sheet := range f.GetSheetList() {
		rows, err := f.GetRows(sheet, excelize.Options{RawCellValue: true})
		if err != nil {
			return ISMAPFile{}, errorf(sheet, "シートを読めません: %v", "cannot read the sheet: %v", err)
		}
		cell := func(row, col int) string {
			name, _ := excelize.CoordinatesToCellName(col+1, row+1)
			return sheet + "!" + name
		}
		shown, err := shownAbove(f, sheet, rows, date1904)
		if err != nil {
			return ISMAPFile{}, err
		}
		merged, err := mergedCells(f, sheet)
		if err != nil {
			return ISMAPFile{}, err
		}
		out, err := mapISMAP(rows, shown, merged, struckCell(f, sheet), cell, date1904)
		if err == nil {
			found = out
			foundIn = append(foundIn, strconv.Quote(sheet))
			continue
		}
		if e, ok := err.(*Error); ok && e.Place == "" {
			stated, serr := statedDate(shown, cell)
			if serr == nil {
				cover, serr = mergeStated(cover, stated)
			}
			if serr != nil {
				return ISMAPFile{}, serr
			}
			if first == nil {
				e.Place = sheet
				first = e
			}
			continue // no header here; keep the first sheet's message
		}
		return ISMAPFile{}, err
	}
	// Two lists in one book (ISMAP and ISMAP-LIU, or the services
	// listed and those withdrawn): which one is meant is not guessed.
	if len(foundIn) > 1 {
		return ISMAPFile{}, errorf("", "ブックにクラウドサービスの一覧のシートが %d つあります（%s）。取り込むリストのシートだけを残したブックにしてから取り込んでください",
			"the workbook has %d sheets with a list of services (%s): keep only the sheet of the list to import, then import", len(foundIn), strings.Join(foundIn, ", "))
	}
	if len(foundIn) == 1 {
		return mergeStated(found, cover)
	}
	if first == nil {
		first = errorf("", "ブックにシートがありません", "the workbook has no sheet")
	}
	return ISMAPFile{}, first
}

// shownAbove returns the first maxHeaderRows rows of a sheet (rows, read
// raw) with each date cell as the workbook shows it, for the stated date:
// a date cell is stored as its serial (46235), and the words of its number
// format (yyyy"年"m"月"d"日現在" shows 2026年8月1日現在) are no part of
// its value. A date cell whose format shows 現在 or 時点 reads as the date
// and that word ("2026-08-01 現在"), without a time of day the format
// shows; any other date cell as its date.
// Number formats are read by wareki.ExcelNumberText, as riskassess/xlsx
// reads the questionnaires' cells.
func shownAbove(f *excelize.File, sheet string, rows [][]string, date1904 bool) ([][]string, error) {
	shown := make([][]string, min(len(rows), maxHeaderRows))
	for r := range shown {
		shown[r] = slices.Clone(rows[r])
		for c, v := range shown[r] {
			if _, err := strconv.ParseFloat(strings.TrimSpace(v), 64); err != nil {
				continue
			}
			name, _ := excelize.CoordinatesToCellName(c+1, r+1)
			if typ, err := f.GetCellType(sheet, name); err != nil || (typ != excelize.CellTypeNumber && typ != excelize.CellTypeUnset) {
				continue // text that reads as a number is not a date cell
			}
			id, code, err := numberFormat(f, sheet, name)
			if err != nil {
				return nil, errorf(sheet+"!"+name, "セルの表示形式を読めません: %v", "cannot read the number format of the cell: %v", err)
			}
			if wareki.ExcelDateFormat(int32(id), code) {
				text, ok := wareki.ExcelNumberText(v, int32(id), code, date1904)
				if !ok {
					continue
				}
				// The list's date is the day: a time shown after it
				// (2026-08-01 12:00) is left out.
				text, _, _ = strings.Cut(text, " ")
				// A format without the year (m"月"d"日現在") shows a day
				// of no known year: shown so (8月1日), it is text like a
				// date that reads as none (ISMAPFile.UnreadAt), not a
				// cell without a date.
				if md, ok := strings.CutPrefix(text, "--"); ok {
					m, d, _ := strings.Cut(md, "-")
					mi, _ := strconv.Atoi(m)
					text = fmt.Sprintf("%d月", mi)
					if di, err := strconv.Atoi(d); err == nil {
						text += fmt.Sprintf("%d日", di)
					}
				}
				words := wareki.ExcelFormatWords(code)
				// Only 現在 and 時点: the other words of the format may
				// stand before the date (「次回更新 」yyyy/m/d), whose
				// place the words do not tell.
				for _, w := range asOfWords {
					if strings.Contains(words, w) {
						text += " " + w
						break
					}
				}
				shown[r][c] = text
			}
		}
	}
	return shown, nil
}

// struckCell returns a function that reports whether the text of a cell
// of sheet (0-based row and column) is struck through, all of it (its
// font) or a run of it (rich text) other than spaces.
func struckCell(f *excelize.File, sheet string) func(row, col int) bool {
	styles := map[int]bool{}
	return func(row, col int) bool {
		name, err := excelize.CoordinatesToCellName(col+1, row+1)
		if err != nil {
			return false
		}
		if idx, err := f.GetCellStyle(sheet, name); err == nil {
			strike, ok := styles[idx]
			if !ok {
				if st, err := f.GetStyle(idx); err == nil && st != nil && st.Font != nil {
					strike = st.Font.Strike
				}
				styles[idx] = strike
			}
			if strike {
				return true
			}
		}
		runs, err := f.GetCellRichText(sheet, name)
		if err != nil {
			return false
		}
		return slices.ContainsFunc(runs, func(r excelize.RichTextRun) bool {
			return r.Font != nil && r.Font.Strike && strings.TrimSpace(r.Text) != ""
		})
	}
}

// mergedCells returns, for each cell (0-based row and column) of a
// merged range of sheet but its first, the range's first cell.
func mergedCells(f *excelize.File, sheet string) (map[[2]int][2]int, error) {
	ranges, err := f.GetMergeCells(sheet)
	if err != nil {
		return nil, errorf(sheet, "結合されたセルを読めません: %v", "cannot read the merged cells: %v", err)
	}
	var out map[[2]int][2]int
	for _, m := range ranges {
		c0, r0, err1 := excelize.CellNameToCoordinates(m.GetStartAxis())
		c1, r1, err2 := excelize.CellNameToCoordinates(m.GetEndAxis())
		if err1 != nil || err2 != nil || (r1-r0+1)*(c1-c0+1) > 1<<16 {
			continue
		}
		if out == nil {
			out = map[[2]int][2]int{}
		}
		for r := r0; r <= r1; r++ {
			for c := c0; c <= c1; c++ {
				if r != r0 || c != c0 {
					out[[2]int{r - 1, c - 1}] = [2]int{r0 - 1, c0 - 1}
				}
			}
		}
	}
	return out, nil
}

// numberFormat returns the number format of a cell: the built-in format's
// id, and a custom format's code ("" for a built-in one).
func numberFormat(f *excelize.File, sheet, cell string) (int, string, error) {
	idx, err := f.GetCellStyle(sheet, cell)
	if err != nil {
		return 0, "", err
	}
	st, err := f.GetStyle(idx)
	if err != nil || st == nil {
		return 0, "", err
	}
	if st.CustomNumFmt != nil {
		return st.NumFmt, *st.CustomNumFmt, nil
	}
	return st.NumFmt, "", nil
}

// mapISMAP finds the header row and reads the services of rows; shown,
// when not nil, holds the first rows as a workbook shows them
// (shownAbove), read for the stated date; place names a cell (0-based
// row and column) for messages: "3:2" (line:column) in a CSV file,
// "Sheet1!B3" in a workbook; date1904 is whether serial day numbers count
// from 1904 (a workbook's 1904 date system).
func mapISMAP(rows, shown [][]string, merged map[[2]int][2]int, struck func(row, col int) bool, place func(row, col int) string, date1904 bool) (ISMAPFile, error) {
	hdr, cols, err := findHeader(rows)
	if err != nil {
		return ISMAPFile{}, err
	}
	if shown == nil {
		shown = rows
	}
	file, err := statedDate(shown[:hdr], place)
	if err != nil {
		return ISMAPFile{}, err
	}
	file.Services, err = mapServices(rows, hdr, cols, merged, struck, place, date1904)
	if err != nil {
		return ISMAPFile{}, err
	}
	return file, nil
}

// asOfWords follow the date a list file states for itself as the day
// its list stands at: 「2026年8月1日現在」, 「2026年8月1日時点」.
var asOfWords = []string{"現在", "時点"}

// statedWords follow the date a list file states for itself: asOfWords,
// and the words of the day the list was updated or published
// (「2026/8/1 更新」, 「令和8年8月1日公表」, 「2026年8月1日版」), which
// date it as well.
var statedWords = append(slices.Clone(asOfWords), "更新", "公表", "公開", "発表", "掲載", "版")

// statedDate returns the date stated in the cells of rows (the rows
// above the header row), as ISMAPFile.Stated describes: the longest text
// before 現在 or 時点 in a cell that package wareki reads as a date (a
// weekday in brackets included), where statedIn takes it as the list's
// date (not a date inside a sentence), or the text of the cell before
// a cell that holds 現在 or 時点 alone (2026/8/1 | 現在), at that cell.
// One that reads as a date that does not exist, and two different
// dates, are refused with their cells.
func statedDate(rows [][]string, place func(row, col int) string) (ISMAPFile, error) {
	var out ISMAPFile
	var monthDay riskassess.Date // a month stated without a day, its first day
	var monthAt, monthText string
	var upd riskassess.Date // the day the list was updated or published
	var updAt, updText string
	for r, row := range rows {
		last := -1  // the last cell of the row before c with text
		label := "" // the text of the cell before at
		for c, cell := range row {
			at := c
			// 現在 alone in the cell after the date (2026/8/1 | 現在):
			// the two cells read as one. A word of an update (更新, 版,
			// …) does so only in the row's last cell: in a history of
			// changes (2026/7/1 | 更新 | C21-0099-2 の有効期限) it
			// names the change of that row, not the list's date.
			if w := strings.Trim(cellText(cell, false), "()（）[]［］ 　"); last >= 0 && slices.Contains(statedWords, w) &&
				(slices.Contains(asOfWords, w) || !slices.ContainsFunc(row[c+1:], func(s string) bool { return strings.TrimSpace(s) != "" })) {
				at, cell = last, row[last]+" "+w
			} else if last >= 0 {
				label = row[last]
			}
			if strings.TrimSpace(row[c]) != "" {
				last = c
			}
			d, bad, ok, other, month, asOf, unread := statedIn(cell)
			// A date in the cell after the name of another date
			// (登録日 | 2025年4月1日時点) is that date.
			if (ok || unread) && (dateLabel(label) || numberLabel(label)) {
				ok, unread, other = false, false, true
			}
			// Text like a date where the list's date stands that no
			// form is read in (R.8.8.1現在): the list's date is not
			// known, and is asked for.
			if unread {
				if out.UnreadAt == "" {
					out.UnreadAt, out.UnreadText = place(r, at), cellText(cell, false)
				}
				continue
			}
			// A date without a word after it: the list's after the
			// name of its date (公開日：2026年8月1日, 更新日 | 2026/8/1);
			// in the place of a list's date but unnamed (ISMAPクラウド
			// サービスリスト 2026年8月1日), which date it is not known;
			// or another date (登録日 2025年4月1日, a sentence).
			if !ok {
				bd, kind, wrong := bareDateIn(cell, label)
				if wrong != nil && kind == dateNamed {
					return ISMAPFile{}, wrongDate(place(r, at), cellText(cell, false), wrong)
				}
				switch kind {
				case dateNamed:
					d, ok = bd, true
				case dateBare:
					if out.BareAt == "" {
						out.BareDate, out.BareAt, out.BareText = bd, place(r, at), cellText(cell, false)
					}
					if !bd.IsZero() && (out.lateBareAt == "" || bd.After(out.lateBare)) {
						out.lateBare, out.lateBareAt, out.lateBareText = bd, place(r, at), cellText(cell, false)
					}
				case dateOther:
					other = true
				case dateNone:
					if unread, elsewhere := unreadIn(cell); !other && !wordNext(row, c) && elsewhere {
						// Text like a date not where the list's date
						// stands (次回更新予定：8月1日): another date.
						other = true
					} else if !other && !wordNext(row, c) && unread {
						// After the name of another date (登録日 |
						// R.8.8.1): that date.
						if dateLabel(label) || numberLabel(label) {
							other = true
							break
						}
						if out.UnreadAt == "" {
							out.UnreadAt, out.UnreadText = place(r, at), cellText(cell, false)
						}
						continue
					}
				}
			}
			if other && out.OtherAt == "" {
				out.OtherAt, out.OtherText = place(r, at), cellText(cell, false)
			}
			if !ok {
				continue
			}
			text := cellText(cell, false)
			// A weekday alone in the cell before (Monday | 2026/8/1
			// 現在) is the date's, as one before it in its cell is.
			if rest, wd := cutWeekdayBefore(cellText(label, false)); bad == nil && !month && wd != "" && strings.TrimSpace(rest) == "" {
				bad = checkWeekday(d, wd)
			}
			if bad != nil {
				return ISMAPFile{}, wrongDate(place(r, at), text, bad)
			}
			// The day the list was updated or published (2026/8/1 更新,
			// 公開日：2026年8月1日) dates it unless it states the day it
			// stands at (2026年8月1日現在), which may be earlier: a page
			// updated on 8/3 with the list as of 8/1.
			if !asOf && !month {
				if updAt == "" {
					upd, updAt, updText = d, place(r, at), text
				} else if d != upd {
					return ISMAPFile{}, twoDates(place(r, at), text, d.String(), updAt, updText, upd.String())
				}
				continue
			}
			if month {
				if monthAt == "" {
					monthDay, monthAt, monthText = d, place(r, at), text
				} else if d != monthDay {
					return ISMAPFile{}, twoDates(place(r, at), text, monthLabel(d), monthAt, monthText, monthLabel(monthDay))
				}
				continue
			}
			if out.Stated.IsZero() {
				out.Stated, out.StatedAt, out.StatedText = d, place(r, at), text
				continue
			}
			if d != out.Stated {
				return ISMAPFile{}, twoDates(place(r, at), text, d.String(), out.StatedAt, out.StatedText, out.Stated.String())
			}
		}
	}
	if out.Stated.IsZero() && updAt != "" {
		out.Stated, out.StatedAt, out.StatedText, out.updated = upd, updAt, updText, true
	}
	// A month and a day in it are one date; a day in another month is
	// a second date.
	switch {
	case monthAt == "":
	case out.Stated.IsZero():
		out.StatedMonth, out.StatedAt, out.StatedText = monthDay, monthAt, monthText
	case out.Stated.Year != monthDay.Year || out.Stated.Month != monthDay.Month:
		return ISMAPFile{}, twoDates(out.StatedAt, out.StatedText, out.Stated.String(), monthAt, monthText, monthLabel(monthDay))
	}
	if out.StatedAt != "" {
		out.BareDate, out.BareAt, out.BareText = riskassess.Date{}, "", ""
	}
	return out, nil
}

// wrongDate refuses the date a list states in text at place that does not
// exist (2026年2月30日現在) or whose weekday is not its day's
// (2026年8月1日（月）現在: the date or the weekday is mistyped, and which
// one is not known).
func wrongDate(place, text string, pe *wareki.ParseError) *Error {
	ja, en := pe.Reasons()
	if pe.Code == wareki.ErrWeekday {
		return &Error{Place: place, Text: riskassess.T(
			fmt.Sprintf("「%s」: リストの日付が正しくありません（%s）。日付と曜日のどちらが誤っているか分からないため取り込みません。ポータルでリストの日付を確かめ、日付か曜日を直してから取り込んでください", text, ja),
			fmt.Sprintf("the date the list states here is wrong (%s): the date or the weekday is mistyped, and which one is not known, so nothing is imported; check the list's date on the portal and correct the date or the weekday before importing", en))}
	}
	return &Error{Place: place, Text: riskassess.T(
		fmt.Sprintf("「%s」: リストの日付が正しくありません（%s）。日付を直してから取り込んでください", text, ja),
		fmt.Sprintf("the date the list states here is wrong (%s); correct it before importing", en))}
}

// wordNext reports whether the cell after row[c] with text holds a word of
// a stated date alone that statedDate reads with row[c] (2026/8 | 時点):
// row[c] is then read with it, not alone.
func wordNext(row []string, c int) bool {
	for n := c + 1; n < len(row); n++ {
		if strings.TrimSpace(row[n]) == "" {
			continue
		}
		w := strings.Trim(cellText(row[n], false), "()（）[]［］ 　")
		return slices.Contains(asOfWords, w) || slices.Contains(statedWords, w) &&
			!slices.ContainsFunc(row[n+1:], func(s string) bool { return strings.TrimSpace(s) != "" })
	}
	return false
}

// maxDateCell is the length of the longest cell read for the list's date
// (statedIn, bareDateIn, unreadIn): a longer cell holding numbers is text
// like a date that is not read (ISMAPFile.UnreadAt). Cells of up to 300
// bytes were read, and a title with a long note (…リスト（…） 2026年8月1日
// 現在) was undated, and dated today.
const maxDateCell = 4096

// dateSpan is the length of the text before 現在 or 時点 that a date is
// read in: the longest date with a weekday and a time (令和八年十二月三十一日
// （水曜日） 午後11:59:59 JST) is shorter.
const dateSpan = 128

// dateKind is what a date without a word after it dates (bareDateIn).
type dateKind int

const (
	dateNone  dateKind = iota // no such date
	dateNamed                 // the list's, after the name of its date
	dateBare                  // in the place of the list's date, unnamed
	dateOther                 // another date (a service's, a sentence's)
)

// listDateNames name the date of the list before it (公開日：2026年8月1日,
// 更新日 2026/8/1, Last updated: 2026/8/1), in NFKC and lower case.
var listDateNames = []string{"更新日", "最終更新日", "最終更新", "更新", "公表日", "公表", "公開日", "公開", "発表日", "掲載日",
	"基準日", "updated", "last updated", "published", "as of"}

// listDateName reports whether text, the text before a date in its cell
// or the cell before the date's cell, ends with one of listDateNames as
// a word of its own: at the start, after a space, a bracket or a title
// (…リストの更新日, …リスト 更新日). 登録更新日 is not the list's.
func listDateName(text string) bool {
	text = strings.TrimRightFunc(text, func(r rune) bool {
		_, open := statedBrackets[r]
		return open || unicode.IsSpace(r) || r == ':' || r == '：' || r == '='
	})
	k := strings.ToLower(norm.NFKC.String(text))
	for _, n := range listDateNames {
		rest, ok := strings.CutSuffix(k, n)
		if !ok {
			continue
		}
		trimmed := strings.TrimRightFunc(rest, unicode.IsSpace)
		r, _ := utf8.DecodeLastRuneInString(trimmed)
		_, open := statedBrackets[r]
		if trimmed == "" || trimmed != rest || open || listTitle(strings.TrimSuffix(trimmed, "の")) {
			return true
		}
	}
	return false
}

// bareDateIn finds in cell a date with a year, a month and a day that no
// word follows (statedIn reads those followed by statedWords), label
// being the text of the cell before. Its kind is dateNamed when the
// name of the list's date comes before it (公開日：2026年8月1日, or that
// name in label) in a place statesList takes, dateBare when it stands
// there unnamed (a cell or a bracket of its own, after or before a title:
// 2026年8月1日, ISMAPクラウドサービスリスト 2026年8月1日), and
// dateOther for any other date (登録日 2025年4月1日, a date in a
// sentence). The first named or bare date is returned, else dateOther
// when the cell holds any date. wrong is set, with a named or bare
// kind, when that date does not exist (公開日：2026年2月30日); d is then
// zero.
func bareDateIn(cell, label string) (d riskassess.Date, kind dateKind, wrong *wareki.ParseError) {
	if len(cell) > maxDateCell {
		return riskassess.Date{}, dateNone, nil
	}
	found := dateNone
	for e := 1; e <= len(cell); e++ {
		if e < len(cell) {
			if !utf8.RuneStart(cell[e]) {
				continue
			}
			if r, _ := utf8.DecodeRuneInString(cell[e:]); unicode.IsDigit(r) {
				continue // inside a number
			}
		}
		// A date ends in a digit, 日, or the bracket of its weekday.
		if last, _ := utf8.DecodeLastRuneInString(cell[:e]); !unicode.IsDigit(last) && last != '日' && last != ')' && last != '）' {
			continue
		}
		for j := max(0, e-64); j < e; j++ {
			if !utf8.RuneStart(cell[j]) {
				continue
			}
			first, _ := utf8.DecodeRuneInString(cell[j:])
			prev, _ := utf8.DecodeLastRuneInString(cell[:j])
			if unicode.IsSpace(first) || j > 0 && unicode.IsDigit(prev) {
				continue
			}
			// A date glued to a word (「t 2026/8/1」 of 「List
			// 2026/8/1」, No.2026-8-1) is another date, unless one
			// that starts a word follows.
			d, err := parseStated(cell[j:e], "")
			var pe *wareki.ParseError
			if err != nil && !(errors.As(err, &pe) && (pe.Code == wareki.ErrDay || pe.Code == wareki.ErrMonth || pe.Code == wareki.ErrEraRange || pe.Code == wareki.ErrWeekday)) {
				continue
			}
			if !wordStart(cell, j) {
				found = dateOther
				continue
			}
			before, after := cell[:j], cell[e:]
			// A weekday before the date (Last updated: Sat 2026/8/1) is
			// the date's: no text before it, and checked against it.
			before, wd := cutWeekdayBefore(before)
			if pe == nil && wd != "" {
				if werr := checkWeekday(d, wd); werr != nil {
					pe = werr
				}
			}
			if pe != nil {
				d = riskassess.Date{}
			}
			alone := strings.TrimSpace(before) == ""
			switch {
			case dateLabel(before) || numberLabel(before) || alone && (dateLabel(label) || numberLabel(label)) || rangeEnd(before):
				found = dateOther
			case !statesList(before, after) && !namedInBracket(before, after):
				found = dateOther
			case listDateName(before) || alone && listDateName(label) || namedInBracket(before, after):
				return d, dateNamed, pe
			default:
				return d, dateBare, pe
			}
			break // the longest date ending here was read
		}
	}
	return riskassess.Date{}, found, nil
}

// rangeEnd reports whether text, the text before a date in its cell,
// ends a period's start (2025/4/1～, 2025年4月1日から, 2025/4/1-): the
// date ends a period, not the list's date. A dash with a space after it
// separates a title (…リスト - 2026年8月1日).
func rangeEnd(text string) bool {
	t := strings.TrimRightFunc(text, unicode.IsSpace)
	r, n := utf8.DecodeLastRuneInString(t)
	if strings.ContainsRune("-－‐―", r) {
		p, _ := utf8.DecodeLastRuneInString(t[:len(t)-n])
		return t == text && (unicode.IsDigit(p) || p == '日')
	}
	return strings.ContainsRune("～〜~", r) || strings.HasSuffix(t, "から") || strings.HasSuffix(t, "より")
}

// namedInBracket reports whether a date after before and before after
// fills a bracket after the name of the list's date (（公開日：2026年8月1日）).
func namedInBracket(before, after string) bool {
	t := strings.TrimSpace(strings.TrimRight(strings.TrimSpace(after), "。.．"))
	c, n := utf8.DecodeRuneInString(t)
	if n == 0 || n != len(t) {
		return false
	}
	for open, closing := range statedBrackets {
		if closing == c {
			if i := strings.LastIndex(before, string(open)); i >= 0 {
				inner := before[i+len(string(open)):]
				return !strings.ContainsFunc(inner, func(r rune) bool { _, o := statedBrackets[r]; return o }) && listDateName(inner)
			}
		}
	}
	return false
}

// mergeStated returns a with the date b states for the list when a
// states none (Stated, StatedMonth, their cell, and OtherAt when a has
// none): the dates of two sheets of a workbook. Two different dates are
// refused as statedDate refuses them in one sheet; a month and a day in
// it are the day.
//
// A date without a word (BareDate) is taken from b when a has none, and
// dropped when the result states its date.
func mergeStated(a, b ISMAPFile) (ISMAPFile, error) {
	if b.lateBareAt != "" && (a.lateBareAt == "" || b.lateBare.After(a.lateBare)) {
		a.lateBare, a.lateBareAt, a.lateBareText = b.lateBare, b.lateBareAt, b.lateBareText
	}
	if a.BareAt == "" {
		a.BareDate, a.BareAt, a.BareText = b.BareDate, b.BareAt, b.BareText
	}
	if a.UnreadAt == "" {
		a.UnreadAt, a.UnreadText = b.UnreadAt, b.UnreadText
	}
	// A day with 現在 or 時点 takes precedence over the day the list was
	// updated or published, as on one sheet.
	if !a.Stated.IsZero() && !b.Stated.IsZero() && a.updated != b.updated {
		if a.updated {
			a.Stated, a.StatedAt, a.StatedText, a.updated = b.Stated, b.StatedAt, b.StatedText, false
		}
		b.Stated, b.StatedAt, b.StatedText = riskassess.Date{}, "", ""
	}
	out, err := mergeStatedDates(a, b)
	if err == nil && out.StatedAt != "" {
		out.BareDate, out.BareAt, out.BareText = riskassess.Date{}, "", ""
	}
	return out, err
}

// mergeStatedDates is mergeStated for the stated dates and OtherAt.
func mergeStatedDates(a, b ISMAPFile) (ISMAPFile, error) {
	if a.OtherAt == "" {
		a.OtherAt, a.OtherText = b.OtherAt, b.OtherText
	}
	label := func(f ISMAPFile) string {
		if f.Stated.IsZero() {
			return monthLabel(f.StatedMonth)
		}
		return f.Stated.String()
	}
	switch {
	case b.StatedAt == "":
		return a, nil
	case a.StatedAt == "":
		a.Stated, a.StatedMonth, a.StatedAt, a.StatedText, a.updated = b.Stated, b.StatedMonth, b.StatedAt, b.StatedText, b.updated
		return a, nil
	case !a.Stated.IsZero() && !b.Stated.IsZero() && a.Stated == b.Stated,
		a.Stated.IsZero() && b.Stated.IsZero() && a.StatedMonth == b.StatedMonth:
		a.updated = a.updated && b.updated // one day, stated with 現在 by either
		return a, nil
	case a.Stated.IsZero() != b.Stated.IsZero():
		day, month := a, b
		if a.Stated.IsZero() {
			day, month = b, a
		}
		if day.Stated.Year == month.StatedMonth.Year && day.Stated.Month == month.StatedMonth.Month {
			a.Stated, a.StatedMonth, a.StatedAt, a.StatedText, a.updated = day.Stated, day.StatedMonth, day.StatedAt, day.StatedText, day.updated
			return a, nil
		}
	}
	return ISMAPFile{}, twoDates(b.StatedAt, b.StatedText, label(b), a.StatedAt, a.StatedText, label(a))
}

// monthLabel is a month that a list states (2026-08).
func monthLabel(d riskassess.Date) string { return d.String()[:7] }

// twoDates refuses two different dates stated for a list: text at
// place (read as date) and, first, first at firstAt (read as firstDate).
func twoDates(place, text, date, firstAt, first, firstDate string) *Error {
	return &Error{Place: place, Text: riskassess.T(
		fmt.Sprintf("「%s」（%s）と %s の「%s」（%s）の 2 つの日付がリストの日付として書かれています。どちらのリストか分からないため取り込みません。一方を削除してから取り込んでください", text, date, firstAt, first, firstDate),
		fmt.Sprintf("two dates are stated for the list, %s here and %s at %s: which one is meant is not guessed; delete one, then import", date, firstDate, firstAt))}
}

// statedIn finds in cell a date followed by 現在 or 時点 that dates the
// list: the date and the word fill the cell (2026年8月1日現在), fill a
// bracket (ISMAPクラウドサービスリスト（令和8年8月1日現在）), end the
// cell after a title (ISMAPクラウドサービスリスト 2026年8月1日現在,
// ISMAP-LIU 2026年8月1日時点), or start the cell before a title
// (令和8年8月1日現在のISMAPクラウドサービスリスト), a full stop
// allowed at the end (2026年8月1日現在。). A
// date and the word inside a sentence (※2026年9月30日時点で登録の更新
// 手続中のサービスを含みます, 登録日が2025年4月1日時点より前) or glued
// to other text (No.20260801現在) or after the name of another date
// (登録日 2025年4月1日時点, dateLabel) do not: they date something
// else. ok reports whether there is one; bad is set when it reads as a
// date that does not exist or is outside its era (2026年2月30日現在).
// other reports, when ok is false, that the cell holds a date followed
// by the word that does not date the list.
//
// month reports, when ok, that the date names a month but no day
// (2026年8月現在, 2026/8 時点, 令和8年8月時点): d is its first day.
// asOf reports, when ok, that the word is 現在 or 時点 (asOfWords), not
// one of the day the list was updated or published.
//
// unread reports, when ok is false, that text before the word where the
// list's date stands looks like a date (dateLike) but reads as none
// (R.8.8.1現在, 2026年8月1日10時現在, 8月1日現在): see ISMAPFile.UnreadAt.
func statedIn(cell string) (d riskassess.Date, bad *wareki.ParseError, ok, other, month, asOf, unread bool) {
	// Too long a cell to read for a date: one holding numbers may state
	// it.
	if len(cell) > maxDateCell {
		return riskassess.Date{}, nil, false, false, false, false, strings.ContainsFunc(cell, isNumeral)
	}
	for _, w := range statedWords {
		for rest := cell; ; {
			i := strings.Index(rest, w)
			if i < 0 {
				break
			}
			before := strings.TrimRightFunc(rest[:i], unicode.IsSpace)
			prefix := cell[:len(cell)-len(rest)]
			// A date is read in the dateSpan bytes before the word.
			from := max(0, len(before)-dateSpan)
			for from < len(before) && !utf8.RuneStart(before[from]) {
				from++
			}
			rest = rest[i+len(w):]
			// A weekday in brackets after the word (2026年8月1日現在（土）)
			// is the date's: read with it, and checked against it.
			weekday := weekdayAfter.FindString(rest)
			rest = rest[len(weekday):]
			// The longest text before the word that reads as a date.
			read, glued := false, false
			for j := from; j < len(before); j++ {
				if !utf8.RuneStart(before[j]) {
					continue
				}
				d, err := parseStated(before[j:], weekday)
				month := false
				if err != nil {
					if md, ok, merr := monthDate(before[j:]); ok {
						d, err, month = md, merr, true
					}
				}
				var pe *wareki.ParseError
				isBad := err != nil && errors.As(err, &pe) && (pe.Code == wareki.ErrDay || pe.Code == wareki.ErrMonth || pe.Code == wareki.ErrEraRange || pe.Code == wareki.ErrWeekday)
				if err != nil && !isBad {
					continue
				}
				// A date starts a word: one glued to other text
				// (No.20260801現在) dates something else, unless a
				// date starting a word follows (「t 2026/8/1」 of
				// 「List 2026/8/1」 is no Taishō year).
				if !wordStart(before, j) {
					glued = true
					continue
				}
				read = true
				// The spaces the date starts with (wareki reads them)
				// are text before it: a space is a boundary.
				lead := before[j:]
				lead = lead[:len(lead)-len(strings.TrimLeftFunc(lead, unicode.IsSpace))]
				// A weekday before the date (土曜日 2026年8月1日現在,
				// (Sat) 2026/8/1 現在) is the date's: no text before
				// it, and checked against it.
				pre, wd := cutWeekdayBefore(prefix + before[:j] + lead)
				if !statesList(pre, rest) {
					other = true
					break
				}
				if !isBad && wd != "" {
					if werr := checkWeekday(d, wd); werr != nil {
						pe, isBad = werr, true
					}
				}
				if isBad {
					return riskassess.Date{}, pe, true, false, false, slices.Contains(asOfWords, w), false
				}
				return d, nil, true, false, month, slices.Contains(asOfWords, w), false
			}
			if glued && !read {
				read, other = true, true
			}
			if read {
				continue
			}
			// Nothing before the word reads as a date: text that looks
			// like one where the list's date stands is not read.
			for j := from; j < len(before); j++ {
				// Before a word of an update (更新, 版, …) only what a
				// date is written with: 「ISMAP管理基準 2023年版 2.1 更新」
				// is no date.
				if dateStart(before, j) && (slices.Contains(asOfWords, w) || dateChars(before[j:])) && dateLike(before[j:], w) {
					if statesList(prefix+before[:j], rest) {
						return riskassess.Date{}, nil, false, false, false, false, true
					}
					// In a sentence (※R.8.8.1時点で…): another date, as
					// one that is read would be.
					other = true
				}
			}
		}
	}
	return riskassess.Date{}, nil, false, other, false, false, false
}

// unreadIn reports whether cell, which holds no date wareki reads and no
// word of a stated date, holds text that looks like a date (dateLike) in
// a place of the list's date (statesList: a cell or a bracket of its own,
// after or before a title), as 「Aug 1, 2026」, 「ISMAPクラウドサービス
// リスト（令和8(2026)年8月1日）」 or 「公開日：R.8.8.1」 do: a date
// no form is read in, see ISMAPFile.UnreadAt. elsewhere reports, when
// unread is false, that such text stands in a place a date may stand but
// not the list's (次回更新予定：8月1日, listDatePlace): another date.
func unreadIn(cell string) (unread, elsewhere bool) {
	if len(cell) > maxDateCell {
		return strings.ContainsFunc(cell, isNumeral), false
	}
	if numberGroups(cell) == 0 {
		return false, false
	}
	for j := range cell {
		if !dateStart(cell, j) {
			continue
		}
		for e := j + 1; e <= len(cell) && e-j <= 64; e++ {
			if e < len(cell) && !utf8.RuneStart(cell[e]) {
				continue
			}
			last, _ := utf8.DecodeLastRuneInString(cell[:e])
			next, _ := utf8.DecodeRuneInString(cell[e:])
			if e < len(cell) && (isNumeral(next) || unicode.IsLetter(next) && next < utf8.RuneSelf) {
				continue // inside a number or a word
			}
			if !isNumeral(last) && last != '日' && last != '月' && last != ')' && last != '）' && !(unicode.IsLetter(last) && last < utf8.RuneSelf) {
				continue
			}
			before, after := cell[:j], cell[e:]
			if dateChars(cell[j:e]) && dateLike(cell[j:e], "") && oneDate(cell[j:e]) && !rangeEnd(before) && (statesList(before, after) || namedInBracket(before, after)) {
				if listDatePlace(before, after) {
					return true, false
				}
				elsewhere = true
			}
		}
	}
	return false, elsewhere
}

// listDatePlace reports whether text like a date that no word follows,
// between before and after in its cell, stands where a list states its
// own date (statesList, namedInBracket) and only there: the cell or a
// bracket of its own (R.8.8.1, （2026年8月）), after the list's title
// (…リスト 令和8年8月, …リスト（8月）, ISMAP-LIU R.8.8.1) or after the
// name of the list's date (公開日：R.8.8.1, as of August 1 2026). After
// other text (TEL 03-3581-2026, 次回更新予定：8月1日, 2026年度 第1回
// （8月）, 前回（7月1日）からの変更) it is another number or date.
func listDatePlace(before, after string) bool {
	if namedInBracket(before, after) {
		return true
	}
	if !statesList(before, after) {
		return false
	}
	b := strings.TrimRightFunc(before, func(r rune) bool {
		_, open := statedBrackets[r]
		return open || unicode.IsSpace(r) || strings.ContainsRune(":：-－‐―–—|｜", r)
	})
	// The cell holds only text a date is written with (年12月31日).
	if b == "" || dateChars(b) && !strings.ContainsFunc(b, func(r rune) bool { return r < utf8.RuneSelf && unicode.IsLetter(r) }) {
		return true
	}
	// After the list's title or the name of its date; "updated on" is
	// "updated".
	lower := strings.ToLower(b)
	if listTitle(b) || listDateName(before) || strings.HasSuffix(lower, " on") && listDateName(strings.TrimSuffix(lower, " on")) {
		return true
	}
	// A list's name without the word of a title (ISMAP-LIU, ISMAPクラウド
	// サービス, ISMAP登録サービス): letters and dashes only.
	k := strings.ToUpper(norm.NFKC.String(b))
	return strings.HasPrefix(k, "ISMAP") && !strings.ContainsFunc(k, func(r rune) bool {
		return !(unicode.IsLetter(r) || r == '-' || r == '_' || r == 'ー')
	})
}

// severalDates finds numbers joined by ・ or 、 (1日・15日, 12月・6月):
// days or months listed, not one date.
var severalDates = regexp.MustCompile(`[0-9][年月日]?[・、][0-9]`)

// issueNumber is a year and one digit after a dash (2026-1): a number of
// the year's issue as much as a month.
var issueNumber = regexp.MustCompile(`^(?:19|20)[0-9]{2}-[0-9]$`)

// oneDate reports whether s, text like a date that no word follows, may
// be one date: not days or months listed (毎月1日・15日, 12月・6月) nor
// an issue of a year (2026-1).
func oneDate(s string) bool {
	f := strings.TrimSpace(wareki.Fold(s))
	return !severalDates.MatchString(f) && !issueNumber.MatchString(f)
}

// isNumeral reports whether r is a digit (any width) or a kanji numeral
// a date may be written with (令和八年, 元年).
func isNumeral(r rune) bool {
	return unicode.IsDigit(r) || strings.ContainsRune("〇零一二三四五六七八九十元", r)
}

// numberGroups counts the runs of numerals (isNumeral) in s.
func numberGroups(s string) int {
	n, in := 0, false
	for _, r := range s {
		if isNumeral(r) != in {
			in = !in
			if in {
				n++
			}
		}
	}
	return n
}

// monthNames are the English months as a date may name them.
var monthNames = []string{"jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"}

// monthWord reports whether s starts with an English month's name,
// abbreviated or not, as a word of its own (Aug, Aug., August; not
// Marketplace).
func monthWord(s string) bool {
	k := strings.ToLower(s)
	for _, m := range monthNames {
		if !strings.HasPrefix(k, m) {
			continue
		}
		rest := strings.TrimLeftFunc(k[len(m):], func(r rune) bool { return 'a' <= r && r <= 'z' })
		word := k[:len(k)-len(rest)]
		for _, full := range []string{"january", "february", "march", "april", "may", "june", "july", "august", "september", "sept", "october", "november", "december"} {
			if word == m || word == full && strings.HasPrefix(full, m) {
				return true
			}
		}
	}
	return false
}

// wordStart reports whether s[j] starts a word: not inside a number or
// a Latin word (v1.2.3, No.20260801, the t of List), nor after 第.
func wordStart(s string, j int) bool {
	if !utf8.RuneStart(s[j]) {
		return false
	}
	if j == 0 {
		return true
	}
	prev, _ := utf8.DecodeLastRuneInString(s[:j])
	p := riskassess.NarrowRune(prev)
	return !(isNumeral(prev) || unicode.IsLetter(p) && p < utf8.RuneSelf || p == '.' || prev == '第')
}

// dateStart reports whether a date may start at s[j]: a numeral, an era's
// name, letter (R8, R.8.8.1) or ligature, 西暦, or an English month's name,
// not inside a number or a Latin word (v1.2.3, No.20260801) nor after 第
// (an ordinal: 第3.1版).
func dateStart(s string, j int) bool {
	if !wordStart(s, j) {
		return false
	}
	rest := s[j:]
	r, n := utf8.DecodeRuneInString(rest)
	switch nr := unicode.ToLower(riskassess.NarrowRune(r)); {
	case isNumeral(r), strings.ContainsRune("㋿㍻㍼㍽㍾", r):
		return true
	case strings.ContainsRune("rhstm", nr):
		next, _ := utf8.DecodeRuneInString(rest[n:])
		next = riskassess.NarrowRune(next)
		return '0' <= next && next <= '9' || next == '.' || monthWord(rest)
	}
	for _, p := range []string{"令和", "平成", "昭和", "大正", "明治", "西暦"} {
		if strings.HasPrefix(rest, p) {
			return true
		}
	}
	return monthWord(rest)
}

// dateLike reports whether s looks like a date with a day, word being
// the word of a stated date after it ("" when none): three runs of
// numerals with a year (a number from 1900 to 2099, an era at the start:
// R.8.8.1, 2026_8_1), a word of a date (令和8(2026)年8月1日) or 現在 or
// 時点 after them (8.8.1現在); eight numerals in a row from 1900 on; two
// runs and 日 (8月1日, no year); a month without its year (8月; 8/1
// before a word, where 1/2 may number a page without one); a month and
// its year without a word (with one it is read: StatedMonth); or an
// English month's name and a number (Aug 1, 2026). A version (2.1,
// 3.1.2版), a telephone number (03-1234-5678), a fiscal year (2025年度),
// 令和7年度 第2 or 12ヶ月以内 does not.
func dateLike(s, word string) bool {
	f := wareki.Fold(s)
	groups := numberGroups(f)
	t := strings.TrimSpace(f)
	month := false
	for i := range f {
		// The name of a month in the text (Aug 1, 1 August).
		if dateStart(f, i) && monthWord(f[i:]) {
			month = true
			break
		}
	}
	if _, ok, _ := monthDate(t); ok && word == "" || groups == 1 && strings.HasSuffix(t, "月") || word != "" && groups == 2 && strings.Count(t, "/") == 1 {
		return true
	}
	era := false
	lower := strings.ToLower(t)
	for _, p := range []string{"令和", "平成", "昭和", "大正", "明治", "西暦"} {
		era = era || strings.HasPrefix(lower, p)
	}
	if c := lower[:min(2, len(lower))]; len(c) == 2 && strings.ContainsRune("rhstm", rune(c[0])) && (c[1] == '.' || '0' <= c[1] && c[1] <= '9') {
		era = true
	}
	dated := yearNumber.MatchString(f) || era || strings.ContainsAny(f, "年月日") || month || slices.Contains(asOfWords, word)
	// A date's numbers hold one of more than two digits, its year: with
	// no word after them, two are a telephone number or a standard
	// (03-3581-2026, 27001:2013), three a list of years (2016 / 2019 /
	// 2021). Before 現在 or 時点 (2026.08.01 1030 現在) they may be a
	// date and a time.
	if word == "" && len(longNumber.FindAllString(f, 2)) > 1 {
		dated = false
	}
	return groups >= 3 && dated || yearDigits.MatchString(f) || groups >= 2 && strings.Contains(f, "日") || groups >= 1 && month
}

// dateChars reports whether s holds only what a date is written with:
// numerals, 年月日, an era, a weekday, a time (午前10時30分, 10:00), Latin
// letters (Aug, Sat, R, JST), separators, spaces and brackets. A date no
// word follows is read in such text only: 「令和8年度 第1回 ISMAP運営委員会
// 資料2-1」 holds numbers and a year, and is no date.
func dateChars(s string) bool {
	for _, r := range wareki.Fold(s) {
		if !isNumeral(r) && !unicode.IsSpace(r) && !(r < utf8.RuneSelf && (unicode.IsLetter(r) || strings.ContainsRune("/.-_,:()'", r))) &&
			!strings.ContainsRune("年月日時分秒令和平成昭大正明治西暦午前後曜火水木金土・、", r) {
			return false
		}
	}
	return true
}

// yearNumber and yearDigits find, in text folded to ASCII digits, a year of
// four digits and one with its month and day in eight (20260801).
var (
	yearNumber = regexp.MustCompile(`(?:^|[^0-9])(?:19|20)[0-9]{2}(?:[^0-9]|$)`)
	yearDigits = regexp.MustCompile(`(?:^|[^0-9])(?:19|20)[0-9]{6}(?:[^0-9]|$)`)
	longNumber = regexp.MustCompile(`[0-9]{3,}`)
)

// weekdayAfter matches a weekday in brackets at the start of the text
// after 現在 or 時点 (「2026年8月1日現在（土）」, 「…時点 (土曜日)」,
// 「… 現在 (Sat)」): wareki reads it with the date before the word and
// refuses one that does not match.
var weekdayAfter = regexp.MustCompile(`^[\s\x{3000}]*[(（][\s\x{3000}]*(?:` + weekdayKanji + `|` + weekdayNames + `)[\s\x{3000}]*[)）]`)

// weekdayBefore matches a weekday at the end of the text before a date
// (「土曜日 2026年8月1日現在」, 「(Sat) 2026/8/1 現在」, 「Last updated:
// Sat 2026/8/1」): in brackets, Sun–Sat and their long forms as a word
// of their own (not after a Latin letter or a digit: …リストMon), a kanji
// with 曜 at the start or after a space, a colon or a comma, or a kanji
// alone at the start (土 2026/8/1 現在). One of its groups is the
// weekday.
var weekdayBefore = regexp.MustCompile(`(?:[(（\[［【〔][\s\x{3000}]*(` + weekdayNames + `|` + weekdayKanji + `)[\s\x{3000}]*[)）\]］】〕]|(?:^|[^A-Za-z0-9Ａ-Ｚａ-ｚ０-９])(` + weekdayNames + `)|(?:^|[\s\x{3000}:：,、，])([日月火水木金土]曜日?)|^[\s\x{3000}]*([日月火水木金土]))[\s\x{3000},、，]*$`)

// weekdayKanji is a weekday in kanji, 土, 土曜 or 土曜日, as wareki reads
// it in brackets.
const weekdayKanji = `[日月火水木金土](?:曜日?)?`

// weekdayNames are the English weekdays as wareki reads them.
const weekdayNames = `(?i:sun(?:day)?|mon(?:day)?|tue(?:s|sday)?|wed(?:nesday)?|thu(?:r|rs|rsday)?|fri(?:day)?|sat(?:urday)?)\.?`

// cutWeekdayBefore returns text, the text before a date, without a
// weekday at its end (weekdayBefore), and that weekday ("" when none).
func cutWeekdayBefore(text string) (rest, weekday string) {
	// Matched in full width too (ＭＯＮ): Fold maps rune to rune.
	f := wareki.Fold(text)
	if utf8.RuneCountInString(f) != utf8.RuneCountInString(text) {
		f = text
	}
	m := weekdayBefore.FindStringSubmatchIndex(f)
	if m == nil {
		return text, ""
	}
	// at is the byte in text of the byte i in f.
	at := func(i int) int {
		n := utf8.RuneCountInString(f[:i])
		for b := range text {
			if n == 0 {
				return b
			}
			n--
		}
		return len(text)
	}
	if m[2] >= 0 {
		return text[:at(m[0])], f[m[2]:m[3]] // the bracket too
	}
	for g := 2; g <= 4; g++ {
		if m[2*g] >= 0 {
			return text[:at(m[2*g])], f[m[2*g]:m[2*g+1]]
		}
	}
	return text, ""
}

// checkWeekday returns wareki's error (ErrWeekday) when weekday is not
// d's, as wareki.Parse checks a weekday after a date.
func checkWeekday(d riskassess.Date, weekday string) *wareki.ParseError {
	_, err := wareki.Parse(fmt.Sprintf("%d/%d/%d（%s）", d.Year, int(d.Month), d.Day, weekday))
	var pe *wareki.ParseError
	if err != nil && errors.As(err, &pe) && pe.Code == wareki.ErrWeekday {
		return pe
	}
	return nil
}

// parseStated reads s, with weekday (a weekday in brackets that follows
// the word after it, or ""), as wareki.Parse does, and also with a time
// of day after the date (「2026年8月1日 10:00現在」, 「2026/8/1 (土) 10:00
// 時点」, as wareki.CutTime cuts it): the list stands at that day, the date
// in Japan of a time with a zone (2026-07-31 23:30 UTC is 2026-08-01). A
// time that is no time of day (25:30) or a span (10:00-12) is not cut:
// s is then not read.
func parseStated(s, weekday string) (riskassess.Date, error) {
	d, err := wareki.Parse(s + weekday)
	var pe *wareki.ParseError
	if err == nil || !errors.As(err, &pe) || pe.Code != wareki.ErrSyntax {
		return d, err
	}
	folded := strings.TrimSpace(wareki.Fold(s))
	cut, shift, cerr := wareki.CutTime(folded)
	if cerr != nil || cut == folded {
		return d, err
	}
	d, err = wareki.Parse(cut + weekday)
	if err != nil {
		return d, err
	}
	return d.AddDays(shift), nil
}

// monthDate reads s as a month with its year and no day (2026年8月,
// 令和8年8月, 2026/8, R8.8): the first day of that month, and wareki's
// error for a month that does not exist (2026年13月); ok is false when
// s is not a year and a month.
func monthDate(s string) (d riskassess.Date, ok bool, err error) {
	t := strings.TrimSpace(wareki.Fold(s))
	switch {
	case strings.HasSuffix(t, "月"):
		t += "1日"
	case strings.Count(t, "/")+strings.Count(t, "-")+strings.Count(t, ".") == 1 && strings.IndexAny(t, "/-.") > 0 &&
		strings.IndexAny(t[len(t)-1:], "0123456789") == 0:
		sep := t[strings.IndexAny(t, "/-."):][:1]
		t += sep + "1"
	default:
		return riskassess.Date{}, false, nil
	}
	d, err = wareki.Parse(t)
	var pe *wareki.ParseError
	if err != nil && (!errors.As(err, &pe) || pe.Code != wareki.ErrMonth && pe.Code != wareki.ErrEraRange) {
		return riskassess.Date{}, false, nil
	}
	return d, true, err
}

// labelNames are the names (headerKey) of the dates that are not the
// list's: the registration and expiry columns of HeaderNames, and
// 有効期間 over both in a header on two rows.
var labelNames = func() []string {
	var out []string
	for _, c := range []column{colRegistered, colValidUntil} {
		for _, n := range HeaderNames[c].Names {
			out = append(out, headerKey(n))
		}
	}
	return append(out, headerKey("有効期間"))
}()

// dateLabel reports whether text, the text before a date in its cell
// or the cell before the date's cell, ends with the name of another date
// (登録日 2025年4月1日時点, 有効期限：…, 登録日（…）): a
// registration or expiry date shown above the header is a service's date,
// not the list's.
func dateLabel(text string) bool {
	text = strings.TrimRightFunc(text, func(r rune) bool {
		_, open := statedBrackets[r]
		return open || unicode.IsSpace(r) || r == ':' || r == '：' || r == '='
	})
	k := headerKey(text)
	return k != "" && slices.ContainsFunc(labelNames, func(n string) bool { return strings.HasSuffix(k, n) })
}

// numberLabels name a number (NFKC, lower case, no full stop): the
// digits after them (No. 20260801現在, 番号 20260801) are a number
// that reads as a date, not the list's date.
var numberLabels = []string{"no", "#", "番号", "ver", "version", "rev"}

// numberLabel reports whether text, the text before a date in its cell
// or the cell before the date's cell, ends with one of numberLabels
// (a Latin one as a word of its own): 「No. 20260801現在」 is a number,
// as 「No.20260801現在」 is.
func numberLabel(text string) bool {
	k := strings.ToLower(norm.NFKC.String(text))
	k = strings.TrimRightFunc(k, func(r rune) bool { return unicode.IsSpace(r) || r == '.' || r == ':' })
	for _, w := range numberLabels {
		rest, ok := strings.CutSuffix(k, w)
		if !ok {
			continue
		}
		// A Latin label is a word of its own (not …casino).
		r, _ := utf8.DecodeLastRuneInString(rest)
		if w[0] < 'a' || w[0] > 'z' || rest == "" || r >= utf8.RuneSelf || !unicode.IsLetter(r) {
			return true
		}
	}
	return false
}

// statedBrackets pairs the brackets a stated date may fill.
var statedBrackets = map[rune]rune{'（': '）', '(': ')', '【': '】', '［': '］', '[': ']', '〔': '〕', '「': '」'}

// statesList reports whether a date and 現在 or 時点 with the text
// before and after them in their cell date the list (see statedIn): the
// cell holds nothing else, or a bracket holds nothing else, or nothing
// follows and the date starts a word of its own after a title (a
// space, a colon or Japanese text before it; not a letter, a digit or
// "." as in No.20260801), or the date starts the cell and a title
// follows after a space or の (令和8年8月1日現在のISMAPクラウドサービス
// リスト). A full stop after the word (2026年8月1日現在。) is allowed,
// and so is a note after it that starts with ※ (…リスト 2026年8月1日現在
// ※更新手続中のサービスを含みます). In a bracket that the date starts,
// a phrase may follow the word after a comma (（令和8年8月1日現在、
// 登録番号順）) when it holds no other 現在 or 時点 and no bracket.
func statesList(before, after string) bool {
	if dateLabel(before) || numberLabel(before) {
		return false
	}
	trimmed := strings.TrimRightFunc(before, unicode.IsSpace)
	if t := strings.TrimSpace(after); t == "。" || t == "." || t == "．" {
		after = ""
	}
	if t := strings.TrimLeftFunc(after, func(r rune) bool { return unicode.IsSpace(r) || r == '。' || r == '.' || r == '．' }); strings.HasPrefix(t, "※") {
		after = "" // a note of its own
	}
	if o, _ := utf8.DecodeLastRuneInString(trimmed); statedBrackets[o] != 0 {
		if bracketClause(after, statedBrackets[o]) {
			return true
		}
	}
	if strings.TrimSpace(after) == "" {
		if trimmed == "" || trimmed != before {
			return true // the cell, or a space before the date
		}
		r, _ := utf8.DecodeLastRuneInString(before)
		return r == ':' || r == '：' || (r > unicode.MaxASCII && !unicode.IsDigit(r) && !unicode.Is(unicode.Latin, r) && r != '．')
	}
	if trimmed == "" {
		if c, _ := utf8.DecodeRuneInString(after); unicode.IsSpace(c) || c == 'の' {
			return listTitle(strings.TrimPrefix(after, "の"))
		}
	}
	o, _ := utf8.DecodeLastRuneInString(trimmed)
	c, _ := utf8.DecodeRuneInString(strings.TrimSpace(after))
	closing, open := statedBrackets[o]
	return open && closing == c
}

// clauseCommas may follow a stated date in a bracket before a phrase.
var clauseCommas = []string{"、", "，", ",", "､"}

// bracketClause reports, for the text after 現在 or 時点 in a bracket
// closed by closing, whether it is a comma and a phrase up to closing
// (、登録番号順）) holding no bracket and no other 現在 or 時点.
func bracketClause(after string, closing rune) bool {
	for _, c := range clauseCommas {
		rest, cut := strings.CutPrefix(after, c)
		if !cut {
			continue
		}
		i := strings.IndexRune(rest, closing)
		if i < 0 {
			return false
		}
		phrase := strings.TrimSpace(rest[:i])
		return phrase != "" && !strings.ContainsAny(phrase, "（）()【】［］[]〔〕「」") &&
			!slices.ContainsFunc(asOfWords, func(w string) bool { return strings.Contains(phrase, w) })
	}
	return false
}

// listTitleWords end the title of a list (…クラウドサービスリスト,
// 登録サービス一覧, Cloud Service List).
var listTitleWords = []string{"リスト", "一覧", "一覧表", "名簿", "list"}

// listTitle reports whether s, the text after a date that starts its
// cell, is the title of a list: it ends with one of listTitleWords,
// or with one and a bracket after it (…リスト（ISMAP-LIU）), a full
// stop allowed. A sentence (の登録サービスを含みます) is not.
func listTitle(s string) bool {
	s = strings.TrimRight(strings.TrimSpace(s), "。.．")
	if c, _ := utf8.DecodeLastRuneInString(s); c != utf8.RuneError {
		for open, closing := range statedBrackets {
			if c == closing {
				if i := strings.LastIndex(s, string(open)); i > 0 {
					s = strings.TrimSpace(s[:i])
				}
				break
			}
		}
	}
	s = strings.ToLower(s)
	for _, w := range listTitleWords {
		if strings.HasSuffix(s, w) {
			return true
		}
	}
	return false
}

// mapServices reads the services of the rows below the header row hdr,
// whose columns are cols.
func mapServices(rows [][]string, hdr int, cols [nColumns]int, merged map[[2]int][2]int, struck func(row, col int) bool, place func(row, col int) string, date1904 bool) ([]riskassess.ISMAPListing, error) {
	var status []int
	for i, h := range rows[hdr] {
		if statusHeaders[headerKey(h)] {
			status = append(status, i)
		}
	}
	var out []riskassess.ISMAPListing
	seen := map[string]int{}
	get := func(row []string, c column) string {
		if i := cols[c]; i >= 0 && i < len(row) {
			return cellText(row[i], c == colScope)
		}
		return ""
	}
	cellErr := func(r int, c column, jaMsg, enMsg string) *Error {
		return &Error{Place: place(r, cols[c]), Text: riskassess.T(jaMsg, enMsg)}
	}
	for r := hdr + 1; r < len(rows); r++ {
		row := rows[r]
		nonBlank := func(s string) bool { return strings.TrimSpace(s) != "" }
		i := slices.IndexFunc(row, nonBlank)
		if i < 0 {
			continue
		}
		// A cell merged over the rows of two services (a provider with
		// two services) holds its text in its first cell only: the
		// others read as empty, and deleting their row, as the message
		// for an empty cell says, dropped a listed service. Each row
		// of the merged cells has its text; a merged registration
		// number (two rows for one service?) is refused.
		for c, at := range cols {
			from, ok := merged[[2]int{r, at}]
			if !ok || at < 0 || from[0] <= hdr || from[0] == r || from[0] >= len(rows) || from[1] >= len(rows[from[0]]) {
				continue
			}
			if column(c) == colNumber {
				return nil, &Error{Place: place(r, at), Text: riskassess.T(
					fmt.Sprintf("登録番号のセルが %s と結合されています。どの行がどのサービスか分からないため取り込みません。結合を解除し、サービスごとに1行にしてから取り込んでください", place(from[0], from[1])),
					fmt.Sprintf("the registration number cell is merged with %s: which row is which service is not guessed; unmerge it and keep one row per service before importing", place(from[0], from[1])))}
			}
			if at < len(row) && strings.TrimSpace(row[at]) != "" {
				continue
			}
			row = slices.Clone(row)
			if at >= len(row) {
				row = append(row, make([]string, at+1-len(row))...)
			}
			row[at] = rows[from[0]][from[1]]
		}
		// A section of withdrawn services below the listed ones opens
		// with a title row: refused here, not as a row without number,
		// which would ask for the title alone to be deleted.
		if !slices.ContainsFunc(row[i+1:], nonBlank) && withdrawn(row[i]) {
			v := cellText(row[i], false)
			return nil, &Error{Place: place(r, i), Text: riskassess.T(
				fmt.Sprintf("「%s」: ここから下は登録取消・失効したサービスの一覧のようです。掲載中のサービスとして記録しないよう、この行から下の取消・失効の一覧を削除してから取り込んでください", v),
				fmt.Sprintf("%q: the services below seem to be withdrawn or lapsed; so that they are not recorded as listed, delete this row and the withdrawn services below it before importing", v))}
		}
		// Text struck through (見え消し) is deleted text: a withdrawn
		// service, a function taken out of the scope. Read as it stood,
		// it was recorded as listed (as the questionnaires refuse a
		// struck answer).
		for c, at := range cols {
			if struck != nil && at >= 0 && at < len(row) && strings.TrimSpace(row[at]) != "" && struck(r, at) {
				return nil, &Error{Place: place(r, at), Text: riskassess.T(
					fmt.Sprintf("%s「%s」に取り消し線（見え消し）があります。取り消し線のある文字は読みません。取り消されたサービスならこの行を削除し、掲載中のサービスなら取り消した文字を削除して取り消し線を外してから取り込んでください", HeaderNames[c].Ja, cellText(row[at], false)),
					fmt.Sprintf("the %s is struck through: struck-through text is not read; if the service was withdrawn, delete this row; if it is listed, delete the struck text and remove the strikethrough before importing", HeaderNames[c].En))}
			}
		}
		l := riskassess.ISMAPListing{Number: get(row, colNumber), Service: get(row, colService), Provider: get(row, colProvider), Scope: get(row, colScope)}
		// A header on two rows (登録番号 merged down, 「有効期間」 over
		// 登録日 and 有効期限): deleting the second row would leave the
		// columns named only there unread.
		if get(row, colNumber) == "" {
			if i := slices.IndexFunc(row, func(h string) bool { _, ok := headerIndex[headerKey(h)]; return ok }); i >= 0 {
				h := cellText(row[i], false)
				return nil, &Error{Place: place(r, i), Text: riskassess.T(
					fmt.Sprintf("見出し「%s」が見出しの行の下の行にあります。見出しが2行にわたっているようです。1行の見出し（登録番号、クラウドサービス名称、…、%s）にまとめてから取り込んでください", h, h),
					fmt.Sprintf("the header %q is in the row below the header row: the header seems to span two rows; make it one row (registration number, service name, …, %s) before importing", h, h))}
			}
		}
		for _, c := range []column{colNumber, colService, colProvider} {
			if get(row, c) == "" {
				return nil, cellErr(r, c, HeaderNames[c].Ja+"が空です。この行を埋めるか削除してから取り込んでください",
					"the "+HeaderNames[c].En+" is empty: fill in or delete this row before importing")
			}
		}
		if c, ok := headerIndex[headerKey(get(row, colNumber))]; ok && c == colNumber {
			n := get(row, colNumber)
			return nil, cellErr(r, colNumber,
				fmt.Sprintf("見出しの行「%s」がもう一度あります。別の一覧（登録取消・失効したサービスなど）が続いているようです。掲載中のサービスの一覧だけにしてから取り込んでください", n),
				fmt.Sprintf("the header %q comes again: another list (of withdrawn or lapsed services?) seems to follow; keep only the list of services listed before importing", n))
		}
		for _, i := range status {
			if i < len(row) && withdrawn(row[i]) {
				v := cellText(row[i], false)
				return nil, &Error{Place: place(r, i), Text: riskassess.T(
					fmt.Sprintf("%s「%s」: 登録取消・失効したサービスをリストに掲載中として記録しないよう、この行を削除してから取り込んでください（掲載中のサービスなら、この欄の記載を消してください）", cellText(rows[hdr][i], false), v),
					fmt.Sprintf("%s %q: so that a withdrawn or lapsed service is not recorded as listed, delete this row before importing (if the service is listed, clear this cell)", cellText(rows[hdr][i], false), v))}
			}
		}
		if !fieldrule.ValidISMAPNumber(l.Number) {
			fix, ok := fieldrule.ISMAPNumberReplacement(l.Number)
			if !ok {
				return nil, cellErr(r, colNumber,
					fmt.Sprintf("登録番号 %q が ISMAP の登録番号の形（例: %s）ではありません。列の対応を確かめてください", l.Number, fieldrule.ISMAPNumberExample),
					fmt.Sprintf("registration number %q is not in the form of an ISMAP registration number (e.g. %s): check that the right column was read", l.Number, fieldrule.ISMAPNumberExample))
			}
			l.Number = fix
		}
		if j, dup := seen[l.Number]; dup {
			return nil, cellErr(r, colNumber,
				fmt.Sprintf("登録番号 %s が2回あります（最初は %s）。1行にしてから取り込んでください", l.Number, place(j, cols[colNumber])),
				fmt.Sprintf("registration number %s is listed twice (first at %s): keep one row before importing", l.Number, place(j, cols[colNumber])))
		}
		seen[l.Number] = r
		for _, c := range []column{colRegistered, colValidUntil} {
			v := get(row, c)
			if v == "" {
				continue
			}
			d, err := parseListDate(v, date1904)
			if err != nil {
				return nil, cellErr(r, c,
					fmt.Sprintf("%s %q を日付として読めません（例: 2026-04-01、2026/4/1、令和8年4月1日）", HeaderNames[c].Ja, v),
					fmt.Sprintf("cannot read the %s %q as a date (e.g. 2026-04-01, 2026/4/1, 令和8年4月1日)", HeaderNames[c].En, v))
			}
			if c == colRegistered {
				l.Registered = d
			} else {
				l.ValidUntil = d
			}
		}
		out = append(out, l)
	}
	if len(out) == 0 {
		return nil, errorf("", "見出しの行の下にサービスが1件もありません", "there is no service below the header row")
	}
	return out, nil
}

// statusHeaders are the headers (headerKey) of the columns that may say a
// service was withdrawn or has lapsed: a status or remarks column.
var statusHeaders = func() map[string]bool {
	m := map[string]bool{}
	for _, n := range []string{"状態", "ステータス", "登録状況", "登録状態", "掲載状況", "掲載状態", "区分", "登録区分", "備考", "Status", "Remarks", "Note", "Notes"} {
		m[headerKey(n)] = true
	}
	return m
}()

// withdrawnWords are the words (NameKey form) of a status cell or a
// section title saying that a registration was withdrawn (登録取消),
// lapsed (失効) or suspended.
var withdrawnWords = []string{"取消", "取り消", "取りけし", "取下", "取り下", "失効", "抹消", "辞退", "廃止", "停止", "期限切れ",
	"withdrawn", "withdrawal", "revoked", "revocation", "cancel", "expired", "lapsed", "suspended"}

// withdrawn reports whether cell s says that a registration was withdrawn,
// lapsed or suspended.
func withdrawn(s string) bool {
	k := NameKey(s)
	return slices.ContainsFunc(withdrawnWords, func(w string) bool { return strings.Contains(k, w) })
}

// cellText returns the text of a cell as the snapshot keeps it: trimmed,
// its line breaks (Alt+Enter in Excel, a quoted line break in CSV: the
// portal's list breaks long names and scopes) as LF in the scope and as a
// space in every other field, which the register keeps on one line, and
// other control characters (a tab) as a space. Names are compared without
// white space (NameKey), so a broken name still agrees with the register.
func cellText(s string, multiLine bool) string {
	s = strings.NewReplacer("\r\n", "\n", "\r", "\n", "\u2028", "\n", "\u2029", "\n", "\u0085", "\n").Replace(s)
	lines := strings.Split(s, "\n")
	kept := lines[:0]
	for _, l := range lines {
		l = strings.TrimSpace(strings.Map(func(r rune) rune {
			if r < ' ' || r >= 0x7f && r <= 0x9f {
				return ' '
			}
			return r
		}, l))
		if l != "" {
			kept = append(kept, l)
		}
	}
	if multiLine {
		return strings.Join(kept, "\n")
	}
	return strings.Join(kept, " ")
}

// findHeader returns the index of the header row and the index of each
// column in it (-1: absent). The header row is the first of the first
// maxHeaderRows rows in which the registration number, service name and
// provider columns are all found.
func findHeader(rows [][]string) (int, [nColumns]int, error) {
	var best []string
	bestN := -1
	for r := 0; r < len(rows) && r < maxHeaderRows; r++ {
		var cols [nColumns]int
		for i := range cols {
			cols[i] = -1
		}
		n := 0
		var dup *Error
		for i, h := range rows[r] {
			c, ok := headerIndex[headerKey(h)]
			if !ok {
				continue
			}
			if cols[c] >= 0 && dup == nil {
				dup = errorf("", "%d行目の見出し %q と %q がどちらも「%s」の列として読めます。どちらか一方の見出しを変えてください",
					"row %d: the headers %q and %q both read as the %s column; rename one of them",
					r+1, rows[r][cols[c]], h, HeaderNames[c].Ja)
				dup.Text.En = fmt.Sprintf("row %d: the headers %q and %q both read as the %s column; rename one of them", r+1, rows[r][cols[c]], h, HeaderNames[c].En)
				continue
			}
			cols[c] = i
			n++
		}
		if cols[colNumber] >= 0 && cols[colService] >= 0 && cols[colProvider] >= 0 {
			if dup != nil {
				return 0, cols, dup
			}
			return r, cols, nil
		}
		if n > bestN && slices.ContainsFunc(rows[r], func(s string) bool { return strings.TrimSpace(s) != "" }) {
			best, bestN = rows[r], n
		}
	}
	var seen []string
	for _, h := range best {
		if h = strings.TrimSpace(h); h != "" {
			seen = append(seen, strconv.Quote(h))
		}
	}
	saw := strings.Join(seen, ", ")
	if saw == "" {
		saw = "（なし / none）"
	}
	var needJa, needEn []string
	for _, c := range []column{colNumber, colService, colProvider} {
		needJa = append(needJa, "「"+HeaderNames[c].Ja+"」（"+strings.Join(HeaderNames[c].Names, "・")+"）")
		needEn = append(needEn, HeaderNames[c].En+" ("+strings.Join(HeaderNames[c].Names, ", ")+")")
	}
	return 0, [nColumns]int{}, &Error{Text: riskassess.T(
		fmt.Sprintf("ISMAP のクラウドサービスリストとして読めません。見出しの行が見つかりません（読めた見出し: %s）。必要な列: %s。ポータルのリストをそのまま保存したファイルを指定してください（docs/public-lists.md）", saw, strings.Join(needJa, "、")),
		fmt.Sprintf("cannot read the file as an ISMAP cloud service list: no header row found (headers seen: %s); columns needed: %s. Give the list as saved from the portal (docs/public-lists.md)", saw, strings.Join(needEn, "; ")))}
}

// parseListDate reads a date cell: an Excel serial day number (a cell read
// raw; counted from 1904-01-01 when date1904), or any form package wareki
// reads (2026-04-01, 2026/4/1, 令和8年4月1日). Its error's text is
// bilingual ("ja / en"), like package wareki's.
func parseListDate(s string, date1904 bool) (riskassess.Date, error) {
	// 20270228 typed as a number is a date wareki reads; a serial day
	// number before 2000 (a year alone, 2027, would be 1905-07-19) is
	// no date of the ISMAP lists, which began in 2020.
	// Go's number syntax (4_6113, 0x1p4) is no serial: strconv read
	// 4_6113 as 46113, a date nobody wrote.
	if f, err := strconv.ParseFloat(s, 64); err == nil && strings.Trim(s, "0123456789+-.eE") == "" && !(len(s) == 8 && f == math.Trunc(f)) {
		if f < 36526 || f > wareki.MaxExcelSerial || math.IsNaN(f) {
			n := strconv.FormatFloat(f, 'f', -1, 64)
			return riskassess.Date{}, fmt.Errorf("数値 %s は 2000年1月1日（36526）～9999年12月31日（%d）の Excel の日付の通し番号ではありません。2026/4/1 のように年月日を区切って記入してください / the number %s is not an Excel date serial from 2000-01-01 (36526) to 9999-12-31 (%d); write the date with separators, e.g. 2026/4/1",
				n, wareki.MaxExcelSerial, n, wareki.MaxExcelSerial)
		}
		return wareki.ExcelSerial(f, date1904)
	}
	// A date and time ("2026/04/01 0:00:00") reads as its date, in Japan
	// when the time has a zone: 2027-04-29T15:00:00Z, an export's JST
	// midnight of 2027-04-30 in UTC, is 2027-04-30 (wareki.CutTime, as
	// the questionnaires read theirs). Only a time is cut: a note after
	// the date ("2027/4/30 更新予定") is refused, not dropped.
	s, shift, err := wareki.CutTime(strings.TrimSpace(wareki.Fold(s)))
	if err != nil {
		return riskassess.Date{}, err
	}
	d, err := wareki.Parse(s)
	if err != nil || shift == 0 {
		return d, err
	}
	return d.AddDays(shift), nil
}
