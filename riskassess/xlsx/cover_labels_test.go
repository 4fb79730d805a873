package xlsx

import (
	"strconv"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/xuri/excelize/v2"
)

// TestVendorCoverLabels: the cover of a vendor questionnaire without its
// 会社名 or 法人番号 label (the row deleted, the label cleared) was read as
// one without a corporate number, and the import's check of who answered
// skipped. Each missing or repeated label is refused at the cover sheet
// (cover field changed); a label written as another of its names (商号),
// an untouched cover, a gap questionnaire's cover, a self-check's cover
// (which has neither field) and the cover of a workbook riskregister did
// not make are read as before.
func TestVendorCoverLabels(t *testing.T) {
	labelRow := func(t *testing.T, f *excelize.File, label string) int {
		rows, _ := f.GetRows("表紙")
		for i, r := range rows {
			if len(r) > 0 && strings.HasPrefix(r[0], label) {
				return i + 1
			}
		}
		t.Fatalf("no %s on the cover", label)
		return 0
	}
	for _, tc := range []struct {
		name      string
		selfCheck bool
		gap       bool
		edit      func(t *testing.T, f *excelize.File)
		want      []string // "Sheet: value" of the cover field changed problems
	}{
		{"法人番号 row deleted", false, false, func(t *testing.T, f *excelize.File) { f.RemoveRow("表紙", labelRow(t, f, "法人番号")) },
			[]string{"表紙: 法人番号 / Corporate number"}},
		{"会社名 row deleted", false, false, func(t *testing.T, f *excelize.File) { f.RemoveRow("表紙", labelRow(t, f, "会社名")) },
			[]string{"表紙: 会社名 / Company name"}},
		{"both rows deleted", false, false, func(t *testing.T, f *excelize.File) {
			f.RemoveRow("表紙", labelRow(t, f, "法人番号"))
			f.RemoveRow("表紙", labelRow(t, f, "会社名"))
		}, []string{"表紙: 会社名 / Company name", "表紙: 法人番号 / Corporate number"}},
		{"法人番号 label cleared", false, false, func(t *testing.T, f *excelize.File) {
			f.SetCellStr("表紙", "A"+strconv.Itoa(labelRow(t, f, "法人番号")), "")
		}, []string{"表紙: 法人番号 / Corporate number"}},
		{"gap questionnaire, 法人番号 row deleted", false, true, func(t *testing.T, f *excelize.File) { f.RemoveRow("表紙", labelRow(t, f, "法人番号")) },
			[]string{"表紙: 法人番号 / Corporate number"}},
		{"法人番号 reworded, a colon inside", false, false, func(t *testing.T, f *excelize.File) {
			f.SetCellStr("表紙", "A"+strconv.Itoa(labelRow(t, f, "法人番号")), "法人番号：13桁")
		}, []string{"表紙: 法人番号 / Corporate number"}},
		{"法人番号 twice", false, false, func(t *testing.T, f *excelize.File) {
			r := labelRow(t, f, "連絡先")
			f.InsertRows("表紙", r, 1)
			f.SetCellStr("表紙", "A"+strconv.Itoa(r), "法人番号")
		}, []string{"表紙: 法人番号 / Corporate number"}},
		// Read as before.
		{"untouched", false, false, func(*testing.T, *excelize.File) {}, nil},
		{"gap questionnaire, untouched", false, true, func(*testing.T, *excelize.File) {}, nil},
		{"会社名 written 商号", false, false, func(t *testing.T, f *excelize.File) {
			f.SetCellStr("表紙", "A"+strconv.Itoa(labelRow(t, f, "会社名")), "商号")
		}, nil},
		{"法人番号 with a colon", false, false, func(t *testing.T, f *excelize.File) {
			f.SetCellStr("表紙", "A"+strconv.Itoa(labelRow(t, f, "法人番号")), "法人番号：")
		}, nil},
		{"both labels with a colon, half width", false, false, func(t *testing.T, f *excelize.File) {
			f.SetCellStr("表紙", "A"+strconv.Itoa(labelRow(t, f, "会社名")), "会社名 / Company name:")
			f.SetCellStr("表紙", "A"+strconv.Itoa(labelRow(t, f, "法人番号")), "法人番号: / Corporate number:")
		}, nil},
		{"法人番号 with a colon, twice", false, false, func(t *testing.T, f *excelize.File) {
			r := labelRow(t, f, "連絡先")
			f.InsertRows("表紙", r, 1)
			f.SetCellStr("表紙", "A"+strconv.Itoa(r), "法人番号：")
		}, []string{"表紙: 法人番号 / Corporate number"}},
		{"連絡先 row deleted (not asked for)", false, false, func(t *testing.T, f *excelize.File) { f.RemoveRow("表紙", labelRow(t, f, "連絡先")) }, nil},
		{"self-check", true, false, func(*testing.T, *excelize.File) {}, nil},
	} {
		t.Run(tc.name, func(t *testing.T) {
			q := defaultQ()
			id := "Q-YN-02"
			if tc.selfCheck {
				q.By = "council"
				id = "Q-OUT-SELF"
			}
			if tc.gap {
				q.Gap = "CAIQ v4.0.3"
			}
			f := workbook(t, generate(t, q))
			setAnswer(t, f, qs, id, "はい")
			tc.edit(t, f)
			res := readBytes(t, save(t, f), ReadOptions{Requirements: testReqs()})
			var got []string
			for _, p := range res.Problems {
				if p.Code == ErrCoverField {
					got = append(got, p.Pos()+": "+p.Value)
					if ja, en := p.Message("ja"), p.Message("en"); !strings.Contains(ja, "送付した確認票のとおりに記入") || !strings.Contains(en, "as sent") || !strings.Contains(en, "nothing recorded") {
						t.Errorf("messages:\n%s\n%s", ja, en)
					}
				}
			}
			if d := cmp.Diff(tc.want, got); d != "" {
				t.Errorf("(-want +got):\n%s\n%v", d, res.Problems)
			}
		})
	}
}

