package main

import (
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/gikai-sec/riskregister/internal/atomicfile"
	"github.com/gikai-sec/riskregister/riskassess"
	"github.com/gikai-sec/riskregister/riskassess/catalog"
	"github.com/gikai-sec/riskregister/riskassess/store"
	"github.com/gikai-sec/riskregister/riskassess/xlsx"
	"github.com/google/go-cmp/cmp"
	"github.com/xuri/excelize/v2"
)

// roundRegister has entries in three sections: two contractors of 総務課
// (one with a name Windows cannot use as is), a service of 情報政策課, a
// social account of 広報係 (no vendor) and a retired contractor.
const roundRegister = `
-- register.yaml --
name: {ja: テスト市議会, en: Test Council}
questionnaire: {return_to: テスト市議会事務局 総務課（somu@example.jp）}
sections:
  - id: somu
    name: {ja: 総務課, en: General Affairs}
  - id: joho
    name: {ja: 情報政策課, en: IT Policy}
  - id: koho
    name: {ja: 広報係, en: PR}
people:
  - id: sato
    name: {ja: 佐藤 一郎}
    section: somu
-- contractors/acme.yaml --
name: {ja: アクメ情報システム, en: Acme Information Systems}
legal_name: アクメ情報システム株式会社
owner: {section: somu}
approval: {status: approved, decided_on: 2025-04-01}
-- contractors/beta.yaml --
name: {ja: "ベータ保守 <本社>: 保守/運用?"}
legal_name: ベータ保守株式会社
owner: {section: somu}
approval: {status: requested}
-- contractors/old.yaml --
name: {ja: 旧委託先}
legal_name: 旧委託先株式会社
owner: {section: somu}
approval: {status: retired}
-- services/chat.yaml --
name: {ja: チャット, en: Chat}
provider: {name: チャット社}
contract_type: terms
delivery: saas
owner: {section: joho}
approval: {status: requested}
-- social/x.yaml --
name: {ja: 公式X}
platform: x
handle: gikai
url: https://x.com/gikai
status: active
owner: {section: koho}
responsible: {section: koho}
approval: {status: approved}
`

