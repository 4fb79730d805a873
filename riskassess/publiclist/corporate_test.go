package publiclist

import (
	"bytes"
	"fmt"
	"io"
	"runtime"
	"slices"
	"strings"
	"testing"

	"github.com/gikai-sec/riskregister/riskassess"
	"github.com/gikai-sec/riskregister/riskassess/fieldrule"
	"github.com/google/go-cmp/cmp"
	"golang.org/x/text/encoding/japanese"
)

func wantSet(nums ...string) func(string) bool {
	m := map[string]bool{}
	for _, n := range nums {
		m[n] = true
	}
	return func(s string) bool { return m[s] }
}

var zenkokuWant = map[string]riskassess.CorporateRecord{
	"5999001001703": {Number: "5999001001703", Name: "株式会社調布綜合警備", Kana: "チョウフソウゴウケイビ", Process: "11", Updated: date("2025-07-01"), Changed: date("2025-06-20"), Prefecture: "東京都"},
	"7999001001370": {Number: "7999001001370", Name: "布田データ入力株式会社", Kana: "フダデータニュウリョク", Process: "71", Updated: date("2026-05-12"), Changed: date("2026-05-01"), Prefecture: "東京都", Closed: date("2026-05-01"), CloseCause: "11", Successor: "3999001002001"},
	// Two records: the past one (最新履歴 0) in 港区, the latest in 横浜市.
	"2999001002002": {Number: "2999001002002", Name: "株式会社ミナト計算センター", Kana: "ミナトケイサンセンター", Process: "12", Updated: date("2024-03-01"), Changed: date("2024-02-20"), Prefecture: "神奈川県"},
}

func TestScanCorporate(t *testing.T) {
	utf := readFixture(t, "nta-zenkoku-unicode.csv")
	sjis, err := japanese.ShiftJIS.NewEncoder().Bytes(utf)
	if err != nil {
		t.Fatal(err)
	}
	header := append([]byte("\ufeff一連番号,法人番号,処理区分\r\n"), utf...)
	for _, tt := range []struct {
		name string
		data []byte
	}{
		{"Unicode version", utf},
		{"Shift_JIS version", sjis},
		{"saved with a BOM and a header row", header},
	} {
		t.Run(tt.name, func(t *testing.T) {
			got, err := ScanCorporate(bytes.NewReader(tt.data), wantSet("5999001001703", "7999001001370", "2999001002002", "1999001001814"))
			if err != nil {
				t.Fatal(err)
			}
			// The span of 更新年月日 covers every row, wanted or not
			// (the earliest, 2015-11-20, is of a number not wanted).
			if d := cmp.Diff(CorporateScan{Records: zenkokuWant, Rows: 8, FirstUpdated: date("2015-11-20"), LastUpdated: date("2026-07-10")}, got); d != "" {
				t.Errorf("ScanCorporate (-want +got):\n%s", d)
			}
		})
	}
}

func TestScanCorporateRefuses(t *testing.T) {
	for _, tt := range []struct {
		file, place, want string
	}{
		{"nta-malformed-columns.csv", "2", "the row has 20 columns, fewer than 24"},
		{"nta-malformed-checkdigit.csv", "2", `the corporate number "5999001001704" in column 2 is not valid`},
		{"nta-malformed-date.csv", "1", `column 5 (更新年月日) "2018/04/02" is not a YYYY-MM-DD date`},
		{"ismap-portal.csv", "2", "fewer than 24"}, // line 1 is taken for a header row
	} {
		t.Run(tt.file, func(t *testing.T) {
			_, err := ScanCorporate(bytes.NewReader(readFixture(t, tt.file)), func(string) bool { return true })
			e, ok := err.(*Error)
			if !ok {
				t.Fatalf("ScanCorporate: %v, want an *Error", err)
			}
			if e.Place != tt.place || !strings.Contains(e.Message("en"), tt.want) {
				t.Errorf("error %q at %q, want %q at %q", e.Message("en"), e.Place, tt.want, tt.place)
			}
			if e.Message("ja") == e.Message("en") {
				t.Errorf("no Japanese message: %q", e.Message("ja"))
			}
		})
	}
}

// synthCorporate generates n rows of the agency's layout on the fly (the
// file is never held in memory or written), every number valid; the row
// of number keep (if any) is the n/2-th.
type synthCorporate struct {
	n, i int
	buf  []byte
	keep string
	// sample is called every 10,000 rows.
	sample func()
}