// TestGenericWorkbookNoCoverLabels: a workbook riskregister did not make
// (an ID and an answer column, no cover) is not asked for the labels.
func TestGenericWorkbookNoCoverLabels(t *testing.T) {
	f := excelize.NewFile()
	f.SetSheetRow("Sheet1", "A1", &[]any{"ID", "回答", "コメント"})
	f.SetSheetRow("Sheet1", "A2", &[]any{"Q-YN-02", "はい", ""})
	res := readBytes(t, save(t, f), ReadOptions{})
	for _, p := range res.Problems {
		if p.Code == ErrCoverField {
			t.Errorf("refused: %v", p)
		}
	}
}

// TestVendorCoverLabelCounted: the refusal of a label held more than
// once says how many there are and does not speak of "which of the two"
// (どちら) when there are three.
func TestVendorCoverLabelCounted(t *testing.T) {
	for _, tc := range []struct {
		extra  int // 法人番号 rows added
		ja, en string
	}{
		{1, "この欄の見出しが 2 つあり、どの欄が回答か分かりません", "the field's label is on the cover 2 times, so which of them holds the answer is not known"},
		{2, "この欄の見出しが 3 つあり、どの欄が回答か分かりません", "the field's label is on the cover 3 times, so which of them holds the answer is not known"},
	} {
		f := workbook(t, generate(t, defaultQ()))
		setAnswer(t, f, qs, "Q-YN-02", "はい")
		rows, _ := f.GetRows("表紙")
		r := 0
		for i, row := range rows {
			if len(row) > 0 && strings.HasPrefix(row[0], "連絡先") {
				r = i + 1
			}
		}
		f.InsertRows("表紙", r, tc.extra)
		for i := range tc.extra {
			f.SetCellStr("表紙", "A"+strconv.Itoa(r+i), "法人番号")
		}
		res := readBytes(t, save(t, f), ReadOptions{Requirements: testReqs()})
		var got [][2]string
		for _, p := range res.Problems {
			if p.Code == ErrCoverField {
				got = append(got, [2]string{p.Message("ja"), p.Message("en")})
			}
		}
		if len(got) != 1 || !strings.Contains(got[0][0], tc.ja) || strings.Contains(got[0][0], "どちら") || !strings.Contains(got[0][1], tc.en) {
			t.Errorf("%d labels: want one refusal saying %q and %q, got %q", tc.extra+1, tc.ja, tc.en, got)
		}
	}
}