func TestRoundAcrossSectionsAndChase(t *testing.T) {
	dir := writeTxtar(t, roundRegister)
	out := filepath.Join(t.TempDir(), "r8-spring")
	code, stdout, stderr := execCLI(t, "round", "--register", dir, "--name", "令和8年度春", "--kind", "all",
		"--as-of", "2026-05-01", "--deadline", "2026-05-31", "-o", out)
	if code != 0 {
		t.Fatalf("round: exit %d\n%s%s", code, stdout, stderr)
	}
	for _, want := range []string{"ソーシャルメディアアカウント x: 事業者がいないため除きました", "委託事業者 old: 却下・廃止の記録のため除きました"} {
		if !strings.Contains(stderr, want) {
			t.Errorf("stderr lacks %q:\n%s", want, stderr)
		}
	}
	var files []string
	filepath.WalkDir(out, func(p string, d os.DirEntry, err error) error {
		if err == nil && !d.IsDir() {
			rel, _ := filepath.Rel(out, p)
			files = append(files, filepath.ToSlash(rel))
		}
		return err
	})
	wantFiles := []string{
		"情報政策課/チャット_chat.xlsx",
		"総務課/アクメ情報システム_acme.xlsx",
		"総務課/ベータ保守 ＜本社＞： 保守／運用？_beta.xlsx",
	}
	if diff := cmp.Diff(wantFiles, files); diff != "" {
		t.Errorf("files (-want +got):\n%s", diff)
	}
	reg, err := store.Load(dir)
	if err != nil {
		t.Fatal(err)
	}
	want := riskassess.RoundRecord{Name: "令和8年度春", SentOn: riskassess.NewDate(2026, 5, 1), ReplyDue: riskassess.NewDate(2026, 5, 31),
		File: "総務課/アクメ情報システム_acme.xlsx"}
	if diff := cmp.Diff([]riskassess.RoundRecord{want}, reg.Contractor("acme").Rounds); diff != "" {
		t.Errorf("acme rounds (-want +got):\n%s", diff)
	}
	if got := reg.Entry(riskassess.KindSocial, "x").Base().Rounds; got != nil {
		t.Errorf("social account got a round: %+v", got)
	}
	// The workbook carries the round in its metadata.
	res, err := xlsx.ReadFile(filepath.Join(out, "総務課", "アクメ情報システム_acme.xlsx"), xlsx.ReadOptions{Requirements: catalog.Default(), Register: reg})
	if err != nil || res.Round != "令和8年度春" || res.EntryID != "acme" {
		t.Fatalf("read back: round %q entry %q err %v", res.Round, res.EntryID, err)
	}

	// The same round again: every entry is left out, nothing is made.
	code, _, stderr = execCLI(t, "round", "--register", dir, "--name", "令和8年度春", "--kind", "all", "--as-of", "2026-05-02", "-o", filepath.Join(t.TempDir(), "again"))
	if code != 1 || !strings.Contains(stderr, "送付済み") {
		t.Errorf("second round: exit %d\n%s", code, stderr)
	}

	// After the deadline all three are chased, by due and by the plan.
	code, stdout, stderr = execCLI(t, "due", "--register", dir, "--as-of", "2026-06-10", "--fiscal-year", "令和8年度")
	if code != 0 {
		t.Fatalf("due: exit %d\n%s", code, stderr)
	}
	if !strings.Contains(stdout, "督促リスト: 回答期限を過ぎた確認票 3 件") {
		t.Errorf("due --fiscal-year does not chase 3 replies:\n%s", stdout)
	}

	// The vendors return two workbooks; one file is damaged. Importing the
	// folder imports the two, refuses the third with its reason, exits 1.
	fill := func(rel string, k riskassess.Kind) {
		qFill(t, filepath.Join(out, filepath.FromSlash(rel)), xlsx.QuestionsFor(catalog.Default(), k))
	}
	fill(wantFiles[0], riskassess.KindService)
	fill(wantFiles[1], riskassess.KindContractor)
	bad := filepath.Join(out, filepath.FromSlash(wantFiles[2]))
	if err := os.WriteFile(bad, []byte("this is not a workbook"), 0o644); err != nil {
		t.Fatal(err)
	}
	os.WriteFile(filepath.Join(out, "総務課", "~$アクメ情報システム_acme.xlsx"), []byte("lock"), 0o644) // Excel's lock file: skipped
	code, stdout, stderr = execCLI(t, "import", "--register", dir, "--as-of", "2026-06-10", out)
	if code != 1 {
		t.Fatalf("import: exit %d, want 1\n%s%s", code, stdout, stderr)
	}
	if !strings.Contains(stdout, "集計: 取込 2, 変更なし 0, 取り込めず 1\n  "+bad+": ") {
		t.Errorf("summary missing or wrong:\n%s", stdout)
	}
	if strings.Contains(stdout, "~$") {
		t.Errorf("the lock file was imported:\n%s", stdout)
	}
	if !strings.Contains(stdout, "回「令和8年度春」: 返送日 2026-06-10・取込日 2026-06-10 を記録しました") {
		t.Errorf("round not marked:\n%s", stdout)
	}
	reg, err = store.Load(dir)
	if err != nil {
		t.Fatal(err)
	}
	for id, imported := range map[string]bool{"acme": true, "beta": false} {
		r := reg.Contractor(id).Round("令和8年度春")
		if r == nil || r.Open() == imported {
			t.Errorf("%s: round %+v, want imported %v", id, r, imported)
		}
	}
	if r := reg.Entry(riskassess.KindService, "chat").Base().Round("令和8年度春"); r == nil || r.ImportedOn != riskassess.NewDate(2026, 6, 10) {
		t.Errorf("chat: round %+v", r)
	}
	if len(reg.Contractor("acme").Assessments) != 1 || len(reg.Contractor("beta").Assessments) != 0 {
		t.Errorf("assessments: acme %d, beta %d", len(reg.Contractor("acme").Assessments), len(reg.Contractor("beta").Assessments))
	}

	// Only beta is still chased, by due (the 90-day list) and the plan.
	code, stdout, _ = execCLI(t, "due", "--register", dir, "--as-of", "2026-06-10", "--fiscal-year", "2026")
	if code != 0 || !strings.Contains(stdout, "督促リスト: 回答期限を過ぎた確認票 1 件") || !strings.Contains(stdout, "beta") {
		t.Errorf("after import: exit %d\n%s", code, stdout)
	}
	code, stdout, _ = execCLI(t, "due", "--register", dir, "--as-of", "2026-06-10")
	var replies []string
	for _, line := range strings.Split(stdout, "\n") {
		if strings.Contains(line, "確認票の回答期限") {
			replies = append(replies, strings.Fields(line)[4])
		}
	}
	if code != 0 || !slices.Equal(replies, []string{"beta"}) {
		t.Errorf("due: exit %d, reply rows %q\n%s", code, replies, stdout)
	}
}

