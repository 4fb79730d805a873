package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// statedListFile writes an ISMAP list file to a temporary folder whose
// lines above the header are above, and returns its path.
func statedListFile(t *testing.T, name string, above ...string) string {
	t.Helper()
	file := filepath.Join(t.TempDir(), name)
	src := strings.Join(append(above, "登録番号,クラウドサービス名称,クラウドサービス事業者名,有効期限,言明の対象範囲",
		"C22-0031-1,多摩クラウドメール,株式会社多摩クラウドメール,2027/8/31,メール"), "\n") + "\n"
	if err := os.WriteFile(file, []byte(src), 0o644); err != nil {
		t.Fatal(err)
	}
	return file
}

// TestListsImportStatedDate: `lists import ismap` without --date dated
// the snapshot today, though the file says 「2026年8月1日現在」: a list
// saved months ago became the newest snapshot and displaced a newer one in
// every cross-check. The file's own date now dates the snapshot, and a
// --date that differs from it is refused with both dates; a file that
// states no date is dated today, as before.
func TestListsImportStatedDate(t *testing.T) {
	dir := writeTxtar(t, listsRegister)
	stated := statedListFile(t, "cloud_service_list.csv", "ISMAPクラウドサービスリスト", "2026年8月1日現在")

	code, out, errOut := execCLI(t, "lists", "import", "--register", dir, "ismap", stated, "--date", "2026-08-02")
	if code != 2 || !strings.Contains(errOut, "--date 2026-08-02 と、ファイルが示すリストの日付 2026-08-01（"+stated+":2:1「2026年8月1日現在」）が違います") ||
		!strings.Contains(errOut, "--date を省略するか、--date 2026-08-01 を指定してください") {
		t.Errorf("--date contradicting the file: exit %d, %q %q", code, out, errOut)
	}
	code, _, errOut = execCLI(t, "lists", "import", "--register", dir, "ismap", stated, "--date", "2026-07-31", "--lang", "en")
	if code != 2 || !strings.Contains(errOut, "--date 2026-07-31 differs from the date the file states for its list at "+stated+":2:1, 2026-08-01: the snapshot is dated by its list; leave --date out, or give --date 2026-08-01") {
		t.Errorf("--date before the file's date: exit %d, %q", code, errOut)
	}
	if ents, _ := os.ReadDir(filepath.Join(dir, "lists")); len(ents) > 0 {
		t.Errorf("a refused import wrote %s", ents[0].Name())
	}

	code, out, errOut = execCLI(t, "lists", "import", "--register", dir, "ismap", stated)
	if code != 0 || !strings.Contains(out, "lists/ismap-2026-08-01.yaml: ISMAPクラウドサービスリストの 1 サービスを記録しました（日付はファイルの「2026年8月1日現在」による）") {
		t.Errorf("import without --date: exit %d, %q %q", code, out, errOut)
	}
	b, err := os.ReadFile(filepath.Join(dir, "lists", "ismap-2026-08-01.yaml"))
	if err != nil || !strings.Contains(string(b), "\ndate: \"2026-08-01\"\n") {
		t.Errorf("snapshot: %v\n%s", err, b)
	}

	// A --date that agrees is taken as given, in the Japanese era too.
	liu := statedListFile(t, "liu.csv", "令和8年8月1日現在")
	if code, out, errOut := execCLI(t, "lists", "import", "--register", dir, "ismap-liu", liu, "--date", "2026-08-01", "--lang", "en"); code != 0 ||
		!strings.Contains(out, "lists/ismap-liu-2026-08-01.yaml: recorded the 1 services") || strings.Contains(out, "dated") {
		t.Errorf("import with the file's date: exit %d, %q %q", code, out, errOut)
	}

	// No stated date: today, as before.
	today, _ := parseAsOf("")
	plain := statedListFile(t, "plain.csv", "ISMAPクラウドサービスリスト")
	if code, out, errOut := execCLI(t, "lists", "import", "--register", dir, "ismap", plain); code != 0 ||
		!strings.Contains(out, "lists/ismap-"+today.String()+".yaml: ISMAPクラウドサービスリストの 1 サービスを記録しました\n") {
		t.Errorf("import of a file stating no date: exit %d, %q %q", code, out, errOut)
	}

	// A stated date after today is refused at its cell.
	future := statedListFile(t, "future.csv", "2999年1月1日現在")
	if code, out, errOut := execCLI(t, "lists", "import", "--register", dir, "ismap-liu", future, "--lang", "en"); code != 1 ||
		!strings.Contains(errOut, future+":1:1: the date the file states for its list, 2999-01-01, is after today") {
		t.Errorf("a stated date after today: exit %d, %q %q", code, out, errOut)
	}
}

