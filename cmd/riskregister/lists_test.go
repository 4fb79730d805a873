package main

import (
	"encoding/json"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// listsFixtures is the folder of the synthetic list files.
const listsFixtures = "../../riskassess/publiclist/testdata/"

// listsRegister has a contractor that the corporate fixture lists as
// closed, one it lists under another name, and two ISMAP services: one on
// the list with another expiry, one that left the list.
const listsRegister = chkRegisterYAML + `-- contractors/fuchu-denshi.yaml --
name: {ja: 府中電子}
legal_name: 株式会社府中電子
legal_name_kana: フチュウデンシ
corporate_number: "9999001001740"
owner: {section: koho}
approval: {status: approved}
-- contractors/keibi.yaml --
name: {ja: 調布警備}
legal_name: 調布警備保障株式会社
corporate_number: "5999001001703"
owner: {section: koho}
approval: {status: approved}
-- services/mail.yaml --
name: {ja: 多摩クラウドメール}
owner: {section: koho}
approval: {status: approved}
provider: {name: 株式会社多摩クラウドメール}
contract_type: negotiated
delivery: saas
ismap: {list: ismap, number: C22-0031-1, valid_until: 2026-08-31}
-- services/docs.yaml --
name: {ja: ミナト文書管理}
owner: {section: koho}
approval: {status: approved}
provider: {name: 株式会社ミナト計算センター}
contract_type: negotiated
delivery: saas
ismap: {list: ismap, number: C20-0005-1}
`

func TestListsImportAndCrossCheck(t *testing.T) {
	dir := writeTxtar(t, listsRegister)
	imp := func(args ...string) (int, string, string) {
		return execCLI(t, append([]string{"lists", "import", "--register", dir}, args...)...)
	}
	if code, out, errOut := imp("ismap", listsFixtures+"ismap-portal-old.csv", "--date", "2026-08-01"); code != 0 || !strings.Contains(out, "lists/ismap-2026-08-01.yaml: ISMAPクラウドサービスリストの 5 サービスを記録しました") {
		t.Fatalf("import old list: exit %d, %q %q", code, out, errOut)
	}
	if code, out, errOut := imp("ismap", listsFixtures+"ismap-portal.csv", "--date", "2026-11-01", "--lang", "en"); code != 0 || !strings.Contains(out, "recorded the 4 services") {
		t.Fatalf("import list: exit %d, %q %q", code, out, errOut)
	}
	if code, out, errOut := imp("corporate", listsFixtures+"nta-zenkoku-unicode.csv", "--date", "2026-11-01"); code != 0 || !strings.Contains(out, "8 行を読み、台帳の法人 2 件のうち 2 件を記録しました") {
		t.Fatalf("import corporate: exit %d, %q %q", code, out, errOut)
	}
	snap, err := os.ReadFile(filepath.Join(dir, "lists", "corporate-2026-11-01.yaml"))
	if err != nil {
		t.Fatal(err)
	}
	// Only the register's corporations are kept, with the file's hash.
	if !strings.Contains(string(snap), "coverage: national") || strings.Contains(string(snap), "3999001002001") ||
		!strings.Contains(string(snap), "sha256: 039a0749ec30d13879fb97a825817c15730e5430d05d19253ce2aac9e649967c") {
		t.Errorf("corporate snapshot:\n%s", snap)
	}

	// The same list and date again: refused, the snapshot kept.
	if code, _, errOut := imp("ismap", listsFixtures+"ismap-portal.csv", "--date", "2026-11-01"); code != 1 || !strings.Contains(errOut, "この日付のスナップショットはもうあります") {
		t.Errorf("second import of a date: exit %d, %q", code, errOut)
	}
	// A file that cannot be mapped: refused with the headers seen, nothing written.
	if code, _, errOut := imp("ismap-liu", listsFixtures+"ismap-noheader.csv", "--date", "2026-11-02", "--lang", "en"); code != 1 ||
		!strings.Contains(errOut, `ismap-noheader.csv: cannot read the file as an ISMAP cloud service list: no header row found (headers seen: "番号", "名前", "会社", "日付")`) {
		t.Errorf("unmappable file: exit %d, %q", code, errOut)
	}
	if code, _, errOut := imp("corporate", listsFixtures+"nta-malformed-checkdigit.csv", "--date", "2026-11-02", "--coverage", "national"); code != 1 ||
		!strings.Contains(errOut, `nta-malformed-checkdigit.csv:2: 2列目の法人番号 "5999001001704" が正しくありません`) {
		t.Errorf("malformed corporate file: exit %d, %q", code, errOut)
	}
	if _, err := os.Stat(filepath.Join(dir, "lists", "ismap-liu-2026-11-02.yaml")); err == nil {
		t.Error("a refused import wrote a snapshot")
	}
	if code, _, errOut := imp("corporate", listsFixtures+"nta-malformed-checkdigit.csv"); code != 2 || !strings.Contains(errOut, "--coverage") {
		t.Errorf("corporate file whose name does not tell its coverage: exit %d, %q", code, errOut)
	}

	// validate reads the snapshots through the front door.
	if code, _, errOut := execCLI(t, "validate", "--register", dir); code != 0 {
		t.Fatalf("validate: exit %d, %s", code, errOut)
	}

	// assess carries every mismatch as a finding naming the snapshot date.
	code, out, errOut := execCLI(t, "assess", "--register", dir, "--as-of", "2026-11-27", "--format", "json")
	if code != 0 {
		t.Fatalf("assess: exit %d, %s", code, errOut)
	}
	var doc struct {
		Assessments []struct {
			ID       string `json:"id"`
			Findings []struct {
				Requirement string
				Message     struct{ Ja string }
			} `json:"findings"`
		}
	}
	if err := json.Unmarshal([]byte(out), &doc.Assessments); err != nil {
		t.Fatalf("assess json: %v\n%s", err, out[:min(len(out), 300)])
	}
	got := map[string][]string{}
	for _, a := range doc.Assessments {
		for _, f := range a.Findings {
			if strings.HasPrefix(f.Requirement, "LST-") {
				got[a.ID] = append(got[a.ID], f.Requirement)
				if !strings.Contains(f.Message.Ja, "2026-11-01") {
					t.Errorf("%s %s: message %q does not name the snapshot date", a.ID, f.Requirement, f.Message.Ja)
				}
			}
		}
	}
	want := map[string][]string{
		"fuchu-denshi": {"LST-CORP-CLOSED"},
		"keibi":        {"LST-CORP-NAME"},
		"mail":         {"LST-ISMAP-EXPIRY"},
		"docs":         {"LST-ISMAP-LISTED"},
	}
	if d := cmp.Diff(want, got); d != "" {
		t.Errorf("cross-check findings (-want +got):\n%s", d)
	}

	// check fails on the closed contractor (critical) and, with high, on
	// the service that left the list.
	code, out, _ = execCLI(t, "check", "--register", dir, "--as-of", "2026-11-27")
	if code != 1 || !strings.Contains(out, "contractors/fuchu-denshi.yaml: 重大: LST-CORP-CLOSED — 法人番号 9999001001740 の法人は登記記録が閉鎖されています") {
		t.Errorf("check: exit %d, %s", code, out)
	}
	code, out, _ = execCLI(t, "check", "--register", dir, "--as-of", "2026-11-27", "--fail-on", "high", "--lang", "en")
	if code != 1 || !strings.Contains(out, "services/docs.yaml: high: LST-ISMAP-LISTED — registration number C20-0005-1 (ミナト文書管理) was on the list of 2026-08-01 but is not on the list of 2026-11-01") {
		t.Errorf("check --fail-on high: exit %d, %s", code, out)
	}

	// A difference file updates the newest corporate snapshot: the
	// renamed company now agrees, the closed one stays closed, the
	// coverage stays national.
	if code, out, errOut := imp("corporate", listsFixtures+"nta-diff-unicode.csv", "--date", "2026-11-21"); code != 0 || !strings.Contains(out, "2 行を読み") {
		t.Fatalf("import difference file: exit %d, %q %q", code, out, errOut)
	}
	diffSnap, _ := os.ReadFile(filepath.Join(dir, "lists", "corporate-2026-11-21.yaml"))
	if !strings.Contains(string(diffSnap), "coverage: national") || !strings.Contains(string(diffSnap), "name: 調布警備保障株式会社") || !strings.Contains(string(diffSnap), `close_cause: "01"`) {
		t.Errorf("snapshot of the difference file:\n%s", diffSnap)
	}
	code, out, _ = execCLI(t, "check", "--register", dir, "--as-of", "2026-11-27", "--fail-on", "high")
	if strings.Contains(out, "LST-CORP-NAME") || !strings.Contains(out, "LST-CORP-CLOSED") || !strings.Contains(out, "国税庁のデータ 2026-11-21") {
		t.Errorf("check after the difference file: exit %d, %s", code, out)
	}
	// On an earlier as-of date the earlier snapshot is used.
	if _, out, _ = execCLI(t, "check", "--register", dir, "--as-of", "2026-11-05", "--fail-on", "high"); !strings.Contains(out, "国税庁のデータ 2026-11-01") {
		t.Errorf("check as of 2026-11-05: %s", out)
	}

	// due warns once a snapshot is older than three months, or the
	// register's own setting.
	if _, _, errOut := execCLI(t, "due", "--register", dir, "--as-of", "2027-01-31"); strings.Contains(errOut, "警告") {
		t.Errorf("due within 3 months warns: %q", errOut)
	}
	for _, tt := range []struct {
		asOf string
		want []string
	}{
		{"2027-02-02", []string{"警告: " + dir + "/lists/ismap-2026-11-01.yaml: ISMAPクラウドサービスリストのスナップショット（2026-11-01）"}},
		{"2027-02-22", []string{
			"警告: " + dir + "/lists/corporate-2026-11-21.yaml: 法人番号公表サイトのデータ（国税庁）",
			"警告: " + dir + "/lists/ismap-2026-11-01.yaml: ISMAPクラウドサービスリストのスナップショット（2026-11-01）",
		}},
	} {
		_, _, errOut := execCLI(t, "due", "--register", dir, "--as-of", tt.asOf)
		var warned []string
		for _, l := range strings.Split(errOut, "\n") {
			if strings.HasPrefix(l, "警告: ") {
				warned = append(warned, l[:strings.Index(l, "）")+len("）")])
			}
		}
		slices.Sort(warned)
		if d := cmp.Diff(tt.want, warned); d != "" {
			t.Errorf("due warnings as of %s (-want +got):\n%s\n%s", tt.asOf, d, errOut)
		}
	}
	reg := filepath.Join(dir, "register.yaml")
	b, _ := os.ReadFile(reg)
	os.WriteFile(reg, append(b, "public_lists: {max_age_months: 1}\n"...), 0o644)
	if _, _, errOut := execCLI(t, "due", "--register", dir, "--as-of", "2026-12-22"); strings.Count(errOut, "警告") != 2 || !strings.Contains(errOut, "1 か月より古く") {
		t.Errorf("due with max_age_months 1: %q", errOut)
	}
}

// TestListsImportDate: without --date a corporate file is dated by the
// date in its name (the data's date), not today, so that a file saved
// weeks ago does not pass as fresh; a --date after today is refused, as a
// snapshot dated in the future would be ignored until then.
func TestListsImportDate(t *testing.T) {
	dir := writeTxtar(t, listsRegister)
	data, err := os.ReadFile(listsFixtures + "nta-zenkoku-unicode.csv")
	if err != nil {
		t.Fatal(err)
	}
	file := filepath.Join(t.TempDir(), "00_zenkoku_all_20260815.csv")
	if err := os.WriteFile(file, data, 0o644); err != nil {
		t.Fatal(err)
	}
	if code, out, errOut := execCLI(t, "lists", "import", "--register", dir, "corporate", file); code != 0 || !strings.Contains(out, "lists/corporate-2026-08-15.yaml:") {
		t.Errorf("import without --date: exit %d, %q %q", code, out, errOut)
	}
	// A second download of a file, as a browser names it.
	again := filepath.Join(t.TempDir(), "00_zenkoku_all_20260901 (1).csv")
	if err := os.WriteFile(again, data, 0o644); err != nil {
		t.Fatal(err)
	}
	if code, out, errOut := execCLI(t, "lists", "import", "--register", dir, "corporate", again); code != 0 || !strings.Contains(out, "lists/corporate-2026-09-01.yaml:") {
		t.Errorf("import of %s without --date: exit %d, %q %q", filepath.Base(again), code, out, errOut)
	}
	if code, _, errOut := execCLI(t, "lists", "import", "--register", dir, "ismap", listsFixtures+"ismap-portal.csv", "--date", "2999-01-01", "--lang", "en"); code != 2 || !strings.Contains(errOut, "--date 2999-01-01 is after today") {
		t.Errorf("import dated in the future: exit %d, %q", code, errOut)
	}
	if _, err := os.Stat(filepath.Join(dir, "lists", "ismap-2999-01-01.yaml")); err == nil {
		t.Error("a snapshot dated in the future was written")
	}
}

// TestListsContractorAddedAfterImport: the national snapshot keeps only
// the corporations the register named when it was imported; a contractor
// added since was not looked for, and is not reported as a number that
// does not exist (the file lists it).
func TestListsContractorAddedAfterImport(t *testing.T) {
	dir := writeTxtar(t, listsRegister)
	if code, out, errOut := execCLI(t, "lists", "import", "--register", dir, "corporate", listsFixtures+"nta-zenkoku-unicode.csv", "--date", "2026-11-01"); code != 0 {
		t.Fatalf("import: exit %d, %q %q", code, out, errOut)
	}
	added := "name: {ja: 多摩データサービス}\nlegal_name: 株式会社多摩データサービス\ncorporate_number: \"3999001002001\"\nowner: {section: koho}\napproval: {status: approved}\n"
	if err := os.WriteFile(filepath.Join(dir, "contractors", "tama-data.yaml"), []byte(added), 0o644); err != nil {
		t.Fatal(err)
	}
	_, out, errOut := execCLI(t, "check", "--register", dir, "--as-of", "2026-11-15", "--fail-on", "high", "--lang", "en")
	if strings.Contains(out+errOut, "tama-data.yaml: high: LST-CORP-FOUND") {
		t.Errorf("a contractor added after the import is reported as not existing:\n%s%s", out, errOut)
	}
	if !strings.Contains(out+errOut, "fuchu-denshi.yaml: critical: LST-CORP-CLOSED") {
		t.Errorf("the cross-check of the contractors looked for is gone:\n%s%s", out, errOut)
	}
}

// TestListsImportSaysWhatIsNotChecked: a list from which no expiry or
// scope was read (no such column, or a header the reader does not know)
// is imported, and the summary says which cross-checks it leaves undone.
func TestListsImportSaysWhatIsNotChecked(t *testing.T) {
	dir := writeTxtar(t, listsRegister)
	file := filepath.Join(t.TempDir(), "list.csv")
	if err := os.WriteFile(file, []byte("登録番号,クラウドサービス名称,クラウドサービス事業者名,登録の有効期間の満了日\nC22-0031-1,多摩クラウドメール,株式会社多摩クラウドメール,2026/8/31\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	code, out, errOut := execCLI(t, "lists", "import", "--register", dir, "ismap", file, "--date", "2026-10-01", "--lang", "en")
	if code != 0 || !strings.Contains(out, "(no expiry was read: LST-ISMAP-EXPIRY will not be checked") || !strings.Contains(out, "(no scope was read: LST-ISMAP-SCOPE will not be checked") {
		t.Errorf("import: exit %d, %q %q", code, out, errOut)
	}
	// The fixture states its date, 2026年11月1日現在: --date must be that day.
	code, out, _ = execCLI(t, "lists", "import", "--register", dir, "ismap", listsFixtures+"ismap-portal.csv", "--date", "2026-11-01")
	if code != 0 || strings.Contains(out, "照合されません") {
		t.Errorf("import of a full list: exit %d, %q", code, out)
	}
}

// TestDueWarnsCorporateNotSearched: a corporate number the newest
// national snapshot did not look for (its searched list lacks it: the
// contractor was added after the import) is not cross-checked, and due
// warns of it with the snapshot's file; before, nothing said so. The
// example's own snapshot searched every number: no warning.
func TestDueWarnsCorporateNotSearched(t *testing.T) {
	_, _, errOut := execCLI(t, "due", "--register", filepath.Join("..", "..", "examples", "chofu-gikai"), "--as-of", "2026-11-27")
	if strings.Contains(errOut, "法人番号") {
		t.Errorf("due on the example warns of a corporate number: %s", errOut)
	}
	dir := copyExample(t)
	path := filepath.Join(dir, "lists", "corporate-2026-11-01.yaml")
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	rec := "  - number: \"7999001001370\"\n    name: 布田データ入力株式会社\n    kana: フダデータニュウリョク\n    process: \"01\"\n    updated: \"2024-04-01\"\n    changed: \"2015-10-05\"\n    prefecture: 東京都\n"
	src := strings.Replace(string(b), rec, "", 1)
	src = strings.Replace(src, "coverage: national\n", "coverage: national\nsearched: [\"1999001001814\"]\n", 1)
	if src == string(b) || strings.Contains(src, "7999001001370") {
		t.Fatal("the example's corporate snapshot changed: update the test")
	}
	if err := os.WriteFile(path, []byte(src), 0o644); err != nil {
		t.Fatal(err)
	}
	_, _, errOut = execCLI(t, "due", "--register", dir, "--as-of", "2026-11-27")
	want := "警告: " + filepath.Join(dir, "lists", "corporate-2026-11-01.yaml") + ": 法人番号公表サイトのデータ（国税庁）のスナップショット（2026-11-01）では、委託事業者・サービス 1 件（fuda-data-entry）の法人番号を検索していないため照合していません（取り込みの後に記録した番号など）。その番号を検索したスナップショットを riskregister lists import corporate で取り込んでください（docs/public-lists.md）\n"
	if !strings.Contains(errOut, want) || strings.Count(errOut, "法人番号") != 2 {
		t.Errorf("due warnings:\n%s\nwant:\n%s", errOut, want)
	}
}

// TestCheckAssessWarnListNotImported: as of 2026-10-01, before every
// snapshot of the example, no ISMAP listing or corporate number is
// cross-checked; due warned of it but check (the CI gate) and assess said
// nothing, so a passing check gave no hint. They print due's warnings on
// stderr, with stdout and the exit status those of the same register
// without lists/ (where nothing is cross-checked either and nothing is
// warned of); as of 2026-11-27 (all lists imported) no warning.
func TestCheckAssessWarnListNotImported(t *testing.T) {
	dir, bare := copyExample(t), copyExample(t)
	if err := os.RemoveAll(filepath.Join(bare, "lists")); err != nil {
		t.Fatal(err)
	}
	_, _, dueErr := execCLI(t, "due", "--register", dir, "--as-of", "2026-10-01")
	if strings.Count(dueErr, "警告: ") != 3 || strings.Count(dueErr, "\n") != 3 {
		t.Fatalf("due as of 2026-10-01 warns:\n%s", dueErr)
	}
	for _, args := range [][]string{{"check"}, {"check", "--fail-on", "overdue"}, {"assess"}, {"assess", "--format", "json"}, {"assess", "--id", "web-forms"}} {
		code, out, errOut := execCLI(t, append(args, "--register", dir, "--as-of", "2026-10-01")...)
		bareCode, bareOut, bareErr := execCLI(t, append(args, "--register", bare, "--as-of", "2026-10-01")...)
		if code != bareCode {
			t.Errorf("%v: exit status %d, %d without lists/", args, code, bareCode)
		}
		if d := cmp.Diff(strings.ReplaceAll(bareOut, bare, dir), out); d != "" {
			t.Errorf("%v: stdout (-without lists/ +with):\n%s", args, d)
		}
		if d := cmp.Diff(dueErr+strings.ReplaceAll(bareErr, bare, dir), errOut); d != "" {
			t.Errorf("%v: stderr (-due's warnings and the rest +got):\n%s", args, d)
		}
		_, _, errOut = execCLI(t, append(args, "--register", dir, "--as-of", "2026-11-27")...)
		if strings.Contains(errOut, "警告") {
			t.Errorf("%v as of 2026-11-27 warns:\n%s", args, errOut)
		}
	}
}

// TestDueWarnsListNotImported: a service listed on ISMAP-LIU is not
// cross-checked when no ISMAP-LIU snapshot is dated by the as-of date,
// while the ISMAP services beside it are; its entry page and the due
// list looked the same either way. due warns of the list not imported,
// with the services left unchecked, as it warns of a stale one; likewise
// of the corporate-number data before its first snapshot.
func TestDueWarnsListNotImported(t *testing.T) {
	dir := copyExample(t)
	if err := os.Remove(filepath.Join(dir, "lists", "ismap-liu-2026-11-01.yaml")); err != nil {
		t.Fatal(err)
	}
	warnings := func(asOf string) []string {
		_, _, errOut := execCLI(t, "due", "--register", dir, "--as-of", asOf)
		var out []string
		for _, l := range strings.Split(errOut, "\n") {
			if strings.HasPrefix(l, "警告: ") {
				out = append(out, l[:strings.Index(l, "を照合していません")])
			}
		}
		return out
	}
	for _, tt := range []struct {
		asOf string
		want []string
	}{
		{"2026-11-27", []string{"警告: ISMAP-LIUクラウドサービスリストのスナップショットが基準日（2026-11-27）以前にないため、このリストの登録を記録したサービス 1 件（web-forms）"}},
		{"2026-10-31", []string{
			"警告: ISMAPクラウドサービスリストのスナップショットが基準日（2026-10-31）以前にないため、このリストの登録を記録したサービス 4 件（cloud-storage, internet-mail, online-meeting, paperless-tablet）",
			"警告: ISMAP-LIUクラウドサービスリストのスナップショットが基準日（2026-10-31）以前にないため、このリストの登録を記録したサービス 1 件（web-forms）",
			// Nor is any corporate number (lists/corporate-2026-11-01.yaml).
			"警告: 法人番号公表サイトのデータ（国税庁）のスナップショットが基準日（2026-10-31）以前にないため、法人番号を記録した委託事業者・サービス 21 件（chofu-eizo-haishin, chofu-keibi, fuchu-denshi, fuda-data-entry, jindai-insatsu, kokuryo-joho, kokuryo-onkyo, minamitama-consulting, musashino-network, musashino-sokki, nogawa-honyaku, paperless-gikai, sengawa-web, shibasaki-archive, tama-gyosei-cloud, tama-security-audit, tama-shuwa, tama-system-service, tamagawa-building, tobitakyu-recycle, tsutsujigaoka-jinzai）",
		}},
	} {
		if d := cmp.Diff(tt.want, warnings(tt.asOf)); d != "" {
			t.Errorf("due warnings as of %s (-want +got):\n%s", tt.asOf, d)
		}
	}
}

// TestListsDifferenceOrder: difference files are one day's changes, each
// laid on the newest earlier snapshot. Imported out of order (12-05, then
// 12-03), the 12-05 snapshot did not hold the closure of 12-03, and from
// 12-05 on check read the closed contractor as active and passed. The
// older file is now refused, naming the newer snapshot; imported in
// order, the closure is carried into the newer snapshot and the summary
// names the snapshot each file was laid on. A file named as difference
// data given --coverage national is refused (read as full data, every
// corporation it does not list was "not in the national data").
func TestListsDifferenceOrder(t *testing.T) {
	dir := writeTxtar(t, listsRegister)
	imp := func(args ...string) (int, string, string) {
		return execCLI(t, append([]string{"lists", "import", "--register", dir}, args...)...)
	}
	if code, out, errOut := imp("corporate", listsFixtures+"nta-zenkoku-unicode.csv", "--date", "2026-11-01"); code != 0 {
		t.Fatalf("import national: exit %d, %q %q", code, out, errOut)
	}
	row := func(num, proc, upd, name, closed, cause string) string {
		c := make([]string, 30)
		c[0], c[1], c[2], c[3], c[4], c[5], c[6] = "1", num, proc, "0", upd, upd, name
		c[18], c[19], c[22], c[23], c[29] = closed, cause, "2015-10-05", "1", "0"
		return strings.Join(c, ",") + "\r\n"
	}
	tmp := t.TempDir()
	// 12-03: 調布警備 closed (liquidation); 12-05: another corporation renamed.
	closing := filepath.Join(tmp, "diff_20261203.csv")
	other := filepath.Join(tmp, "diff_20261205.csv")
	os.WriteFile(closing, []byte(row("5999001001703", "21", "2026-12-03", "調布警備保障株式会社", "2026-12-01", "01")), 0o644)
	os.WriteFile(other, []byte(row("2999001002002", "11", "2026-12-05", "株式会社みなと計算", "", "")), 0o644)

	if code, _, errOut := imp("corporate", other, "--coverage", "national"); code != 2 || !strings.Contains(errOut, "ファイル名は差分データ（diff・差分）ですが、--coverage national が指定されています") {
		t.Errorf("difference file with --coverage national: exit %d, %q", code, errOut)
	}
	if code, out, errOut := imp("corporate", other); code != 0 || !strings.Contains(out, "差分データを "+dir+"/lists/corporate-2026-11-01.yaml（2026-11-01）に重ねました") {
		t.Fatalf("import 12-05: exit %d, %q %q", code, out, errOut)
	}
	code, _, errOut := imp("corporate", closing, "--lang", "en")
	if code != 1 || !strings.Contains(errOut, "diff_20261203.csv: the corporate-number snapshot "+dir+"/lists/corporate-2026-12-05.yaml (2026-12-05), newer than this difference file (2026-12-03), was made by laying a difference file on an earlier snapshot") {
		t.Errorf("older difference file after a newer one: exit %d, %q", code, errOut)
	}
	if _, err := os.Stat(filepath.Join(dir, "lists", "corporate-2026-12-03.yaml")); err == nil {
		t.Error("the refused difference file was written")
	}
	// So is full data dated before it (a national file of 11-30 holding
	// the closure): the 12-05 snapshot, laid on 11-01, does not hold it.
	national := filepath.Join(tmp, "00_zenkoku_all_20261130.csv")
	zen, _ := os.ReadFile(listsFixtures + "nta-zenkoku-unicode.csv")
	os.WriteFile(national, append(zen, row("5999001001703", "21", "2026-11-20", "調布警備保障株式会社", "2026-11-18", "01")...), 0o644)
	if code, _, errOut := imp("corporate", national); code != 1 || !strings.Contains(errOut, "00_zenkoku_all_20261130.csv: この全件データ（2026-11-30）より新しい法人番号のスナップショット "+dir+"/lists/corporate-2026-12-05.yaml（2026-12-05）が、差分データをそれより前のスナップショットに重ねて作られています") {
		t.Errorf("national file older than a layered snapshot: exit %d, %q", code, errOut)
	}
	// In order: the closure reaches the newest snapshot and check.
	os.Remove(filepath.Join(dir, "lists", "corporate-2026-12-05.yaml"))
	if code, out, errOut := imp("corporate", closing, "--coverage", "difference"); code != 0 {
		t.Fatalf("import 12-03: exit %d, %q %q", code, out, errOut)
	}
	if code, out, errOut := imp("corporate", other, "--lang", "en"); code != 0 || !strings.Contains(out, "applied on top of "+dir+"/lists/corporate-2026-12-03.yaml (2026-12-03)") {
		t.Fatalf("import 12-05 after 12-03: exit %d, %q %q", code, out, errOut)
	}
	code, out, _ := execCLI(t, "check", "--register", dir, "--as-of", "2026-12-06")
	if code != 1 || !strings.Contains(out, "contractors/keibi.yaml: 重大: LST-CORP-CLOSED — 法人番号 5999001001703 の法人は登記記録が閉鎖されています（2026-12-01、事由: 清算の結了等。国税庁のデータ 2026-12-05）") {
		t.Errorf("check after the difference files in order: exit %d\n%s", code, out)
	}
}

// TestListsOlderFileBeforeFullData: a file dated before a snapshot of full
// data stands apart from it (the full data already holds its changes), so
// it is imported, for a check on an earlier date: a difference file older
// than a national snapshot, and an older national file.
func TestListsOlderFileBeforeFullData(t *testing.T) {
	dir := writeTxtar(t, listsRegister)
	imp := func(args ...string) (int, string, string) {
		return execCLI(t, append([]string{"lists", "import", "--register", dir}, args...)...)
	}
	if code, out, errOut := imp("corporate", listsFixtures+"nta-zenkoku-unicode.csv", "--date", "2026-11-01"); code != 0 {
		t.Fatalf("import national: exit %d, %q %q", code, out, errOut)
	}
	older := filepath.Join(t.TempDir(), "diff_20261020.csv")
	data, _ := os.ReadFile(listsFixtures + "nta-diff-unicode.csv")
	os.WriteFile(older, data, 0o644)
	if code, out, errOut := imp("corporate", older); code != 0 {
		t.Errorf("difference file older than a national snapshot: exit %d, %q %q", code, out, errOut)
	}
	if code, out, errOut := imp("corporate", listsFixtures+"nta-zenkoku-unicode.csv", "--date", "2026-09-01", "--coverage", "national"); code != 0 {
		t.Errorf("national file older than a national snapshot: exit %d, %q %q", code, out, errOut)
	}
}

// TestListsImportDateDiffersFromName: a corporate file whose name carries
// the date of its data is dated by it; a --date that differs is refused
// with both dates, as for an ISMAP list that states its date. diff_20261203
// given --date 2026-12-06 was laid on the snapshot of 12-05 as newer data
// and passed as fresher than it was. The name's own date is accepted.
func TestListsImportDateDiffersFromName(t *testing.T) {
	dir := writeTxtar(t, listsRegister)
	data, _ := os.ReadFile(listsFixtures + "nta-diff-unicode.csv")
	file := filepath.Join(t.TempDir(), "diff_20261120.csv")
	os.WriteFile(file, data, 0o644)
	imp := func(args ...string) (int, string, string) {
		return execCLI(t, append([]string{"lists", "import", "--register", dir, "corporate", file}, args...)...)
	}
	if code, _, errOut := imp("--date", "2026-11-25", "--lang", "en"); code != 2 || !strings.Contains(errOut, "--date 2026-11-25 differs from the date of the data in the file name, 2026-11-20 (diff_20261120.csv)") {
		t.Errorf("--date other than the name's: exit %d, %q", code, errOut)
	}
	if _, err := os.Stat(filepath.Join(dir, "lists", "corporate-2026-11-25.yaml")); err == nil {
		t.Error("a snapshot was written with the --date refused")
	}
	if code, out, errOut := imp("--date", "2026-11-20"); code != 0 || !strings.Contains(out, "lists/corporate-2026-11-20.yaml:") {
		t.Errorf("--date equal to the name's: exit %d, %q %q", code, out, errOut)
	}
	// Imported again: the date is the name's, so only deleting the
	// snapshot is advised (another --date is refused above).
	for _, args := range [][]string{nil, {"--date", "2026-11-20"}} {
		code, _, errOut := imp(args...)
		if code != 1 || !strings.Contains(errOut, "この日付のスナップショットはもうあります（日付はファイル名の日付）。取り込み直すなら、このファイルを削除してから取り込んでください") ||
			strings.Contains(errOut, "別の --date") {
			t.Errorf("imported again %v: exit %d, %q", args, code, errOut)
		}
	}
}

// TestListsDifferenceSummary: the summary of a difference file said only
// how many of the register's corporations the file held ("1 行を読み、台帳の
// 法人 2 件のうち 0 件を記録しました" though the snapshot holds both, laid on
// the one before). It now gives the snapshot's count apart from the file's,
// and names the numbers whose earlier record was kept (updated later) and
// those the file holds only past records (最新履歴 0) of. A national file's
// summary is as before (TestListsImport).
func TestListsDifferenceSummary(t *testing.T) {
	dir := writeTxtar(t, listsRegister)
	imp := func(args ...string) (int, string, string) {
		return execCLI(t, append([]string{"lists", "import", "--register", dir}, args...)...)
	}
	if code, out, errOut := imp("corporate", listsFixtures+"nta-zenkoku-unicode.csv", "--date", "2026-11-01"); code != 0 {
		t.Fatalf("import national: exit %d, %q %q", code, out, errOut)
	}
	row := func(num, upd, name, latest string) string {
		c := make([]string, 30)
		c[0], c[1], c[2], c[3], c[4], c[5], c[6] = "1", num, "11", "0", upd, upd, name
		c[22], c[23], c[29] = "2015-10-05", latest, "0"
		return strings.Join(c, ",") + "\r\n"
	}
	diff := filepath.Join(t.TempDir(), "diff_20261205.csv")
	// 府中電子: a record updated before the national one (2026-07-10);
	// 調布綜合警備: only a past record (a correction of history).
	os.WriteFile(diff, []byte(row("9999001001740", "2026-06-01", "株式会社府中電子", "1")+row("5999001001703", "2024-01-10", "株式会社調布綜合警備", "0")), 0o644)
	code, out, errOut := imp("corporate", diff)
	for _, want := range []string{
		"差分データ 2 行を読み、台帳の法人 2 件のうち 1 件の記録がありました。スナップショットには台帳の法人 2 件を記録しました",
		"（前のスナップショットの記録の方が新しいため、それを残した番号: 9999001001740）",
		"（過去の記録（最新履歴 0）だけのため取り込まなかった番号: 5999001001703）",
	} {
		if code != 0 || !strings.Contains(out, want) {
			t.Errorf("exit %d, %q %q; want %q", code, out, errOut, want)
		}
	}
}

// TestListsDifferenceFileRenamed: a difference file renamed by staff
// (20261203.csv) and given --coverage national was read as the national
// data: every corporation it does not change was reported as not existing
// (LST-CORP-FOUND); given prefecture, or named as full data, a few changed
// records became a whole prefecture's. A file taken as full data whose
// rows were all updated within a week is refused, naming the file, the
// dates and the fix. Given --coverage difference, the renamed file made a
// snapshot laid on the national one that an older file imported after it
// did not recognise as such (layered reads the file name): it is refused,
// with the agency's name to give it; so is a difference file whose name
// holds no date, without --date (it was dated today). Full data (updated
// over years) under any name, and the file under the agency's name, are
// imported, and an older national file after it is refused as before.
func TestListsDifferenceFileRenamed(t *testing.T) {
	dir := writeTxtar(t, listsRegister)
	imp := func(args ...string) (int, string, string) {
		return execCLI(t, append([]string{"lists", "import", "--register", dir, "corporate"}, args...)...)
	}
	if code, out, errOut := imp(listsFixtures+"nta-zenkoku-unicode.csv", "--date", "2026-11-01"); code != 0 {
		t.Fatalf("import national: exit %d, %q %q", code, out, errOut)
	}
	row := func(seq, num, upd, name string) string {
		c := make([]string, 30)
		c[0], c[1], c[2], c[3], c[4], c[5], c[6] = seq, num, "11", "0", upd, upd, name
		c[22], c[23], c[29] = "2015-10-05", "1", "0"
		return strings.Join(c, ",") + "\r\n"
	}
	diff := row("1", "5999001001703", "2026-12-03", "調布警備保障株式会社") + row("2", "2999001002002", "2026-12-03", "株式会社みなと計算") +
		row("3", "1999001002003", "2026-12-02", "アクメ株式会社")
	tmp := t.TempDir()
	renamed := filepath.Join(tmp, "20261203.csv")
	asFull := filepath.Join(tmp, "13_tokyo_all_20261203.csv")
	undated := filepath.Join(tmp, "houjin_sabun_1203.csv")
	agency := filepath.Join(tmp, "diff_20261203.csv")
	for _, f := range []string{renamed, asFull, undated, agency} {
		if err := os.WriteFile(f, []byte(diff), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	// Two rows cut from full data, never changed since 2015: no full
	// data either.
	extract := filepath.Join(tmp, "extract.csv")
	os.WriteFile(extract, []byte(row("1", "5999001001703", "2015-10-05", "株式会社調布綜合警備")+row("2", "2999001002002", "2015-10-05", "株式会社ミナト計算センター")), 0o644)
	// One row of difference data renamed, and a file without any row:
	// no full data either (both imported, and 21 corporations of the
	// register read as not existing).
	oneRow := filepath.Join(tmp, "one", "20261203.csv")
	empty := filepath.Join(tmp, "empty.csv")
	os.Mkdir(filepath.Dir(oneRow), 0o755)
	os.WriteFile(oneRow, []byte(row("1", "5999001001703", "2026-12-03", "調布警備保障株式会社")), 0o644)
	os.WriteFile(empty, nil, 0o644)
	for _, tt := range []struct {
		args []string
		want string
	}{
		{[]string{oneRow, "--coverage", "national", "--date", "2026-12-03"}, oneRow + ": --coverage national により全国の全件データとして読みましたが、1 行すべての更新年月日が 2026-12-03 です。"},
		{[]string{empty, "--coverage", "national", "--date", "2026-12-03"}, empty + ": --coverage national により全国の全件データとして読みましたが、法人の行が 1 行もありません"},
		{[]string{empty, "--coverage", "prefecture", "--date", "2026-12-03", "--lang", "en"}, empty + ": read as prefecture full data by --coverage prefecture, but it holds no record of a corporation"},
		{[]string{renamed, "--coverage", "national", "--date", "2026-12-03"}, renamed + ": --coverage national により全国の全件データとして読みましたが、3 行すべての更新年月日が 2026-12-02～2026-12-03 です。"},
		{[]string{renamed, "--coverage", "prefecture", "--date", "2026-12-03"}, "差分データなら、ファイル名を国税庁の名前（diff_YYYYMMDD…、YYYYMMDD はデータの日付）に戻して取り込んでください"},
		{[]string{asFull, "--lang", "en"}, asFull + ": read as prefecture full data by its name, but every one of its 3 rows was last updated on 2026-12-02 to 2026-12-03: the agency's full data lists corporations updated over years since 2015, its difference data one day's changes, so this looks like a difference file"},
		{[]string{renamed, "--coverage", "difference", "--date", "2026-12-03", "--lang", "en"}, renamed + ": --coverage difference was given but the file name is not one of difference data (diff, sabun): that a snapshot was laid on an earlier one is known by the file name it records"},
		{[]string{renamed, "--coverage", "difference"}, "ファイル名を国税庁の名前（diff_YYYYMMDD…、YYYYMMDD はデータの日付）に戻し、--coverage を付けずに取り込んでください"},
		{[]string{extract, "--coverage", "national", "--date", "2026-11-30"}, "（全件データなら、一部を抜き出したものではなく、法人番号公表サイトからダウンロードしたファイルをそのまま指定してください）"},
		{[]string{undated}, undated + ": 差分データのファイル名に日付（diff_YYYYMMDD）がなく、--date もないため、データの日付が分からず取り込みません（今日の日付にすると、実際より新しいデータとして重ねられます）。--date にデータの日付を指定するか、ファイル名を国税庁の名前に戻してください（ファイルの更新年月日は 2026-12-03 まで）"},
	} {
		if code, out, errOut := imp(tt.args...); code != 2 || !strings.Contains(errOut, tt.want) {
			t.Errorf("%q: exit %d, %q %q; want %q", tt.args, code, out, errOut, tt.want)
		}
	}
	if ents, _ := os.ReadDir(filepath.Join(dir, "lists")); len(ents) != 1 {
		t.Errorf("a refused import wrote a snapshot: %d files", len(ents))
	}
	// Under the agency's name, or with its date, it is laid on the
	// national snapshot.
	if code, out, errOut := imp(undated, "--date", "2026-12-02"); code != 0 || !strings.Contains(out, "lists/corporate-2026-12-02.yaml: 差分データ 3 行を読み") {
		t.Errorf("undated difference file with --date: exit %d, %q %q", code, out, errOut)
	}
	os.Remove(filepath.Join(dir, "lists", "corporate-2026-12-02.yaml"))
	if code, out, errOut := imp(agency); code != 0 || !strings.Contains(out, "lists/corporate-2026-12-03.yaml: 差分データ 3 行を読み") {
		t.Errorf("under the agency's name: exit %d, %q %q", code, out, errOut)
	}
	// One row, or none (a day without changes), as difference data.
	oneDiff := filepath.Join(tmp, "one", "diff_20261204.csv")
	emptyDiff := filepath.Join(tmp, "diff_20261205.csv")
	os.Rename(oneRow, oneDiff)
	os.Rename(empty, emptyDiff)
	if code, out, errOut := imp(oneDiff); code != 0 || !strings.Contains(out, "lists/corporate-2026-12-04.yaml: 差分データ 1 行を読み") {
		t.Errorf("one row of difference data: exit %d, %q %q", code, out, errOut)
	}
	if code, out, errOut := imp(emptyDiff); code != 0 || !strings.Contains(out, "lists/corporate-2026-12-05.yaml: 差分データ 0 行を読み") {
		t.Errorf("difference data without a row: exit %d, %q %q", code, out, errOut)
	}
	os.Remove(filepath.Join(dir, "lists", "corporate-2026-12-04.yaml"))
	os.Remove(filepath.Join(dir, "lists", "corporate-2026-12-05.yaml"))
	// Full data, its records updated over years, under a name of staff's;
	// dated before the snapshot laid on 11-01, it is refused as such.
	zen, err := os.ReadFile(listsFixtures + "nta-zenkoku-unicode.csv")
	if err != nil {
		t.Fatal(err)
	}
	full := filepath.Join(tmp, "houjin_zenken.csv")
	os.WriteFile(full, zen, 0o644)
	if code, _, errOut := imp(full, "--coverage", "national", "--date", "2026-11-30"); code != 1 || !strings.Contains(errOut, "より新しい法人番号のスナップショット "+dir+"/lists/corporate-2026-12-03.yaml（2026-12-03）が、差分データをそれより前のスナップショットに重ねて作られています") {
		t.Errorf("full data before the layered snapshot: exit %d, %q", code, errOut)
	}
	if code, out, errOut := imp(full, "--coverage", "national", "--date", "2026-12-04"); code != 0 || !strings.Contains(out, "8 行を読み") {
		t.Errorf("full data renamed: exit %d, %q %q", code, out, errOut)
	}
}