// TestRoundLateReplyToEarlierRound: a reply to an earlier round that
// arrives after a later round's reply was imported is refused: recording it
// would put the older answers over the newer ones, dated as the newest.
// Also within one run, files in any order.
func TestRoundLateReplyToEarlierRound(t *testing.T) {
	for _, mode := range []string{"two runs", "one run", "in order, then again", "dry run"} {
		dir := writeTxtar(t, roundRegister)
		id := xlsx.QuestionsFor(catalog.Default(), riskassess.KindContractor)[0].ID
		reply := func(name, asOf, answer string) string {
			out := filepath.Join(t.TempDir(), "round")
			if code, _, stderr := execCLI(t, "round", "--register", dir, "--name", name, "--kind", "contractor", "--as-of", asOf, "-o", out); code != 0 {
				t.Fatalf("round %s: %s", name, stderr)
			}
			p := filepath.Join(out, "総務課", "アクメ情報システム_acme.xlsx")
			qSetCell(t, p, "質問", func(f *excelize.File, rowOf func(string) string) {
				f.SetCellStr("質問", "D"+rowOf(id), answer)
			})
			return p
		}
		spring := reply("令和8年度春", "2026-04-01", "いいえ")
		autumn := reply("令和8年度秋", "2026-10-01", "はい")
		var code int
		var stdout, stderr string
		switch mode {
		case "in order, then again":
			// Both recorded in order; the spring file again (a folder
			// imported twice) is the file already recorded, not a late reply.
			if c, o, e := execCLI(t, "import", "--register", dir, "--as-of", "2026-10-25", spring, autumn); c != 0 {
				t.Fatalf("in order: exit %d\n%s%s", c, o, e)
			}
			if c, o, e := execCLI(t, "import", "--register", dir, "--as-of", "2026-10-26", spring); c != 0 || !strings.Contains(o, "記録済み") {
				t.Errorf("again: exit %d\n%s%s", c, o, e)
			}
			continue
		case "dry run":
			// --dry-run says what the run would do: the spring file is
			// refused as it would be (it was reported as recorded).
			code, stdout, stderr = execCLI(t, "import", "--dry-run", "--register", dir, "--as-of", "2026-10-25", autumn, spring)
			if code != 1 || !strings.Contains(stdout, "より後に送った回「令和8年度秋」") {
				t.Errorf("%s: exit %d, want 1 and the reason\n%s%s", mode, code, stdout, stderr)
			}
			reg, err := store.Load(dir)
			if err != nil {
				t.Fatal(err)
			}
			if acme := reg.Contractor("acme"); len(acme.Assessments) != 0 || !acme.Round("令和8年度秋").Open() {
				t.Errorf("%s: %d assessments, autumn round %+v: want nothing recorded", mode, len(acme.Assessments), acme.Round("令和8年度秋"))
			}
			continue
		case "one run":
			code, stdout, stderr = execCLI(t, "import", "--register", dir, "--as-of", "2026-10-25", autumn, spring)
		default:
			if c, o, e := execCLI(t, "import", "--register", dir, "--as-of", "2026-10-20", autumn); c != 0 {
				t.Fatalf("autumn: exit %d\n%s%s", c, o, e)
			}
			code, stdout, stderr = execCLI(t, "import", "--register", dir, "--as-of", "2026-10-25", spring)
		}
		if code != 1 || !strings.Contains(stdout, "より後に送った回「令和8年度秋」") {
			t.Errorf("%s: exit %d, want 1 and the reason\n%s%s", mode, code, stdout, stderr)
		}
		reg, err := store.Load(dir)
		if err != nil {
			t.Fatal(err)
		}
		acme := reg.Contractor("acme")
		if got := acme.Answers[id].Value; got != "yes" || len(acme.Assessments) != 1 || !acme.Round("令和8年度春").Open() {
			t.Errorf("%s: answer %q, %d assessments, spring round %+v: want the autumn reply only",
				mode, got, len(acme.Assessments), acme.Round("令和8年度春"))
		}
	}
}

// TestRoundImportRecordedRoundNotMarked: when the answers of a round's
// workbook are recorded but the second write, marking the round returned
// and imported, fails (the disk filled up in between), import exits 1 and
// says that the file was recorded and the round record was not, instead
// of "not recorded" (the record is in the entry) and counting the file
// both as recorded and as refused. Importing the same file again skips
// the answers and marks the round.
func TestRoundImportRecordedRoundNotMarked(t *testing.T) {
	dir, p, id := roundWorkbookRoundWriteFails(t)
	code, stdout, stderr := execCLI(t, "import", "--register", dir, "--as-of", "2026-10-20", p)
	if code != 1 || !strings.Contains(stdout, "記録しました: contractors/acme.yaml") || strings.Contains(stdout, "記録しませんでした") ||
		!strings.Contains(stdout, "回の記録を更新できませんでした: ディスクに空きがありません") ||
		!strings.Contains(stderr, "1 件のファイルは記録しましたが、回の記録") || strings.Contains(stderr, "記録していません") {
		t.Errorf("import with the round record not written: exit %d, want 1, the file recorded and the round not\n%s%s", code, stdout, stderr)
	}
	reg, err := store.Load(dir)
	if err != nil {
		t.Fatal(err)
	}
	if acme := reg.Contractor("acme"); len(acme.Assessments) != 1 || acme.Answers[id].Value != "yes" || !acme.Round("令和8年度秋").Open() {
		t.Fatalf("%d assessments, answer %q, round %+v: want the answers recorded and the round open", len(acme.Assessments), acme.Answers[id].Value, acme.Round("令和8年度秋"))
	}

	atomicfile.Rename = os.Rename
	if code, stdout, stderr := execCLI(t, "import", "--register", dir, "--as-of", "2026-10-21", p); code != 0 || !strings.Contains(stdout, "記録済み") {
		t.Errorf("the same file again: exit %d\n%s%s", code, stdout, stderr)
	}
	if reg, err = store.Load(dir); err != nil {
		t.Fatal(err)
	}
	if acme := reg.Contractor("acme"); len(acme.Assessments) != 1 || acme.Round("令和8年度秋").Open() {
		t.Errorf("after importing again: %d assessments, round %+v: want one record and the round marked", len(acme.Assessments), acme.Round("令和8年度秋"))
	}
}