// TestListsImportOtherDateNote: a file whose only date with 現在 or 時点
// above the header is not the list's date (a note, ※2026年9月30日時点で
// …) is dated today without --date, as a file stating no date; the
// summary names that cell so that staff can give --date. A file stating
// no such date, and an import with --date, say nothing of it.
func TestListsImportOtherDateNote(t *testing.T) {
	dir := writeTxtar(t, listsRegister)
	today, _ := parseAsOf("")
	note := statedListFile(t, "note.csv", "ISMAPクラウドサービスリスト", "※2026年9月30日時点で登録の更新手続中のサービスを含みます")
	code, out, errOut := execCLI(t, "lists", "import", "--register", dir, "ismap", note)
	if code != 0 || !strings.Contains(out, "lists/ismap-"+today.String()+".yaml: ISMAPクラウドサービスリストの 1 サービスを記録しました（"+note+":2:1「※2026年9月30日時点で登録の更新手続中のサービスを含みます」の日付はリストの日付として読まなかったため、今日（"+today.String()+"）の日付で記録しました。") {
		t.Errorf("a note's date, no --date: exit %d, %q %q", code, out, errOut)
	}
	code, out, errOut = execCLI(t, "lists", "import", "--register", dir, "ismap-liu", note, "--lang", "en")
	if code != 0 || !strings.Contains(out, "recorded the 1 services of the ISMAP-LIU cloud service list (the date in the cell at "+note+":2:1 was not read as the list's date, so the snapshot is dated today, "+today.String()+"; if the list has another date") {
		t.Errorf("a note's date, no --date, English: exit %d, %q %q", code, out, errOut)
	}
	if err := os.RemoveAll(filepath.Join(dir, "lists")); err != nil {
		t.Fatal(err)
	}
	if code, out, errOut := execCLI(t, "lists", "import", "--register", dir, "ismap", note, "--date", "2026-08-01"); code != 0 || strings.Contains(out, "読まなかった") {
		t.Errorf("a note's date, --date given: exit %d, %q %q", code, out, errOut)
	}
}

// TestListsImportStatedMonth: a list stating a month and no day
// (「2026年8月現在」) was dated today without a word, months later than
// it may be. Without --date it is refused, naming the cell and the days
// of the month; a --date in that month is taken, one outside it refused.
func TestListsImportStatedMonth(t *testing.T) {
	dir := writeTxtar(t, listsRegister)
	file := statedListFile(t, "month.csv", "ISMAPクラウドサービスリスト", "2026年8月現在")
	code, out, errOut := execCLI(t, "lists", "import", "--register", dir, "ismap", file)
	if code != 2 || !strings.Contains(errOut, file+":2:1「2026年8月現在」: リストの日付が2026年8月としか書かれておらず、日が分からないため取り込みません。ポータルでリストの日付を確かめ、--date に指定してください（2026-08-01～2026-08-31）") {
		t.Errorf("a month, no --date: exit %d, %q %q", code, out, errOut)
	}
	code, out, errOut = execCLI(t, "lists", "import", "--register", dir, "ismap", file, "--date", "2026-09-01", "--lang", "en")
	if code != 2 || !strings.Contains(errOut, "--date 2026-09-01 is not in the month the file states for its list at "+file+":2:1, 2026-08: the snapshot is dated by its list; give a date from 2026-08-01 to 2026-08-31") {
		t.Errorf("a month, --date outside it: exit %d, %q %q", code, out, errOut)
	}
	if ents, _ := os.ReadDir(filepath.Join(dir, "lists")); len(ents) > 0 {
		t.Errorf("a refused import wrote %s", ents[0].Name())
	}
	code, out, errOut = execCLI(t, "lists", "import", "--register", dir, "ismap", file, "--date", "2026-08-20")
	if code != 0 || !strings.Contains(out, "lists/ismap-2026-08-20.yaml: ISMAPクラウドサービスリストの 1 サービスを記録しました\n") {
		t.Errorf("a month, --date in it: exit %d, %q %q", code, out, errOut)
	}
}