func (s *synthCorporate) Read(p []byte) (int, error) {
	for len(s.buf) < len(p) && s.i < s.n {
		base := fmt.Sprintf("%012d", 100000000000+int64(s.i))
		num := fmt.Sprintf("%d%s", fieldrule.CorporateCheckDigit(base), base)
		if s.i == s.n/2 && s.keep != "" {
			num = s.keep
		}
		s.buf = fmt.Appendf(s.buf, `%d,"%s","01","0","2020-01-01","2015-10-05","株式会社合成データ%d",,"301","東京都","調布市","小島町２丁目３６番地１",,"13","208","1820026",,,,,,,"2015-10-05","1","Synthetic Data Co., Ltd.","Tokyo","2-36-1 Kojimacho, Chofu shi",,"ゴウセイデータ","0"`+"\r\n",
			s.i+1, num, s.i)
		s.i++
		if s.sample != nil && s.i%10000 == 0 {
			s.sample()
		}
	}
	if len(s.buf) == 0 {
		return 0, io.EOF
	}
	n := copy(p, s.buf)
	s.buf = s.buf[n:]
	return n, nil
}

// TestScanCorporateBoundedMemory reads 400,000 synthetic rows (about 100
// MB, never held anywhere) and checks that the live heap stays small: a
// reader that kept the rows, or the file, would grow by far more. The heap
// is measured after a collection every 10,000 rows, so garbage the
// collector has not reached yet on a busy machine does not count (the
// test was flaky when it read HeapAlloc without one).
func TestScanCorporateBoundedMemory(t *testing.T) {
	if testing.Short() {
		t.Skip("reads 100 MB of synthetic rows")
	}
	const rows = 400_000
	var ms runtime.MemStats
	runtime.GC()
	runtime.ReadMemStats(&ms)
	base := ms.HeapAlloc
	var peak uint64
	src := &synthCorporate{n: rows, keep: "2999001001111", sample: func() {
		runtime.GC()
		runtime.ReadMemStats(&ms)
		peak = max(peak, ms.HeapAlloc)
	}}
	var read int64
	got, err := ScanCorporate(countingReader{src, &read}, wantSet("2999001001111"))
	if err != nil {
		t.Fatal(err)
	}
	if got.Rows != rows || len(got.Records) != 1 || got.Records["2999001001111"].Kana != "ゴウセイデータ" {
		t.Fatalf("ScanCorporate: %d rows, records %v", got.Rows, got.Records)
	}
	const limit = 24 << 20
	if read < 4*limit {
		t.Fatalf("only %d bytes read; the test needs far more input than the limit", read)
	}
	if peak > base && peak-base > limit {
		t.Errorf("heap grew by %d MB reading %d MB, want at most %d MB", (peak-base)>>20, read>>20, limit>>20)
	}
	t.Logf("read %d MB; heap peak %d MB above the start", read>>20, (max(peak, base)-base)>>20)
}

type countingReader struct {
	r io.Reader
	n *int64
}

func (c countingReader) Read(p []byte) (int, error) {
	n, err := c.r.Read(p)
	*c.n += int64(n)
	return n, err
}

// TestScanCorporatePastRecordOnly: a difference file that holds only a
// past record of a corporation (最新履歴 0: an old record corrected, 訂正区分
// 1) says nothing of its state now. It was kept as the corporation's
// record, and laid on a snapshot in which the corporation was closed, it
// read as active. A file holding the past and the current record keeps
// the current one (TestScanCorporate: 2999001002002).
func TestScanCorporatePastRecordOnly(t *testing.T) {
	row := func(seq, num, latest, name string) string {
		c := make([]string, 30)
		c[0], c[1], c[2], c[3], c[4], c[5], c[6], c[22], c[23], c[29] = seq, num, "11", "1", "2026-12-04", "2019-04-01", name, "2015-10-05", latest, "0"
		return strings.Join(c, ",") + "\r\n"
	}
	data := row("1", "9999001001740", "0", "株式会社府中電子") + row("2", "5999001001703", "0", "株式会社調布綜合警備") + row("3", "5999001001703", "1", "調布警備保障株式会社")
	got, err := ScanCorporate(strings.NewReader(data), wantSet("9999001001740", "5999001001703"))
	if err != nil {
		t.Fatal(err)
	}
	if _, ok := got.Records["9999001001740"]; ok {
		t.Errorf("a past record only was kept: %+v", got.Records["9999001001740"])
	}
	if r := got.Records["5999001001703"]; r.Name != "調布警備保障株式会社" {
		t.Errorf("5999001001703 = %+v, want the current record", r)
	}
	if got.Rows != 3 {
		t.Errorf("Rows = %d, want 3", got.Rows)
	}
}