// roundWorkbookRoundWriteFails makes a register with a round sent on
// 2026-10-01, and acme's workbook of it with one answer (question id,
// "はい"); it makes the second write of acme's entry file from now on
// fail (ENOSPC), so that an import records the answers but not the round
// record, until the test sets atomicfile.Rename back (done at cleanup).
func roundWorkbookRoundWriteFails(t *testing.T) (dir, workbook, id string) {
	t.Helper()
	dir = writeTxtar(t, roundRegister)
	out := filepath.Join(t.TempDir(), "round")
	if code, _, stderr := execCLI(t, "round", "--register", dir, "--name", "令和8年度秋", "--kind", "contractor", "--as-of", "2026-10-01", "-o", out); code != 0 {
		t.Fatalf("round: %s", stderr)
	}
	workbook = filepath.Join(out, "総務課", "アクメ情報システム_acme.xlsx")
	id = xlsx.QuestionsFor(catalog.Default(), riskassess.KindContractor)[0].ID
	qSetCell(t, workbook, "質問", func(f *excelize.File, rowOf func(string) string) {
		f.SetCellStr("質問", "D"+rowOf(id), "はい")
	})
	entryFile := filepath.Join(dir, "contractors", "acme.yaml")
	writes := 0
	atomicfile.Rename = func(from, to string) error {
		if to == entryFile {
			if writes++; writes == 2 {
				return &os.LinkError{Op: "rename", Old: from, New: to, Err: syscall.ENOSPC}
			}
		}
		return os.Rename(from, to)
	}
	t.Cleanup(func() { atomicfile.Rename = os.Rename })
	return dir, workbook, id
}

// TestRoundRefusals: usage errors leave the register and the output alone.
func TestRoundRefusals(t *testing.T) {
	dir := writeTxtar(t, roundRegister)
	full := t.TempDir()
	os.WriteFile(filepath.Join(full, "keep.txt"), []byte("x"), 0o644)
	tests := []struct {
		args []string
		want string
	}{
		{[]string{"--kind", "all", "-o", "x"}, "--name"},
		{[]string{"--name", "春", "-o", "x"}, "--kind"},
		{[]string{"--name", "春", "--kind", "all"}, "-o"},
		{[]string{"--name", "春", "--kind", "all", "-o", full}, "空ではありません"},
		{[]string{"--name", "春", "--kind", "all", "--section", "nope", "-o", filepath.Join(t.TempDir(), "o")}, `課 "nope"`},
		{[]string{"--name", "春", "--kind", "all", "--deadline", "2026-04-01", "--as-of", "2026-05-01", "-o", filepath.Join(t.TempDir(), "o")}, "より前"},
		{[]string{"--name", "春", "--kind", "all", "--dates", "和暦", "-o", filepath.Join(t.TempDir(), "o")}, "wareki と書いて"},
		// A sending date after today (a slip of the year) was recorded as
		// sent_on, and the reply was not chased until a year later.
		{[]string{"--name", "春", "--kind", "all", "--as-of", today(time.Now()).AddDays(1).String(), "-o", filepath.Join(t.TempDir(), "o")}, "今日（"},
		{[]string{"--name", "春", "--kind", "all", "--as-of", today(time.Now()).AddMonths(12).String(), "-o", filepath.Join(t.TempDir(), "o")}, "確認票を送付した日"},
	}
	for _, tt := range tests {
		code, _, stderr := execCLI(t, append([]string{"round", "--register", dir}, tt.args...)...)
		if code != 2 || !strings.Contains(stderr, tt.want) {
			t.Errorf("%q: exit %d, stderr %q; want 2 and %q", tt.args, code, stderr, tt.want)
		}
	}
	reg, err := store.Load(dir)
	if err != nil {
		t.Fatal(err)
	}
	for _, e := range reg.Entries() {
		if len(e.Base().Rounds) > 0 {
			t.Errorf("%s got a round", e.Base().ID)
		}
	}
}

// TestRoundSection: --section sends to that section only, with the
// deadline written in wareki on the cover.
func TestRoundSection(t *testing.T) {
	dir := writeTxtar(t, roundRegister)
	out := filepath.Join(t.TempDir(), "o")
	code, stdout, stderr := execCLI(t, "round", "--register", dir, "--name", "令和8年度春", "--kind", "contractor", "--section", "somu",
		"--as-of", "2026-05-01", "--deadline", "令和8年5月31日", "--dates", "wareki", "-o", out)
	if code != 0 {
		t.Fatalf("exit %d\n%s", code, stderr)
	}
	if !strings.Contains(stdout, "2 件の確認票") || !strings.Contains(stdout, "回答期限 令和8年5月31日") {
		t.Errorf("stdout:\n%s", stdout)
	}
	reg, _ := store.Load(dir)
	if reg.Entry(riskassess.KindService, "chat").Base().Rounds != nil {
		t.Error("a service of another section got the round")
	}
	cover := coverText(t, filepath.Join(out, "総務課", "アクメ情報システム_acme.xlsx"))
	for _, want := range []string{"令和8年度春", "令和8年5月31日"} {
		if !strings.Contains(cover, want) {
			t.Errorf("cover lacks %q:\n%s", want, cover)
		}
	}
}

