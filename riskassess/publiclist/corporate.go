package publiclist

import (
	"bufio"
	"bytes"
	"encoding/csv"
	"errors"
	"fmt"
	"io"
	"slices"
	"strings"
	"unicode/utf8"

	"github.com/gikai-sec/riskregister/riskassess"
	"github.com/gikai-sec/riskregister/riskassess/fieldrule"
	"golang.org/x/text/encoding/japanese"
	"golang.org/x/text/transform"
)

// Columns of the National Tax Agency's corporate-number download data
// (法人番号公表サイト「データダウンロード」, CSV without a header row), 0-based.
const (
	ncSequence   = 0  // 一連番号
	ncNumber     = 1  // 法人番号
	ncProcess    = 2  // 処理区分
	ncUpdated    = 4  // 更新年月日
	ncChanged    = 5  // 変更年月日
	ncName       = 6  // 商号又は名称
	ncPrefecture = 9  // 国内所在地（都道府県）
	ncClosed     = 18 // 登記記録の閉鎖等年月日
	ncCloseCause = 19 // 登記記録の閉鎖等の事由
	ncSuccessor  = 20 // 承継先法人番号
	ncLatest     = 23 // 最新履歴 (1 latest, 0 past)
	ncFurigana   = 28 // フリガナ
	// ncMinFields is how many columns a record must have: up to 最新履歴.
	ncMinFields = ncLatest + 1
)

// CorporateScan is the result of ScanCorporate.
type CorporateScan struct {
	// Records are the latest records of the wanted numbers found, by
	// number.
	Records map[string]riskassess.CorporateRecord
	// Rows is how many records the file held.
	Rows int
	// PastOnly are the wanted numbers the file holds only past records
	// (最新履歴 0) of, sorted: they are not in Records.
	PastOnly []string
	// FirstUpdated and LastUpdated are the earliest and the latest
	// 更新年月日 of all the file's records (wanted or not; a record
	// whose 更新年月日 is not a YYYY-MM-DD date is left out), zero when
	// there is none. A difference file holds one day's changes, all
	// updated on that day; full data holds every corporation, updated
	// since 2015: the span tells a difference file renamed from full
	// data.
	FirstUpdated, LastUpdated riskassess.Date
}

// DifferenceSpanDays is the most days between the earliest and the latest
// 更新年月日 of a file that reads as difference data: the agency's
// difference file holds one day's changes, its full data corporations
// updated over years.
const DifferenceSpanDays = 7

// LooksLikeDifference reports whether the scanned file cannot be full
// data: it holds no record, or its records were all updated within
// DifferenceSpanDays (a difference file renamed by staff, or rows cut
// from one). Full data read from such a file would report every other
// corporation as not existing.
func (s CorporateScan) LooksLikeDifference() bool {
	return s.Rows == 0 || !s.FirstUpdated.IsZero() && !s.FirstUpdated.AddDays(DifferenceSpanDays).Before(s.LastUpdated)
}

// ScanCorporate reads the National Tax Agency's corporate-number download
// data (全件データ of a prefecture or of all of Japan, or 差分データ) from
// r, in the documented column layout without a header row, in the Unicode
// (UTF-8) version or the Shift_JIS version, and keeps the latest record
// (by 更新年月日 and 一連番号) of each number for which want returns true,
// among its current records: a past record (最新履歴 0, a correction of
// history in a difference file) is not kept, and a number that has only
// past records in r is not in Records (it is in PastOnly).
//
// It streams: memory stays bounded whatever the size of r (the national
// file has about five million rows); only the kept records are retained.
// Every row is checked: fewer than 24 columns, a 法人番号 that is not 13
// digits or fails its check digit (fieldrule.CheckCorporateNumber), a
// date not in YYYY-MM-DD form are refused with the line (an *Error with
// Place "line N"), since a file that does not have this layout would
// otherwise be read wrong. A header row on line 1 (a file someone saved
// from a spreadsheet) is skipped.
func ScanCorporate(r io.Reader, want func(number string) bool) (CorporateScan, error) {
	br := bufio.NewReaderSize(r, 1<<20)
	in, err := textReader(br)
	if err != nil {
		return CorporateScan{}, err
	}
	cr := csv.NewReader(in)
	cr.FieldsPerRecord = -1
	cr.ReuseRecord = true
	out := CorporateScan{Records: map[string]riskassess.CorporateRecord{}}
	seq := map[string]string{} // the 一連番号 of each kept record
	past := map[string]bool{}  // wanted numbers with a past record
	var first, last string     // the earliest and latest 更新年月日
	for line := 1; ; line++ {
		rec, err := cr.Read()
		if err == io.EOF {
			break
		}
		place := fmt.Sprintf("%d", line)
		if err != nil {
			var pe *csv.ParseError
			if errors.As(err, &pe) {
				place = fmt.Sprintf("%d", pe.Line)
			}
			return out, &Error{Place: place, Text: riskassess.T("CSV として読めません: "+err.Error(), "cannot read as CSV: "+err.Error())}
		}
		if line == 1 && len(rec) > ncNumber && !isDigits(strings.TrimSpace(rec[ncNumber])) {
			continue // a header row
		}
		if len(rec) < ncMinFields {
			return out, errorf(place, "列が %d 個しかありません（%d 個以上必要）。法人番号公表サイトのデータダウンロードのファイル（CSV形式・Unicode）をそのまま指定してください",
				"the row has %d columns, fewer than %d: give the file downloaded from the corporate-number site (CSV, Unicode) as it is", len(rec), ncMinFields)
		}
		out.Rows++
		// Dates in YYYY-MM-DD order as text: no parse per row.
		if up := rec[ncUpdated]; isoDateForm(up) {
			if first == "" || up < first {
				first = strings.Clone(up)
			}
			if up > last {
				last = strings.Clone(up)
			}
		}
		num := rec[ncNumber]
		if err := fieldrule.CheckCorporateNumber(num); err != nil {
			ja, en, _ := strings.Cut(err.Error(), " / ")
			return out, &Error{Place: place, Text: riskassess.T(
				fmt.Sprintf("2列目の法人番号 %q が正しくありません（%s）。国税庁のファイルの列の並びではないようです", num, ja),
				fmt.Sprintf("the corporate number %q in column 2 is not valid (%s): the file does not have the agency's column layout", num, en))}
		}
		if !want(num) {
			continue
		}
		// A past record (最新履歴 0) is history, not the corporation's
		// state: a difference file carries one when an old record is
		// corrected (訂正). Kept, it replaced the current record of the
		// snapshot it was laid on, and a closed corporation read as
		// active.
		if rec[ncLatest] == "0" {
			past[strings.Clone(num)] = true
			continue
		}
		if prev, ok := out.Records[num]; ok {
			up := mustDate(rec[ncUpdated])
			newer := prev.Updated.Before(up) || prev.Updated == up && seqLess(seq[num], rec[ncSequence])
			if !newer {
				continue
			}
		}
		cr, rerr := corporateRecord(rec)
		if rerr != nil {
			rerr.Place = place
			return out, rerr
		}
		out.Records[num] = cr
		seq[num] = strings.Clone(rec[ncSequence])
	}
	out.FirstUpdated, out.LastUpdated = mustDate(first), mustDate(last)
	if out.FirstUpdated.IsZero() || out.LastUpdated.IsZero() {
		out.FirstUpdated, out.LastUpdated = riskassess.Date{}, riskassess.Date{}
	}
	for n := range past {
		if _, ok := out.Records[n]; !ok {
			out.PastOnly = append(out.PastOnly, n)
		}
	}
	slices.Sort(out.PastOnly)
	return out, nil
}