// TestListsImportUnnamedDate: a list stating its date without 現在 or
// 時点 was dated today, later than it is, and became the newest snapshot:
// 「2026/8/1 更新」, 「令和8年8月1日公表」, 「公開日：2026年8月1日」 now date
// it as 「2026年8月1日現在」 does; a date no word names (「ISMAPクラウド
// サービスリスト 2026年8月1日」) may be the day the file was saved, so it
// is refused without --date, naming the cell, and any --date is taken. A
// service's date (「登録日 2025年4月1日」) is not the list's: dated today,
// with the cell named.
func TestListsImportUnnamedDate(t *testing.T) {
	dir := writeTxtar(t, listsRegister)
	for _, above := range []string{"2026/8/1 更新", "令和8年8月1日公表", "公開日：2026年8月1日"} {
		file := statedListFile(t, "list.csv", "ISMAPクラウドサービスリスト", above)
		code, out, errOut := execCLI(t, "lists", "import", "--register", dir, "ismap", file)
		if code != 0 || !strings.Contains(out, "lists/ismap-2026-08-01.yaml: ISMAPクラウドサービスリストの 1 サービスを記録しました（日付はファイルの「"+above+"」による）") {
			t.Errorf("%q: exit %d, %q %q", above, code, out, errOut)
		}
		os.RemoveAll(filepath.Join(dir, "lists"))
	}

	bare := statedListFile(t, "bare.csv", "ISMAPクラウドサービスリスト 2026年8月1日")
	code, out, errOut := execCLI(t, "lists", "import", "--register", dir, "ismap", bare)
	if code != 2 || !strings.Contains(errOut, bare+":1:1「ISMAPクラウドサービスリスト 2026年8月1日」: 日付 2026-08-01 に「現在」「時点」「更新」などの語がなく、リストの日付か（保存・印刷した日などか）分からないため取り込みません。ポータルでリストの日付を確かめ、--date に指定してください（この日付がリストの日付なら --date 2026-08-01）") {
		t.Errorf("a date no word names, no --date: exit %d, %q %q", code, out, errOut)
	}
	code, _, errOut = execCLI(t, "lists", "import", "--register", dir, "ismap-liu", bare, "--lang", "en")
	if code != 2 || !strings.Contains(errOut, bare+":1:1: the file holds a date, 2026-08-01, with no word saying it is the list's date (as of, updated), so it may be the day the file was saved or printed: nothing imported; check the list's date on the portal and give it with --date (--date 2026-08-01 if it is this one)") {
		t.Errorf("a date no word names, English: exit %d, %q", code, errOut)
	}
	if ents, _ := os.ReadDir(filepath.Join(dir, "lists")); len(ents) > 0 {
		t.Errorf("a refused import wrote %s", ents[0].Name())
	}
	for _, d := range []string{"2026-08-01", "2026-08-03"} {
		if code, out, errOut := execCLI(t, "lists", "import", "--register", dir, "ismap", bare, "--date", d); code != 0 || !strings.Contains(out, "lists/ismap-"+d+".yaml: ISMAPクラウドサービスリストの 1 サービスを記録しました\n") {
			t.Errorf("a date no word names, --date %s: exit %d, %q %q", d, code, out, errOut)
		}
	}

	wrong := statedListFile(t, "wrong.csv", "ISMAPクラウドサービスリスト 2026年2月30日")
	code, _, errOut = execCLI(t, "lists", "import", "--register", dir, "ismap", wrong, "--lang", "en")
	if code != 2 || !strings.Contains(errOut, wrong+":1:1: the file holds a date that does not exist, with no word saying it is the list's date (as of, updated): nothing imported; check the list's date on the portal and give it with --date") {
		t.Errorf("a date no word names that does not exist: exit %d, %q", code, errOut)
	}
	if code, out, errOut := execCLI(t, "lists", "import", "--register", dir, "ismap", wrong, "--date", "2026-02-28"); code != 0 {
		t.Errorf("a date no word names that does not exist, --date: exit %d, %q %q", code, out, errOut)
	}

	today, _ := parseAsOf("")
	reg := statedListFile(t, "reg.csv", "ISMAPクラウドサービスリスト", "登録日 2025年4月1日")
	if code, out, errOut := execCLI(t, "lists", "import", "--register", dir, "ismap-liu", reg); code != 0 ||
		!strings.Contains(out, "lists/ismap-liu-"+today.String()+".yaml: ISMAP-LIUクラウドサービスリストの 1 サービスを記録しました（"+reg+":2:1「登録日 2025年4月1日」の日付はリストの日付として読まなかったため、今日（"+today.String()+"）の日付で記録しました。") {
		t.Errorf("a registration date: exit %d, %q %q", code, out, errOut)
	}
}
