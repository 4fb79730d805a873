package xlsx

import (
	"strconv"
	"strings"
	"testing"

	"github.com/gikai-sec/riskregister/riskassess"
	"github.com/google/go-cmp/cmp"
	"github.com/xuri/excelize/v2"
)

// TestCoverDateBeforeMadeOn: a questionnaire made on 2026-11-27 came back
// with its 回答日 typed as 令和8年4月1日 (2026-04-01), months before it was
// made, and the import recorded the answers as given that day: a view of
// an earlier date (diff --from, assess --as-of, the fiscal year's end)
// showed answers not yet given. The workbook records the day it was made
// (_meta made_on, Questionnaire.AsOf, SelfCheckBook.AsOf) and a 回答日
// (点検日) before it is refused at its cell, in a vendor questionnaire, a
// self-check of one entry and a SelfCheckBook. The day made itself and
// later days are read; a workbook made without a date (as before made_on
// was recorded) is not bounded. A round's workbook whose entry records
// the round sent on or after the day made is left to the round's check
// (answeredBeforeSent in cmd/riskregister), which names the round.
func TestCoverDateBeforeMadeOn(t *testing.T) {
	type out struct {
		Refused []string // "label: code value" of the cover cells refused
		Date    string   // the date read, when not refused
	}
	for _, tc := range []struct {
		name   string
		of     madeKind
		madeOn string // Questionnaire.AsOf, "" for none
		round  string // the round recorded in the entry, sent on madeOn
		date   any
		want   out
	}{
		{"months before, 令和", madeVendor, "2026-11-27", "", "令和8年4月1日", out{Refused: []string{"回答日: date answered before the questionnaire was made 令和8年4月1日"}}},
		{"the day before", madeVendor, "2026-11-27", "", "2026/11/26", out{Refused: []string{"回答日: date answered before the questionnaire was made 2026/11/26"}}},
		{"the day before, a date cell", madeVendor, "2026-11-27", "", dateToSerial(riskassess.NewDate(2026, 11, 26)), out{Refused: []string{"回答日: date answered before the questionnaire was made 2026-11-26"}}},
		{"self-check: 点検日 before", madeSelfCheck, "2026-11-27", "", "2026/10/1", out{Refused: []string{"点検日: date answered before the questionnaire was made 2026/10/1"}}},
		{"book: 点検日 in its year, before it was made", madeBook, "2026-11-27", "", "2026/05/01", out{Refused: []string{"点検日: date answered before the questionnaire was made 2026/05/01"}}},
		// Read as before.
		{"the day made", madeVendor, "2026-11-27", "", "2026/11/27", out{Date: "2026-11-27"}},
		{"after", madeVendor, "2026-11-27", "", "令和8年11月30日", out{Date: "2026-11-30"}},
		{"made without a date", madeVendor, "", "", "令和8年4月1日", out{Date: "2026-04-01"}},
		{"self-check: the day made", madeSelfCheck, "2026-11-27", "", "2026/11/27", out{Date: "2026-11-27"}},
		{"book: the day made", madeBook, "2026-11-27", "", "2026/11/27", out{Date: "2026-11-27"}},
		{"round recorded: left to the round's check", madeVendor, "2026-11-27", "令和8年度秋", "令和8年4月1日", out{Date: "2026-04-01"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			b, reg, reqs, cells := madeOnWorkbook(t, tc.of, tc.madeOn, tc.round, tc.date)
			res := readBytes(t, b, ReadOptions{Requirements: reqs, Register: reg, CatalogueVersion: testVersion, AsOf: riskassess.NewDate(2026, 11, 30)})
			var got out
			for _, p := range res.Problems {
				if p.Severity() != SeverityError {
					continue
				}
				got.Refused = append(got.Refused, cells[p.Cell]+": "+p.Code.String()+" "+p.Value)
				if p.Code != ErrCoverDateBeforeMade {
					continue
				}
				if ja, en := p.Message("ja"), p.Message("en"); !strings.Contains(ja, "が確認票の作成日より前です（受け付ける日付: 2026-11-27 –）") ||
					!strings.Contains(ja, "何も記録していません") || !strings.Contains(en, "before the questionnaire was made on 2026-11-27") {
					t.Errorf("messages: %s / %s", ja, en)
				}
			}
			if got.Refused == nil {
				got.Date = res.Respondent.Date.String()
			}
			if d := cmp.Diff(tc.want, got); d != "" {
				t.Errorf("(-want +got):\n%s\n%v", d, res.Problems)
			}
		})
	}
}