// textReader returns br as UTF-8 text without a BOM: the Unicode version
// as it is, the Shift_JIS version decoded (told apart by the first 64 KiB).
func textReader(br *bufio.Reader) (io.Reader, error) {
	head, err := br.Peek(64 << 10)
	if err != nil && err != io.EOF && err != bufio.ErrBufferFull {
		return nil, err
	}
	if bytes.HasPrefix(head, []byte("\xef\xbb\xbf")) {
		br.Discard(3)
		return br, nil
	}
	// The peeked bytes may end inside a character.
	for i := 0; i < 3 && len(head) > 0 && !utf8.Valid(head); i++ {
		head = head[:len(head)-1]
	}
	if utf8.Valid(head) {
		return br, nil
	}
	return transform.NewReader(br, japanese.ShiftJIS.NewDecoder()), nil
}

// corporateRecord copies the fields of rec the register keeps (the
// strings are cloned: rec is reused by the CSV reader).
func corporateRecord(rec []string) (riskassess.CorporateRecord, *Error) {
	c := riskassess.CorporateRecord{
		Number:     strings.Clone(rec[ncNumber]),
		Name:       strings.Clone(rec[ncName]),
		Process:    strings.Clone(rec[ncProcess]),
		Prefecture: strings.Clone(rec[ncPrefecture]),
		CloseCause: strings.Clone(rec[ncCloseCause]),
		Successor:  strings.Clone(rec[ncSuccessor]),
	}
	if len(rec) > ncFurigana {
		c.Kana = strings.Clone(rec[ncFurigana])
	}
	for _, d := range []struct {
		col  int
		into *riskassess.Date
		ja   string
	}{{ncUpdated, &c.Updated, "更新年月日"}, {ncChanged, &c.Changed, "変更年月日"}, {ncClosed, &c.Closed, "登記記録の閉鎖等年月日"}} {
		if rec[d.col] == "" {
			continue
		}
		v, err := riskassess.ParseDate(rec[d.col])
		if err != nil {
			return c, errorf("", "%d列目の%s %q が YYYY-MM-DD の日付ではありません", "column %d (%s) %q is not a YYYY-MM-DD date", d.col+1, d.ja, rec[d.col])
		}
		*d.into = v
	}
	if c.Successor != "" {
		if err := fieldrule.CheckCorporateNumber(c.Successor); err != nil {
			return c, errorf("", "%d列目の承継先法人番号 %q が正しくありません", "column %d: the successor's corporate number %q is not valid", ncSuccessor+1, c.Successor)
		}
	}
	return c, nil
}

// mustDate parses an ISO date, giving the zero Date for anything else
// (corporateRecord refuses it when the record is kept).
func mustDate(s string) riskassess.Date {
	d, _ := riskassess.ParseDate(s)
	return d
}

// seqLess reports whether the sequence number a sorts before b
// (numerically: the agency's numbers are not zero-padded).
func seqLess(a, b string) bool {
	if len(a) != len(b) {
		return len(a) < len(b)
	}
	return a < b
}

// isoDateForm reports whether s has the form YYYY-MM-DD (digits and
// dashes; whether it is a day is not checked).
func isoDateForm(s string) bool {
	return len(s) == 10 && s[4] == '-' && s[7] == '-' && isDigits(s[:4]) && isDigits(s[5:7]) && isDigits(s[8:])
}

func isDigits(s string) bool {
	if s == "" {
		return false
	}
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return true
}