// TestRoundSentToday: a round sent today, named by --as-of or by
// default, is recorded as sent today; only a later day is refused.
func TestRoundSentToday(t *testing.T) {
	now := today(time.Now())
	for _, asOf := range []string{now.String(), ""} {
		dir := writeTxtar(t, roundRegister)
		args := []string{"round", "--register", dir, "--name", "令和8年度春", "--kind", "contractor", "--section", "somu", "-o", filepath.Join(t.TempDir(), "o")}
		if asOf != "" {
			args = append(args, "--as-of", asOf)
		}
		if code, _, stderr := execCLI(t, args...); code != 0 {
			t.Fatalf("--as-of %q: exit %d\n%s", asOf, code, stderr)
		}
		reg, err := store.Load(dir)
		if err != nil {
			t.Fatal(err)
		}
		if r := reg.Entry(riskassess.KindContractor, "acme").Base().Round("令和8年度春"); r == nil || r.SentOn != now {
			t.Errorf("--as-of %q: round record %+v, want sent on %s", asOf, r, now)
		}
	}
}

// TestRoundNameOtherWidth: a round named as one already recorded but
// typed in another width or with a space (令和８年度春, 令和8年度 春 for
// 令和8年度春) is refused, naming the recorded name: it was taken as
// another round, and its entries were sent the questionnaire and chased
// twice. The recorded name itself, and another round, still work.
func TestRoundNameOtherWidth(t *testing.T) {
	dir := writeTxtar(t, roundRegister)
	round := func(name, kind string) (int, string) {
		code, _, stderr := execCLI(t, "round", "--register", dir, "--name", name, "--kind", kind, "--as-of", "2026-05-01", "-o", filepath.Join(t.TempDir(), "o"))
		return code, stderr
	}
	if code, stderr := round("令和8年度春", "contractor"); code != 0 {
		t.Fatalf("first round: exit %d\n%s", code, stderr)
	}
	before := entryFiles(t, dir)
	for _, name := range []string{"令和８年度春", "令和8年度 春", "令和8年度　春"} {
		code, stderr := round(name, "all")
		if code != 2 || !strings.Contains(stderr, `に回「令和8年度春」が記録済みです（全角・半角・空白の違いだけ）。同じ回なら --name "令和8年度春" と指定してください`) {
			t.Errorf("--name %s: exit %d, stderr %q; want 2 and the recorded name", name, code, stderr)
		}
		if after := entryFiles(t, dir); !cmp.Equal(after, before) {
			t.Errorf("--name %s: the register changed", name)
		}
	}
	if code, stderr := round("令和8年度春", "all"); code != 0 {
		t.Errorf("the recorded name: exit %d\n%s", code, stderr)
	}
	if code, stderr := round("令和8年度秋", "all"); code != 0 {
		t.Errorf("another round: exit %d\n%s", code, stderr)
	}
}

// TestRoundNameBothSpellingsRecorded: a register already holding a
// round in both spellings (acme sent 令和８年度秋, beta 令和8年度秋) takes
// either recorded name: it refused both, naming the entry with the
// other spelling, so the round could never run again. The entry sent
// under the other spelling is left out as already sent, not sent
// twice; a name recorded by no entry but folding to them (令和8年度 秋)
// is still refused. Fails without the exact-name check in
// sameRoundOtherwise and without sentInRound.
func TestRoundNameBothSpellingsRecorded(t *testing.T) {
	reg := strings.Replace(roundRegister, "approval: {status: approved, decided_on: 2025-04-01}\n",
		"approval: {status: approved, decided_on: 2025-04-01}\nrounds:\n  - {name: 令和８年度秋, sent_on: 2026-10-01, reply_due: 2026-10-30, file: 総務課/acme.xlsx}\n", 1)
	reg = strings.Replace(reg, "approval: {status: requested}\n",
		"approval: {status: requested}\nrounds:\n  - {name: 令和8年度秋, sent_on: 2026-10-01, reply_due: 2026-10-30, file: 総務課/beta.xlsx}\n", 1)
	for _, tt := range []struct{ name, skipped, other string }{
		{"令和8年度秋", "acme", "beta"},
		{"令和８年度秋", "beta", "acme"},
	} {
		dir := writeTxtar(t, reg)
		code, _, stderr := execCLI(t, "round", "--register", dir, "--name", tt.name, "--kind", "all", "--as-of", "2026-12-01", "-o", filepath.Join(t.TempDir(), "o"))
		if code != 0 {
			t.Fatalf("--name %s: exit %d\n%s", tt.name, code, stderr)
		}
		for _, id := range []string{tt.skipped, tt.other} {
			if !strings.Contains(stderr, "委託事業者 "+id+": この回（") {
				t.Errorf("--name %s: %s not left out as already sent:\n%s", tt.name, id, stderr)
			}
		}
		loaded, err := store.Load(dir)
		if err != nil {
			t.Fatal(err)
		}
		for _, id := range []string{"acme", "beta"} {
			if n := len(loaded.Entry(riskassess.KindContractor, id).Base().Rounds); n != 1 {
				t.Errorf("--name %s: %s has %d rounds, want 1 (not sent twice)", tt.name, id, n)
			}
		}
		if r := loaded.Entry(riskassess.KindService, "chat").Base().Round(tt.name); r == nil || r.SentOn.String() != "2026-12-01" {
			t.Errorf("--name %s: chat round %+v, want sent on 2026-12-01", tt.name, r)
		}
	}
	dir := writeTxtar(t, reg)
	before := entryFiles(t, dir)
	code, _, stderr := execCLI(t, "round", "--register", dir, "--name", "令和8年度 秋", "--kind", "all", "--as-of", "2026-12-01", "-o", filepath.Join(t.TempDir(), "o"))
	if code != 2 || !strings.Contains(stderr, `委託事業者 acme に回「令和８年度秋」が記録済みです`) {
		t.Errorf("--name 令和8年度 秋: exit %d, stderr %q; want 2 naming the first recorded spelling", code, stderr)
	}
	if !cmp.Equal(entryFiles(t, dir), before) {
		t.Error("--name 令和8年度 秋: the register changed")
	}
}