// TestMetaMadeOn: the day a workbook was made is in its _meta (made_on,
// YYYY-MM-DD, under the checksum), so that the cover's date can be
// compared with it; a workbook made without a date has no made_on row and
// is read as one made before made_on was recorded. A made_on edited (to
// let an earlier 回答日 in), removed or unreadable is refused as bad
// metadata.
func TestMetaMadeOn(t *testing.T) {
	metaRow := func(f *excelize.File, key string) int {
		rows, _ := f.GetRows(MetaSheet)
		for i, r := range rows {
			if len(r) > 0 && r[0] == key {
				return i + 1
			}
		}
		return 0
	}
	q := defaultQ()
	if row := metaRow(workbook(t, generate(t, q)), "made_on"); row != 0 {
		t.Errorf("a workbook made without a date has made_on at row %d", row)
	}
	q.AsOf = riskassess.NewDate(2026, 11, 27)
	made := generate(t, q)
	f := workbook(t, made)
	row := metaRow(f, "made_on")
	if row == 0 {
		t.Fatal("no made_on in _meta")
	}
	if v, _ := f.GetCellValue(MetaSheet, "B"+strconv.Itoa(row)); v != "2026-11-27" {
		t.Errorf("made_on %q, want 2026-11-27", v)
	}
	if again := generate(t, q); string(again) != string(made) {
		t.Error("the same questionnaire made twice differs")
	}
	for _, tc := range []struct {
		name  string
		value string
		want  []string
	}{
		{"as made", "2026-11-27", nil},
		{"edited to an earlier day", "2026-03-01", []string{"_meta!B" + strconv.Itoa(metaRowOf(t, made, "checksum")) + " bad metadata "}},
		{"unreadable", "27/11/2026", []string{"_meta!B" + strconv.Itoa(row) + " bad metadata 27/11/2026", "_meta!B" + strconv.Itoa(metaRowOf(t, made, "checksum")) + " bad metadata "}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			f := workbook(t, made)
			if err := f.SetCellStr(MetaSheet, "B"+strconv.Itoa(row), tc.value); err != nil {
				t.Fatal(err)
			}
			setAnswer(t, f, qs, "Q-YN-02", "はい")
			res := readBytes(t, save(t, f), ReadOptions{Requirements: testReqs()})
			var got []string
			for _, p := range res.Problems {
				if p.Code == ErrBadMeta {
					got = append(got, p.Pos()+" "+p.Code.String()+" "+p.Value)
				}
			}
			if d := cmp.Diff(tc.want, got); d != "" {
				t.Errorf("(-want +got):\n%s", d)
			}
			if tc.want == nil && res.Meta.MadeOn != q.AsOf {
				t.Errorf("MadeOn %s, want %s", res.Meta.MadeOn, q.AsOf)
			}
		})
	}
	t.Run("row removed", func(t *testing.T) {
		f := workbook(t, made)
		if err := f.RemoveRow(MetaSheet, row); err != nil {
			t.Fatal(err)
		}
		res := readBytes(t, save(t, f), ReadOptions{Requirements: testReqs()})
		if !hasCode(res, ErrBadMeta) {
			t.Errorf("a workbook whose made_on was removed is read: %v", res.Problems)
		}
	})
}

// metaRowOf returns the row of key in the _meta sheet of workbook b.
func metaRowOf(t *testing.T, b []byte, key string) int {
	t.Helper()
	rows, _ := workbook(t, b).GetRows(MetaSheet)
	for i, r := range rows {
		if len(r) > 0 && r[0] == key {
			return i + 1
		}
	}
	t.Fatalf("no %s in _meta", key)
	return 0
}

// mustDateOrZero is mustDate, with "" the zero Date.
func mustDateOrZero(s string) riskassess.Date {
	if s == "" {
		return riskassess.Date{}
	}
	return mustDate(s)
}