// TestMergeDifferenceKeepsLaterRecord: a difference file's record replaces
// the one of the snapshot under it, unless that one was updated later: a
// difference file of 12-03 laid on a snapshot holding the closure of 12-05
// (dated later than its data, or imported with an undated name) took the
// corporation back to active. A record updated the same day or later
// replaces it.
func TestMergeDifferenceKeepsLaterRecord(t *testing.T) {
	closed := riskassess.CorporateRecord{Number: "9999001001740", Name: "株式会社府中電子", Process: "21", Updated: date("2026-12-05"), Closed: date("2026-12-04"), CloseCause: "01"}
	prev := &riskassess.ListSnapshot{List: riskassess.ListCorporate, Coverage: riskassess.CoverageNational, Corporations: []riskassess.CorporateRecord{closed,
		{Number: "5999001001703", Name: "株式会社調布綜合警備", Process: "01", Updated: date("2024-04-01")}}}
	renamed := riskassess.CorporateRecord{Number: "5999001001703", Name: "調布警備保障株式会社", Process: "11", Updated: date("2026-12-03")}
	got, cov, kept := MergeDifference(prev, map[string]riskassess.CorporateRecord{
		"9999001001740": {Number: "9999001001740", Name: "株式会社府中電子", Process: "11", Updated: date("2026-12-03")},
		"5999001001703": renamed,
	})
	if d := cmp.Diff([]riskassess.CorporateRecord{renamed, closed}, got); d != "" || cov != riskassess.CoverageNational || !slices.Equal(kept, []string{"9999001001740"}) {
		t.Errorf("MergeDifference (-want +got):\n%s\ncoverage %s, kept %v", d, cov, kept)
	}
}

// TestScanCorporateUpdatedSpan: the earliest and latest 更新年月日 of the
// file's rows, by which lists import tells a difference file (one day)
// renamed as full data (years): the agency's difference fixture spans one
// day; a row whose 更新年月日 is not a date (not wanted, so not refused)
// is left out, and a file without a date gives zero.
func TestScanCorporateUpdatedSpan(t *testing.T) {
	got, err := ScanCorporate(bytes.NewReader(readFixture(t, "nta-diff-unicode.csv")), wantSet())
	if err != nil || got.FirstUpdated != date("2026-11-20") || got.LastUpdated != date("2026-11-20") || got.Rows != 2 {
		t.Errorf("difference fixture: %s to %s, %d rows, %v", got.FirstUpdated, got.LastUpdated, got.Rows, err)
	}
	row := func(num, upd string) string {
		c := make([]string, 30)
		c[0], c[1], c[2], c[4], c[6], c[23] = "1", num, "01", upd, "株式会社テスト", "1"
		return strings.Join(c, ",") + "\n"
	}
	got, err = ScanCorporate(strings.NewReader(row("5999001001703", "2026-12-03")+row("2999001002002", "令和8年")+row("1999001002003", "2026-12-01")), wantSet())
	if err != nil || got.FirstUpdated != date("2026-12-01") || got.LastUpdated != date("2026-12-03") {
		t.Errorf("a row without a date: %s to %s, %v", got.FirstUpdated, got.LastUpdated, err)
	}
	got, err = ScanCorporate(strings.NewReader(row("5999001001703", "")), wantSet())
	if err != nil || !got.FirstUpdated.IsZero() || !got.LastUpdated.IsZero() {
		t.Errorf("no date: %s to %s, %v", got.FirstUpdated, got.LastUpdated, err)
	}
}

// TestLooksLikeDifference: a file with no record, or whose records were
// all updated within a week, cannot be full data; a span of more can.
func TestLooksLikeDifference(t *testing.T) {
	for _, tt := range []struct {
		scan CorporateScan
		want bool
	}{
		{CorporateScan{}, true},
		{CorporateScan{Rows: 1, FirstUpdated: date("2026-12-03"), LastUpdated: date("2026-12-03")}, true},
		{CorporateScan{Rows: 5, FirstUpdated: date("2026-12-01"), LastUpdated: date("2026-12-08")}, true},
		{CorporateScan{Rows: 5, FirstUpdated: date("2026-12-01"), LastUpdated: date("2026-12-09")}, false},
		{CorporateScan{Rows: 3, FirstUpdated: date("2015-10-05"), LastUpdated: date("2026-11-30")}, false},
		{CorporateScan{Rows: 2}, false}, // no date to tell by
	} {
		if got := tt.scan.LooksLikeDifference(); got != tt.want {
			t.Errorf("%+v: LooksLikeDifference() = %v, want %v", tt.scan, got, tt.want)
		}
	}
}