func TestSafeFileName(t *testing.T) {
	tests := []struct{ in, want string }{
		{"株式会社アクメ", "株式会社アクメ"},
		{`a<b>c:d"e/f\g|h?i*j`, "a＜b＞c：d＂e／f＼g｜h？i＊j"},
		{"  名前\t\n二行 ", "名前 二行"},
		{"CON", "fb"}, {"nul.txt", "fb"}, {"COM1", "fb"}, {"LPT9", "fb"}, {"COMX", "COMX"},
		{"...", "fb"}, {"末尾.", "末尾"}, {"", "fb"},
		{strings.Repeat("あ", 70), strings.Repeat("あ", 60)},
	}
	for _, tt := range tests {
		if got := safeFileName(tt.in, "fb"); got != tt.want {
			t.Errorf("safeFileName(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

// coverText returns the cells of the workbook's cover sheet (表紙), one
// row a line.
func coverText(t *testing.T, path string) string {
	t.Helper()
	f, err := excelize.OpenFile(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	rows, err := f.GetRows("表紙")
	if err != nil {
		t.Fatal(err)
	}
	var b strings.Builder
	for _, r := range rows {
		b.WriteString(strings.Join(r, "\t") + "\n")
	}
	return b.String()
}

// TestDueFiscalYearFlag: era forms name the same year; a year the era
// never had, or --within with --fiscal-year, is a usage error; the table
// keeps 31 March out of the year and 1 April in.
func TestDueFiscalYearFlag(t *testing.T) {
	dir := writeTxtar(t, `
-- register.yaml --
name: {ja: テスト市議会}
sections: [{id: somu, name: {ja: 総務課}}]
people: []
-- contractors/acme.yaml --
name: {ja: アクメ}
legal_name: アクメ株式会社
owner: {section: somu}
approval: {status: approved, decided_on: 2025-04-01, valid_until: 2026-03-31}
certifications: [{type: isms, number: IS-1, valid_until: 2026-04-01}]
contracts: [{id: k1, scope: 保守, from: 2025-04-01, to: 2027-03-31}]
`)
	var outs []string
	for _, fy := range []string{"2026", "R8", "令和8", "令和8年度", "FY2026"} {
		code, stdout, stderr := execCLI(t, "due", "--register", dir, "--as-of", "2026-03-01", "--fiscal-year", fy)
		if code != 0 {
			t.Fatalf("%s: exit %d %s", fy, code, stderr)
		}
		outs = append(outs, stdout)
	}
	for i := range outs {
		if outs[i] != outs[0] {
			t.Errorf("--fiscal-year forms differ:\n%s\n%s", outs[0], outs[i])
		}
	}
	if !strings.Contains(outs[0], "2026-04-01") || !strings.Contains(outs[0], "2027-03-31") || strings.Contains(outs[0], "2026-03-31") {
		t.Errorf("FY2026 plan:\n%s", outs[0])
	}
	code, stdout, _ := execCLI(t, "due", "--register", dir, "--as-of", "2026-03-01", "--fiscal-year", "平成31年度", "--dates", "wareki")
	if code != 0 || !strings.Contains(stdout, "令和元年度（2019年4月～2020年3月）") {
		t.Errorf("平成31年度: exit %d\n%s", code, stdout)
	}
	code, stdout, _ = execCLI(t, "due", "--register", dir, "--as-of", "2026-03-01", "--fiscal-year", "2025", "--dates", "wareki")
	if code != 0 || !strings.Contains(stdout, "令和8年3月31日") || strings.Contains(stdout, "令和8年4月1日") {
		t.Errorf("FY2025 in wareki: exit %d\n%s", code, stdout)
	}
	for _, args := range [][]string{{"--fiscal-year", "平成32年度"}, {"--fiscal-year", "2026", "--within", "30d"}, {"--fiscal-year", "R0"}} {
		code, _, stderr := execCLI(t, append([]string{"due", "--register", dir}, args...)...)
		if code != 2 || !strings.Contains(stderr, "--") {
			t.Errorf("%q: exit %d, want 2: %s", args, code, stderr)
		}
	}
}

// TestQuestionnaireDatesWareki: date_style: wareki in register.yaml puts
// the reply deadline on the cover in era form; --dates iso overrides it.
func TestQuestionnaireDatesWareki(t *testing.T) {
	dir := writeTxtar(t, strings.Replace(roundRegister, "name: {ja: テスト市議会, en: Test Council}\n", "name: {ja: テスト市議会, en: Test Council}\ndate_style: wareki\n", 1))
	for _, tt := range []struct {
		args []string
		want string
	}{
		{nil, "令和元年5月31日"},
		{[]string{"--dates", "iso"}, "2019-05-31"},
	} {
		out := filepath.Join(t.TempDir(), "q.xlsx")
		args := append([]string{"questionnaire", "--register", dir, "--kind", "contractor", "--entry", "acme", "--as-of", "2019-05-01", "--deadline", "2019-05-31", "-o", out}, tt.args...)
		if code, _, stderr := execCLI(t, args...); code != 0 {
			t.Fatalf("%q: exit %d %s", args, code, stderr)
		}
		if cover := coverText(t, out); !strings.Contains(cover, tt.want) {
			t.Errorf("%q: cover lacks %q:\n%s", tt.args, tt.want, cover)
		}
	}
}

// TestRoundRerunAfterKill: a round stopped (killed) after its output
// folder was in place and before the round was recorded left workbooks
// that no record named, and running the round again into the same -o was
// refused as "not empty": the staff could only send workbooks the chase
// list would never chase. The state is made as the kill leaves it (the
// folder of a finished run, next to the register as it was before that
// run recorded anything); the same round run again now recognises its own
// unrecorded, untouched output, makes it again and records it. A folder
// that holds anything else is still refused and left as it is: the same
// output once recorded, a workbook the vendor filled in, another round's
// workbooks, any other file.
func TestRoundRerunAfterKill(t *testing.T) {
	const name = "令和8年度春"
	before := writeTxtar(t, roundRegister)
	// killed copies the register as it was before the run and makes the
	// run's folder with a copy that records it: what a kill between the
	// folder's rename and the recording leaves.
	killed := func(t *testing.T, round string) (dir, out string) {
		t.Helper()
		dir, done := t.TempDir(), t.TempDir()
		for _, d := range []string{dir, done} {
			if err := os.CopyFS(d, os.DirFS(before)); err != nil {
				t.Fatal(err)
			}
		}
		out = filepath.Join(t.TempDir(), "r8-spring")
		if code, _, stderr := execCLI(t, "round", "--register", done, "--name", round, "--kind", "all",
			"--as-of", "2026-05-01", "--deadline", "2026-05-31", "-o", out); code != 0 {
			t.Fatalf("round: exit %d: %s", code, stderr)
		}
		return dir, out
	}
	run := func(dir, out string) (int, string) {
		code, _, stderr := execCLI(t, "round", "--register", dir, "--name", name, "--kind", "all",
			"--as-of", "2026-05-01", "--deadline", "2026-05-31", "-o", out)
		return code, stderr
	}
	rounds := func(dir string) map[string]int {
		reg, err := store.Load(dir)
		if err != nil {
			t.Fatal(err)
		}
		n := map[string]int{}
		for _, e := range reg.Entries() {
			for _, r := range e.Base().Rounds {
				n[r.Name]++
			}
		}
		return n
	}
	snapshot := func(out string) map[string]string {
		files := map[string]string{}
		filepath.WalkDir(out, func(p string, d os.DirEntry, err error) error {
			if err == nil && !d.IsDir() {
				b, _ := os.ReadFile(p)
				files[p] = string(b)
			}
			return err
		})
		return files
	}

	t.Run("unrecorded", func(t *testing.T) {
		dir, out := killed(t, name)
		code, stderr := run(dir, out)
		if code != 0 || !strings.Contains(stderr, "中断された以前の round の出力（回「令和8年度春」の確認票 3 件。送付の記録がなく、どれも未記入）を作り直します") {
			t.Fatalf("exit %d, want 0 and the note: %s", code, stderr)
		}
		if diff := cmp.Diff(map[string]int{name: 3}, rounds(dir)); diff != "" {
			t.Errorf("rounds recorded (-want +got):\n%s", diff)
		}
		if n := len(snapshot(out)); n != 3 {
			t.Errorf("%d workbooks in -o, want 3", n)
		}
		// Recorded now: the folder is the round's output and stays.
		files := snapshot(out)
		if code, stderr := run(dir, out); code != 2 || !strings.Contains(stderr, "フォルダが空ではありません") {
			t.Errorf("after recording: exit %d, want 2: %s", code, stderr)
		}
		if diff := cmp.Diff(files, snapshot(out)); diff != "" {
			t.Error("the recorded round's folder changed")
		}
	})
	for _, c := range []struct {
		name  string
		round string
		edit  func(t *testing.T, out string)
	}{
		{"filled in", name, func(t *testing.T, out string) {
			fillRespondent(t, filepath.Join(out, "総務課", "アクメ情報システム_acme.xlsx"))
		}},
		{"answer typed", name, func(t *testing.T, out string) {
			typeIntoBlank(t, filepath.Join(out, "総務課", "アクメ情報システム_acme.xlsx"), "D", "はい")
		}},
		{"other file", name, func(t *testing.T, out string) {
			if err := os.WriteFile(filepath.Join(out, "送付先一覧.txt"), []byte("acme\n"), 0o644); err != nil {
				t.Fatal(err)
			}
		}},
		{"other round", "令和7年度秋", func(*testing.T, string) {}},
	} {
		t.Run(c.name, func(t *testing.T) {
			dir, out := killed(t, c.round)
			c.edit(t, out)
			files := snapshot(out)
			if code, stderr := run(dir, out); code != 2 || !strings.Contains(stderr, "フォルダが空ではありません") {
				t.Errorf("exit %d, want 2 and the refusal: %s", code, stderr)
			}
			if diff := cmp.Diff(files, snapshot(out)); diff != "" {
				t.Error("-o changed")
			}
			if n := rounds(dir); len(n) != 0 {
				t.Errorf("rounds recorded: %v", n)
			}
		})
	}
}

// TestRoundReplyDatedBeforeSent: a round's workbook whose cover says it was
// answered before the round was sent (a slip of the year: 2016 for 2026)
// was recorded with the answers dated that day, while the round's
// returned_on took the import date. It is refused at the cover's cell,
// with --dry-run too; a reply dated on the day sent or later, or with no
// date, is recorded as before.
func TestRoundReplyDatedBeforeSent(t *testing.T) {
	type out struct {
		Code       int
		Refusal    string // the refusal's first words, "" when recorded
		Recorded   int    // assessments
		AnsweredOn string // the recorded reply date
		Returned   string // the round's returned_on
	}
	for _, tc := range []struct {
		name, day string
		dryRun    bool
		want      out
	}{
		{"a year before", "2016/4/20", false, out{Code: 1, Refusal: "表紙!B22: 回答日 2016-04-20 は、回「令和8年度春」の確認票を送った日 2026-04-01 より前です"}},
		{"the day before, wareki", "令和8年3月31日", false, out{Code: 1, Refusal: "表紙!B22: 回答日 2026-03-31 は、回「令和8年度春」の確認票を送った日 2026-04-01 より前です"}},
		{"a year before, dry run", "2016/4/20", true, out{Code: 1, Refusal: "表紙!B22: 回答日 2016-04-20 は、回「令和8年度春」の確認票を送った日 2026-04-01 より前です"}},
		{"the day sent", "2026/4/1", false, out{Recorded: 1, AnsweredOn: "2026-04-01", Returned: "2026-04-01"}},
		{"after", "2026/4/20", false, out{Recorded: 1, AnsweredOn: "2026-04-20", Returned: "2026-04-20"}},
		{"no date", "", false, out{Recorded: 1, Returned: "2026-04-25"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			dir := writeTxtar(t, roundRegister)
			id := xlsx.QuestionsFor(catalog.Default(), riskassess.KindContractor)[0].ID
			rounds := filepath.Join(t.TempDir(), "round")
			if code, _, stderr := execCLI(t, "round", "--register", dir, "--name", "令和8年度春", "--kind", "contractor", "--as-of", "2026-04-01", "-o", rounds); code != 0 {
				t.Fatalf("round: %s", stderr)
			}
			p := filepath.Join(rounds, "総務課", "アクメ情報システム_acme.xlsx")
			qSetCell(t, p, "質問", func(f *excelize.File, rowOf func(string) string) {
				f.SetCellStr("質問", "D"+rowOf(id), "はい")
				rows, _ := f.GetRows("表紙")
				for i, r := range rows {
					if len(r) > 0 && strings.HasPrefix(r[0], "回答日") {
						if at := "B" + strconv.Itoa(i+1); at != "B22" {
							t.Fatalf("回答日 at %s, want B22", at)
						}
						f.SetCellStr("表紙", "B"+strconv.Itoa(i+1), tc.day)
					}
					if len(r) > 0 && strings.HasPrefix(r[0], "回答者") && len(r) == 1 {
						f.SetCellStr("表紙", "B"+strconv.Itoa(i+1), "山田 太郎")
					}
				}
			})
			args := []string{"import", "--register", dir, "--as-of", "2026-04-25", p}
			if tc.dryRun {
				args = slices.Insert(args, 1, "--dry-run")
			}
			code, stdout, stderr := execCLI(t, args...)
			got := out{Code: code}
			if i := strings.Index(stdout, "表紙!B22: 回答日"); i >= 0 {
				got.Refusal, _, _ = strings.Cut(stdout[i:], "より前です")
				got.Refusal += "より前です"
			}
			reg, err := store.Load(dir)
			if err != nil {
				t.Fatal(err)
			}
			acme := reg.Contractor("acme")
			got.Recorded = len(acme.Assessments)
			if got.Recorded > 0 && !acme.Assessments[0].Respondent.Date.IsZero() {
				got.AnsweredOn = acme.Assessments[0].Respondent.Date.String()
			}
			if r := acme.Round("令和8年度春"); r != nil && !r.ReturnedOn.IsZero() {
				got.Returned = r.ReturnedOn.String()
			}
			if d := cmp.Diff(tc.want, got); d != "" {
				t.Errorf("(-want +got):\n%s\n%s%s", d, stdout, stderr)
			}
		})
	}
}
