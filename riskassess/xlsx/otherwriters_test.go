package xlsx

import (
	"fmt"
	"maps"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// reencode rewrites answer and comment cells of a filled questionnaire
// (see fill) with the cell encodings other writers use, as the workbooks
// of ../shared/external-xlsx hold them (SOURCES.md §3): an inline string
// split into rich-text runs with a phonetic run (<rPh>, furigana) that is
// no part of the text, shared strings with <rPh> and _x000D_ line breaks,
// booleans (t="b", as Google Sheets stores TRUE typed), an inline string
// with _x000D_. The answers an import must give do not change.
func reencode(t *testing.T, b []byte) []byte {
	t.Helper()
	f := workbook(t, b)
	cellOf := func(col, id string) string { return col + strconv.Itoa(rowOf(t, f, qs, id)) }
	inline := map[string]string{
		// はい typed, stored in two runs with its reading ハイ.
		cellOf("D", "Q-YN-01"): `<is><r><t>は</t></r><r><rPr><b/></rPr><t>い</t></r><rPh sb="0" eb="2"><t>ハイ</t></rPh><phoneticPr fontId="1"/></is>`,
		// ISMAP登録済み, the reading トウロクズミ over its last run.
		cellOf("D", "Q-CH-01"): `<is><r><t>ISMAP</t></r><r><rPr><sz val="11"/></rPr><t>登録済み</t></r><rPh sb="5" eb="9"><t>トウロクズミ</t></rPh></is>`,
		cellOf("D", "Q-TX-01"): `<is><t>一行目_x000D_` + "\n" + `二行目</t></is>`,
	}
	boolean := map[string]string{cellOf("D", "Q-YN-03"): "1", cellOf("D", "Q-YN-04"): "0"} // Yes, No
	// Shared strings appended to the table: いいえ with its reading, and
	// the comment with CR LF stored as _x000D_ and a reading in between.
	sst := map[string]string{
		cellOf("D", "Q-YN-02"): `<si><t>いいえ</t><rPh sb="0" eb="3"><t>イイエ</t></rPh><phoneticPr fontId="1" type="noConversion"/></si>`,
		cellOf("E", "Q-YN-02"): `<si><r><t>根拠資料1_x000D_` + "\n" + `</t></r><rPh sb="0" eb="4"><t>コンキョシリョウ</t></rPh><r><rPr><b/></rPr><t>根拠資料2_x000D_` + "\n" + `</t></r></si>`,
	}
	f.Close()
	sstOrder := slices.Sorted(maps.Keys(sst))
	n := strings.Count(partOf(t, b, "xl/sharedStrings.xml"), "<si>")
	sstIndex := map[string]int{}
	b = rezip(t, b, func(name string, data []byte) []byte {
		if name != "xl/sharedStrings.xml" {
			return nil
		}
		s := string(data)
		var add strings.Builder
		for i, c := range sstOrder {
			add.WriteString(sst[c])
			sstIndex[c] = n + i
		}
		s = strings.Replace(s, "</sst>", add.String()+"</sst>", 1)
		s = regexp.MustCompile(`(count|uniqueCount)="\d+"`).ReplaceAllStringFunc(s, func(a string) string {
			k, _, _ := strings.Cut(a, "=")
			return fmt.Sprintf(`%s="%d"`, k, n+len(sst))
		})
		return []byte(s)
	})
	b = rezip(t, b, func(name string, data []byte) []byte {
		if name != "xl/worksheets/sheet2.xml" {
			return nil
		}
		s := string(data)
		for cell, body := range inline {
			s = setCellXML(t, s, cell, `t="inlineStr">`+body)
		}
		for cell, v := range boolean {
			s = setCellXML(t, s, cell, `t="b"><v>`+v+`</v>`)
		}
		for cell, i := range sstIndex {
			s = setCellXML(t, s, cell, `t="s"><v>`+strconv.Itoa(i)+`</v>`)
		}
		return []byte(s)
	})
	return b
}

// setCellXML replaces cell of the sheet XML s by <c r="cell" s=…
// rest</c>, keeping its style.
func setCellXML(t *testing.T, s, cell, rest string) string {
	t.Helper()
	re := regexp.MustCompile(`<c r="` + cell + `"( s="\d+")?(?: t="\w+")?(?:/>|>.*?</c>)`)
	m := re.FindStringSubmatch(s)
	if m == nil {
		t.Fatalf("cell %s not found", cell)
	}
	return strings.Replace(s, m[0], `<c r="`+cell+`"`+m[1]+` `+rest+`</c>`, 1)
}

// TestOtherWritersEncodings: a questionnaire filled with the cell
// encodings of other writers (rich-text runs, phonetic runs, _x000D_,
// booleans) in the 1900 and the 1904 date system imports exactly the
// answers the vendor saw, read directly and after LibreOffice Calc saved
// it again (skipped without soffice, unless CI=true).
func TestOtherWritersEncodings(t *testing.T) {
	for _, date1904 := range []bool{false, true} {
		t.Run(fmt.Sprintf("date1904=%v", date1904), func(t *testing.T) {
			q := defaultQ()
			b, want, _ := fill(t, generate(t, q), date1904)
			b = reencode(t, b)
			opts := ReadOptions{Requirements: q.Requirements, Kind: q.Kind, EntryID: "acme", CatalogueVersion: testVersion}
			check := func(t *testing.T, res *Result) {
				t.Helper()
				if len(res.Problems) > 0 {
					t.Fatalf("problems: %v", res.Problems)
				}
				if diff := cmp.Diff(want, res.Answers); diff != "" {
					t.Errorf("answers (-want +got):\n%s", diff)
				}
				if res.Date1904 != date1904 {
					t.Errorf("Date1904 = %v", res.Date1904)
				}
			}
			check(t, readBytes(t, b, opts))
			// The re-encoded cells are really there.
			sheet := partOf(t, b, "xl/worksheets/sheet2.xml")
			for _, s := range []string{`t="b"><v>1</v>`, `<rPh sb="0" eb="2"><t>ハイ</t></rPh>`, `一行目_x000D_`} {
				if !strings.Contains(sheet, s) {
					t.Fatalf("sheet lacks %s", s)
				}
			}
			t.Run("LibreOffice", func(t *testing.T) {
				bin := soffice(t)
				in := filepath.Join(t.TempDir(), "filled.xlsx")
				if err := os.WriteFile(in, b, 0o644); err != nil {
					t.Fatal(err)
				}
				out := convert(t, bin, in, "xlsx:Calc MS Excel 2007 XML")
				ob, err := os.ReadFile(out)
				if err != nil {
					t.Fatal(err)
				}
				if app := partOf(t, ob, "docProps/app.xml"); !strings.Contains(app, "LibreOffice") {
					t.Fatalf("converted file not written by LibreOffice: %s", app)
				}
				res := readBytes(t, ob, opts)
				// LibreOffice stores the cell's position anew: compare
				// values and comments.
				for id, a := range res.Answers {
					a.Cell = want[id].Cell
					res.Answers[id] = a
				}
				check(t, res)
			})
		})
	}
}
