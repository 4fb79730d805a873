package xlsx

import (
	"bytes"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/xuri/excelize/v2"
)

// usedRanges returns, for every sheet of the workbook b, the range its
// cells with a value span ("A1:F27", from the first cell to the last row
// and the longest row; "A1" for a sheet without one), and the dimension the
// sheet declares (<dimension ref>).
func usedRanges(t testing.TB, b []byte) (used, declared map[string]string) {
	t.Helper()
	f, err := excelize.OpenReader(bytes.NewReader(b))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	used, declared = map[string]string{}, map[string]string{}
	for _, sh := range f.GetSheetList() {
		rows, err := f.GetRows(sh)
		if err != nil {
			t.Fatal(err)
		}
		cols := 0
		for _, r := range rows {
			cols = max(cols, len(r))
		}
		used[sh] = "A1"
		if len(rows) > 0 && cols > 0 && (len(rows) > 1 || cols > 1) {
			last, _ := excelize.CoordinatesToCellName(cols, len(rows))
			used[sh] = "A1:" + last
		}
		if declared[sh], err = f.GetSheetDimension(sh); err != nil {
			t.Fatal(err)
		}
	}
	return used, declared
}

// TestSheetDimensionsCoverTheCells: every sheet of the questionnaire and
// self-check workbooks declares the range its cells span. A reader that
// trusts the declared dimension (openpyxl in read-only mode, as a
// reviewer's script opens a workbook) reads only that range: the cover and
// _meta sheets declared "A1" and such a reader saw one cell of each.
func TestSheetDimensionsCoverTheCells(t *testing.T) {
	withEntry := defaultQ()
	withEntry.Entry = testEntry()
	for name, b := range map[string][]byte{
		"questionnaire":            generate(t, defaultQ()),
		"questionnaire with entry": generate(t, withEntry),
		"self-check":               writeBook(t, testBook()),
	} {
		used, declared := usedRanges(t, b)
		if diff := cmp.Diff(used, declared); diff != "" {
			t.Errorf("%s: declared dimensions (-used +declared):\n%s", name, diff)
		}
	}
}