// TestBlankCoverDateBeforeMadeOn: a questionnaire made on 2026-11-27 came
// back with its 回答日 blank and was imported with --as-of 2026-11-20: the
// answers were recorded as given on the import date, 2026-11-20, a week
// before the questionnaire was made (the gap the cover-date check left).
// The import date stands for a blank 回答日 (点検日), so it is held to the
// same bound: before made_on it is refused at the blank cell with
// ErrCoverDateBeforeMade, nothing recorded. An import on the day made or
// later, and a workbook without made_on, are read as before.
func TestBlankCoverDateBeforeMadeOn(t *testing.T) {
	type out struct {
		Refused []string // "label: code value" of the cover cells refused
	}
	refused := func(label string) out {
		return out{Refused: []string{label + ": date answered before the questionnaire was made "}}
	}
	for _, tc := range []struct {
		name   string
		of     madeKind
		madeOn string // Questionnaire.AsOf, "" for none
		asOf   riskassess.Date
		want   out
	}{
		{"imported a week before made", madeVendor, "2026-11-27", riskassess.NewDate(2026, 11, 20), refused("回答日")},
		{"imported the day before made", madeVendor, "2026-11-27", riskassess.NewDate(2026, 11, 26), refused("回答日")},
		{"self-check imported before made", madeSelfCheck, "2026-11-27", riskassess.NewDate(2026, 11, 20), refused("点検日")},
		{"book imported before made", madeBook, "2026-11-27", riskassess.NewDate(2026, 11, 20), refused("点検日")},
		// Read as before.
		{"imported the day made", madeVendor, "2026-11-27", riskassess.NewDate(2026, 11, 27), out{}},
		{"imported after", madeVendor, "2026-11-27", riskassess.NewDate(2026, 11, 30), out{}},
		{"made without a date", madeVendor, "", riskassess.NewDate(2026, 11, 20), out{}},
		{"book imported the day made", madeBook, "2026-11-27", riskassess.NewDate(2026, 11, 27), out{}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			b, reg, reqs, cells := madeOnWorkbook(t, tc.of, tc.madeOn, "", "")
			res := readBytes(t, b, ReadOptions{Requirements: reqs, Register: reg, CatalogueVersion: testVersion, AsOf: tc.asOf})
			var got out
			for _, p := range res.Problems {
				if p.Severity() != SeverityError {
					continue
				}
				got.Refused = append(got.Refused, cells[p.Cell]+": "+p.Code.String()+" "+p.Value)
				if p.Code != ErrCoverDateBeforeMade {
					continue
				}
				if ja, en := p.Message("ja"), p.Message("en"); !strings.Contains(ja, "回答日（点検日）が空欄で、代わりの取込日が確認票の作成日より前です（受け付ける日付: 2026-11-27 –）。回答日（点検日）が空欄のため取込日 "+tc.asOf.String()+" を") ||
					!strings.Contains(ja, "何も記録していません") || !strings.Contains(en, "before the questionnaire was made on 2026-11-27") {
					t.Errorf("messages: %s / %s", ja, en)
				}
			}
			if d := cmp.Diff(tc.want, got); d != "" {
				t.Errorf("(-want +got):\n%s\n%v", d, res.Problems)
			}
		})
	}
}

// madeKind is the kind of workbook the made_on tests make.
type madeKind int

const (
	madeVendor    madeKind = iota // a vendor questionnaire (回答日)
	madeSelfCheck                 // a self-check of one entry (点検日)
	madeBook                      // a SelfCheckBook (点検日)
)

// madeOnWorkbook makes a workbook of kind of made on madeOn ("" for one
// made without a date), its question answered and its cover date (回答日 or
// 点検日) set to date. A round name gives a vendor questionnaire the round
// and its entry the round recorded as sent on madeOn. It returns the
// workbook, the register and requirements to read it with, and the cover
// date's cell with its label (cells["B21"] = "回答日").
func madeOnWorkbook(t *testing.T, of madeKind, madeOn, round string, date any) (b []byte, reg *riskassess.Register, reqs []riskassess.Requirement, cells map[string]string) {
	t.Helper()
	reqs = testReqs()
	label := "回答日"
	switch of {
	case madeBook:
		bk := testBook()
		bk.AsOf = mustDateOrZero(madeOn)
		reg, reqs = bk.Register, bk.Requirements
		f := workbook(t, writeBook(t, bk))
		fillBook(t, f)
		b, label = save(t, f), "点検日"
	default:
		q := defaultQ()
		q.AsOf = mustDateOrZero(madeOn)
		id := "Q-YN-02"
		if of == madeSelfCheck {
			q.By = "council"
			label, id = "点検日", "Q-OUT-SELF"
		}
		if round != "" {
			q.Round = round
			e := testEntry()
			e.Rounds = []riskassess.RoundRecord{{Name: round, SentOn: q.AsOf, ReplyDue: q.AsOf.AddDays(30)}}
			q.Entry = e
			reg = &riskassess.Register{Org: riskassess.Organisation{Name: q.Org}, Contractors: []*riskassess.Contractor{e}}
		}
		f := workbook(t, generate(t, q))
		setAnswer(t, f, qs, id, "はい")
		b = save(t, f)
	}
	f := workbook(t, b)
	rows, _ := f.GetRows("表紙")
	cells = map[string]string{}
	for i, r := range rows {
		if len(r) > 0 && strings.HasPrefix(r[0], label) {
			cell := "B" + strconv.Itoa(i+1)
			cells[cell] = label
			if err := f.SetCellValue("表紙", cell, date); err != nil {
				t.Fatal(err)
			}
		}
	}
	return save(t, f), reg, reqs, cells
}
