package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// TestListsImportDateForms: `lists import ismap` without --date dated the
// list today, the newest snapshot, when the file stated its date with a
// weekday after 現在 (「2026年8月1日現在（土）」), an English weekday or a
// time, or in a form no reader takes (「R.8.8.1現在」, 「2026年8月1日10時
// 現在」): the first are now dated by the file, the last refused at their
// cell, asking for --date, and taken with it; a weekday not the date's is
// refused at its cell.
func TestListsImportDateForms(t *testing.T) {
	dir := writeTxtar(t, listsRegister)
	today, _ := parseAsOf("")
	for _, tt := range []struct {
		above []string
		args  []string
		want  listsResult
		name  string // the file's name, list.csv when ""
	}{
		{[]string{"ISMAPクラウドサービスリスト", "2026年8月1日現在（土）"}, nil,
			listsResult{0, "ismap-2026-08-01.yaml", "ISMAPクラウドサービスリストの 1 サービスを記録しました（日付はファイルの「2026年8月1日現在（土）」による）"}, ""},
		{[]string{"2026/8/1 (Sat) 現在"}, nil,
			listsResult{0, "ismap-2026-08-01.yaml", "ISMAPクラウドサービスリストの 1 サービスを記録しました（日付はファイルの「2026/8/1 (Sat) 現在」による）"}, ""},
		{[]string{"2026年8月1日 10:00現在"}, nil,
			listsResult{0, "ismap-2026-08-01.yaml", "ISMAPクラウドサービスリストの 1 サービスを記録しました（日付はファイルの「2026年8月1日 10:00現在」による）"}, ""},
		{[]string{"2026年8月1日（月）現在"}, []string{"--lang", "en"},
			listsResult{1, "", "list.csv:1:1: the date the list states here is wrong (2026-08-01 is a Saturday): the date or the weekday is mistyped, and which one is not known, so nothing is imported; check the list's date on the portal and correct the date or the weekday before importing"}, ""},
		{[]string{"ISMAPクラウドサービスリスト", "R.8.8.1現在"}, nil,
			listsResult{2, "", "list.csv:2:1「R.8.8.1現在」: リストの日付のように見えますが、日付として読めないため、リストの日付が分からず取り込みません。ポータルでリストの日付を確かめ、--date に指定してください"}, ""},
		{[]string{"2026年8月1日10時現在"}, []string{"--lang", "en"},
			listsResult{2, "", "list.csv:1:1: this looks like the list's date but cannot be read as a date, so the list's date is not known: nothing imported; check the list's date on the portal and give it with --date"}, ""},
		{[]string{"ISMAPクラウドサービスリスト", "R.8.8.1現在"}, []string{"--date", "2026-08-01"},
			listsResult{0, "ismap-2026-08-01.yaml", "ISMAPクラウドサービスリストの 1 サービスを記録しました"}, ""},
		// A date stated beside it does not settle it: the two may differ.
		{[]string{"2026年8月1日現在", "R.8.9.1時点"}, []string{"--lang", "en"},
			listsResult{2, "", "list.csv:2:1: this looks like the list's date but cannot be read as a date"}, ""},
		{[]string{"2026年8月1日現在", "R.8.9.1時点"}, []string{"--date", "2026-08-01"},
			listsResult{0, "ismap-2026-08-01.yaml", "ISMAPクラウドサービスリストの 1 サービスを記録しました"}, ""},
		// A date in the name of a file that states none: the list's, or
		// the day it was saved.
		{[]string{"ISMAPクラウドサービスリスト"}, nil,
			listsResult{2, "", "ismap_20260801.csv: ファイル名に日付のような「20260801」がありますが、ファイルにはリストの日付が書かれておらず、リストの日付か（保存した日などか）分からないため取り込みません。ポータルでリストの日付を確かめ、--date に指定してください"}, "ismap_20260801.csv"},
		{[]string{"ISMAPクラウドサービスリスト"}, []string{"--lang", "en"},
			listsResult{2, "", "クラウドサービスリスト_2026-08-01.csv: the file name holds \"2026-08-01\", which looks like a date, and the file states no date for its list, so whether it is the list's date or the day the file was saved is not known: nothing imported; check the list's date on the portal and give it with --date"}, "クラウドサービスリスト_2026-08-01.csv"},
		{[]string{"ISMAPクラウドサービスリスト"}, []string{"--date", "2026-08-01"},
			listsResult{0, "ismap-2026-08-01.yaml", "ISMAPクラウドサービスリストの 1 サービスを記録しました"}, "ismap_20260801.csv"},
		{[]string{"2026年8月1日現在"}, nil,
			listsResult{0, "ismap-2026-08-01.yaml", "（日付はファイルの「2026年8月1日現在」による）"}, "ismap_20261201.csv"},
		{[]string{"ISMAPクラウドサービスリスト"}, nil,
			listsResult{0, "ismap-" + today.String() + ".yaml", "ISMAPクラウドサービスリストの 1 サービスを記録しました"}, "ismap_v2.csv"},
	} {
		name := tt.name
		if name == "" {
			name = "list.csv"
		}
		file := statedListFile(t, name, tt.above...)
		got := runListsImport(t, dir, "ismap", file, name, tt.args, tt.want.Text)
		if diff := cmp.Diff(tt.want, got); diff != "" {
			t.Errorf("%q %q (-want +got):\n%s", tt.above, tt.args, diff)
		}
		os.RemoveAll(filepath.Join(dir, "lists"))
	}
}

// listsResult is what a run of `lists import` did: its exit status, the
// snapshot it wrote (the one file of lists/) and its output.
type listsResult struct {
	Code           int
	Snapshot, Text string
}

// runListsImport runs `lists import KIND FILE ARGS…` on the register dir
// and returns what it did, the file named shown in its output; the output
// is wantText when it contains wantText, so that a test can give the part
// of a message that matters.
func runListsImport(t *testing.T, dir, kind, file, shown string, args []string, wantText string) listsResult {
	t.Helper()
	code, out, errOut := execCLI(t, append([]string{"lists", "import", "--register", dir, kind, file}, args...)...)
	got := listsResult{Code: code}
	if ents, _ := os.ReadDir(filepath.Join(dir, "lists")); len(ents) == 1 {
		got.Snapshot = ents[0].Name()
	}
	got.Text = strings.ReplaceAll(out+errOut, file, shown)
	if strings.Contains(got.Text, wantText) {
		got.Text = wantText
	}
	return got
}
