package main

import (
	"bytes"
	"encoding/json"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/gikai-sec/riskregister/riskassess"
	"github.com/gikai-sec/riskregister/riskassess/diff"
	"github.com/gikai-sec/riskregister/riskassess/history"
	"github.com/go-git/go-git/v5"
	"github.com/go-git/go-git/v5/plumbing/object"
	"github.com/google/go-cmp/cmp"
)

// copyTree copies the folder src to dst.
func copyTree(t *testing.T, src, dst string) {
	t.Helper()
	err := filepath.WalkDir(src, func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		rel, _ := filepath.Rel(src, p)
		if d.IsDir() {
			return os.MkdirAll(filepath.Join(dst, rel), 0o755)
		}
		b, err := os.ReadFile(p)
		if err != nil {
			return err
		}
		return os.WriteFile(filepath.Join(dst, rel), b, 0o644)
	})
	if err != nil {
		t.Fatal(err)
	}
}

// edit replaces old by new in the file rel of dir (once; the test fails
// when old is not there); new "" with old "" removes the file.
func edit(t *testing.T, dir, rel, old, new string) {
	t.Helper()
	p := filepath.Join(dir, filepath.FromSlash(rel))
	b, err := os.ReadFile(p)
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(string(b), old) {
		t.Fatalf("%s has no %q", rel, old)
	}
	if err := os.WriteFile(p, []byte(strings.Replace(string(b), old, new, 1)), 0o644); err != nil {
		t.Fatal(err)
	}
}

// nextYear turns the example register (a copy in dir) into the same
// register some months later: an entry added, one retired, a contract's
// confidentiality clause dropped (its risk goes to 重大 by a blocker), an
// owner changed, and a catalogue setting changed (OUT-31 weight 5 → 40).
func nextYear(t *testing.T, dir string) {
	t.Helper()
	b, err := os.ReadFile(filepath.Join(dir, "contractors", "tama-shuwa.yaml"))
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(dir, "contractors", "tama-shuwa-2.yaml"), b, 0o644); err != nil {
		t.Fatal(err)
	}
	edit(t, dir, "services/quick-enquete.yaml", "  status: requested\n", "  status: retired\n")
	edit(t, dir, "contractors/tama-system-service.yaml", "      - { requirement: OUT-16, article: 第8条 }\n", "")
	edit(t, dir, "contractors/sengawa-web.yaml", "  position: kakaricho\n  person: sakamoto-r\n", "  position: shunin\n  person: nagai-d\n")
	edit(t, dir, "register.yaml", "    - id: OUT-31\n      weight: 5", "    - id: OUT-31\n      weight: 40")
}

// gitCommitAll stages every file under dir (the repository's working
// folder) and commits it at when, with go-git: no git program needed.
func gitCommitAll(t *testing.T, r *git.Repository, when time.Time, msg string) {
	t.Helper()
	wt, err := r.Worktree()
	if err != nil {
		t.Fatal(err)
	}
	if err := wt.AddWithOptions(&git.AddOptions{All: true}); err != nil {
		t.Fatal(err)
	}
	sig := &object.Signature{Name: "議会事務局", Email: "jimukyoku@city.example", When: when}
	if _, err := wt.Commit(msg, &git.CommitOptions{Author: sig, Committer: sig, All: true}); err != nil {
		t.Fatal(err)
	}
}

// changesSummary is what the tests check of a comparison.
type changesSummary struct {
	Added, Retired, Owners, CatalogueChanged []string
	Critical                                 []string // entries moved to 重大 by the data, not the catalogue
	ByCatalogue                              []string
	Effects                                  []string
}

func summarise(ch diff.Changes) changesSummary {
	var s changesSummary
	for _, e := range ch.Added {
		s.Added = append(s.Added, e.ID)
	}
	for _, e := range ch.Retired {
		s.Retired = append(s.Retired, e.ID)
	}
	for _, e := range ch.Owners {
		s.Owners = append(s.Owners, e.ID+": "+e.From.Person+" → "+e.To.Person)
	}
	s.CatalogueChanged = ch.Catalogue.Changed
	for _, r := range ch.Risk {
		switch {
		case r.ByCatalogue:
			s.ByCatalogue = append(s.ByCatalogue, r.ID)
		case r.ToResidual == riskassess.RiskCritical && len(r.BlockersAdded) > 0:
			s.Critical = append(s.Critical, r.ID+" "+strings.Join(r.BlockersAdded, ","))
		}
	}
	for _, e := range ch.Catalogue.Effects {
		s.Effects = append(s.Effects, e.ID+" "+string(e.FromResidual)+"→"+string(e.ToResidual))
	}
	return s
}

// wantChanges is what nextYear did, as a comparison reports it.
var wantChanges = changesSummary{
	Added: []string{"tama-shuwa-2"},
	// chukei-old (retired 2026-04-15) and genai-chat-free (rejected
	// 2026-07-31) were in use on the earlier date: their decisions, listed
	// among the approval changes, fall between the two dates.
	Retired:          []string{"chukei-old", "genai-chat-free", "quick-enquete"},
	Owners:           []string{"sengawa-web: sakamoto-r → nagai-d"},
	CatalogueChanged: []string{"OUT-31"},
	Critical:         []string{"tama-system-service BLK-NO-CONFIDENTIALITY-CLAUSE"},
	// nogawa-honyaku's approval was decided on 2026-05-25: as of the earlier
	// date (2026-03-31) it was not yet in force, so its change is not the
	// catalogue's alone. Nor is shibasaki-archive's: on 2026-03-31 it was
	// between contracts (R7-chosa-004 ended 2026-02-28, R8-chosa-002
	// starts 2026-07-01), so OUT-10 was not met then and is met on
	// 2026-11-20.
	// OUT-31 applies to class 3C work without personal data too
	// (sengawa-web meets it, tama-security-audit has not answered it).
	ByCatalogue: []string{"fuda-data-entry", "musashino-sokki", "sengawa-web", "tama-gyosei-cloud", "tama-security-audit"},
	Effects: []string{"fuda-data-entry medium→high", "musashino-sokki high→critical", "nogawa-honyaku high→critical",
		"sengawa-web medium→low", "shibasaki-archive high→medium", "tama-gyosei-cloud high→critical", "tama-security-audit medium→high"},
}

func diffJSON(t *testing.T, args ...string) diff.Changes {
	t.Helper()
	code, out, errOut := execCLI(t, append([]string{"diff", "--format", "json"}, args...)...)
	if code != 0 {
		t.Fatalf("diff %q: exit %d: %s", args, code, errOut)
	}
	var ch diff.Changes
	if err := json.Unmarshal([]byte(out), &ch); err != nil {
		t.Fatalf("%v:\n%s", err, out)
	}
	return ch
}

// TestDiffBetweenCommits: a repository made here with go-git holds the
// example register in a sub-folder, committed at the end of 令和7年度 and
// again in November; diff reads both commits (by revision, by date and by
// fiscal-year end) without a git program.
func TestDiffBetweenCommits(t *testing.T) {
	needExample(t)
	repoDir := t.TempDir()
	r, err := git.PlainInit(repoDir, false)
	if err != nil {
		t.Fatal(err)
	}
	reg := filepath.Join(repoDir, "gikai", "register")
	copyTree(t, exampleRegister, reg)
	gitCommitAll(t, r, time.Date(2026, 3, 31, 17, 0, 0, 0, history.Japan), "令和7年度末の台帳")
	nextYear(t, reg)
	gitCommitAll(t, r, time.Date(2026, 11, 20, 9, 0, 0, 0, history.Japan), "令和8年度の見直し")

	for _, args := range [][]string{
		{"--from", "HEAD~1", "--to", "HEAD"},
		{"--from", "2026-03-31", "--to", "2026-11-30"},
		{"--from", "令和7年度末", "--to", "HEAD"},
	} {
		t.Run(strings.Join(args, " "), func(t *testing.T) {
			ch := diffJSON(t, append([]string{"--register", reg}, args...)...)
			if diff := cmp.Diff(wantChanges, summarise(ch)); diff != "" {
				t.Errorf("(-want +got):\n%s", diff)
			}
			if ch.From.AsOf != riskassess.NewDate(2026, 3, 31) {
				t.Errorf("from as of %v, want the commit's day 2026-03-31", ch.From.AsOf)
			}
		})
	}
	// A day before the first commit has no register.
	// The message is in --lang and says where the history begins.
	code, _, errOut := execCLI(t, "diff", "--register", reg, "--from", "2026-03-30")
	if code != 1 || !strings.Contains(errOut, "2026-03-30（日本時間）までにコミットされた台帳がありません（git の履歴は 2026-03-31 から始まります）") {
		t.Errorf("exit %d, stderr %q", code, errOut)
	}
	code, _, errOut = execCLI(t, "diff", "--register", reg, "--from", "2026-03-30", "--lang", "en")
	if code != 1 || !strings.Contains(errOut, "no commit on or before 2026-03-30 (Japan time); the history begins on 2026-03-31") {
		t.Errorf("--lang en: exit %d, stderr %q", code, errOut)
	}
	// A revision committed after the as-of date of the folder it is
	// compared with (HEAD on 2026-11-20, the folder as of 2026-04-01):
	// refused, not read backwards.
	code, _, errOut = execCLI(t, "diff", "--register", reg, "--from", "HEAD", "--as-of", "2026-04-01")
	if code != 2 || !strings.Contains(errOut, "の基準日 2026-11-20 が、後の台帳") {
		t.Errorf("--from HEAD --as-of 2026-04-01: exit %d, stderr %q", code, errOut)
	}
	// An as-of date for a revision or date, which is assessed as of its
	// own date, was ignored without a word: refused.
	for _, args := range [][]string{
		{"--from", "HEAD~1", "--from-as-of", "2026-11-30"},
		{"--from", "HEAD~1", "--to", "2026-11-30", "--to-as-of", "2027-03-31"},
	} {
		code, _, errOut = execCLI(t, append([]string{"diff", "--register", reg}, args...)...)
		if code != 2 || !strings.Contains(errOut, "フォルダを指定したときだけ") {
			t.Errorf("%q: exit %d, stderr %q", args, code, errOut)
		}
	}
}

// TestDiffBetweenFolders: last year's copy and this year's folder, each
// assessed as of its own date.
func TestDiffBetweenFolders(t *testing.T) {
	needExample(t)
	dir := t.TempDir()
	before, after := filepath.Join(dir, "r7"), filepath.Join(dir, "r8")
	copyTree(t, exampleRegister, before)
	copyTree(t, exampleRegister, after)
	for _, d := range []string{before, after} {
		os.RemoveAll(filepath.Join(d, ".riskregister-cache")) // left by a run in the source tree
	}
	nextYear(t, after)
	ch := diffJSON(t, "--register", after, "--from", before, "--from-as-of", "2026-03-31", "--as-of", "2026-11-20")
	if diff := cmp.Diff(wantChanges, summarise(ch)); diff != "" {
		t.Errorf("(-want +got):\n%s", diff)
	}
	if ch.From.AsOf != riskassess.NewDate(2026, 3, 31) || ch.To.AsOf != riskassess.NewDate(2026, 11, 20) {
		t.Errorf("as of %v → %v", ch.From.AsOf, ch.To.AsOf)
	}
	// The same folder twice: nothing changed.
	code, out, _ := execCLI(t, "diff", "--register", before, "--from", before, "--as-of", "2026-11-20")
	if code != 0 || !strings.Contains(out, "変更はありません。") {
		t.Errorf("exit %d:\n%s", code, out)
	}
	// The text report, in both languages.
	for lang, want := range map[string][]string{
		"ja": {"■ 追加されたエントリ（1）", "■ 廃止・却下されたエントリ（3）", "（うち記録のみ 2 → 5）", "■ 所管・担当者の変化（1）", "広報係 係長 坂本 涼子 → 広報係 主任 永井 大輔",
			"■ 要件カタログの変化（1）", "（要件カタログの変更による）", "BLK-NO-CONFIDENTIALITY-CLAUSE"},
		"en": {"■ Entries added (1)", "Ryoko Sakamoto → ", "(by the catalogue change)", "residual risk Medium → Critical"},
	} {
		code, out, errOut := execCLI(t, "--lang", lang, "diff", "--register", after, "--from", before, "--from-as-of", "2026-03-31", "--as-of", "2026-11-20")
		if code != 0 {
			t.Fatalf("exit %d: %s", code, errOut)
		}
		for _, w := range want {
			if !strings.Contains(out, w) {
				t.Errorf("%s: no %q in:\n%s", lang, w, out)
			}
		}
	}
	// Both folders are read through their entry caches, which the runs
	// above filled: the report is the one read without them.
	for _, d := range []string{before, after} {
		if _, err := os.Stat(filepath.Join(d, ".riskregister-cache")); err != nil {
			t.Errorf("diff did not read %s through its entry cache: %v", d, err)
		}
	}
	args := []string{"diff", "--format", "json", "--register", after, "--from", before, "--from-as-of", "2026-03-31", "--as-of", "2026-11-20"}
	_, warm, _ := execCLI(t, args...)
	_, fresh, _ := execCLI(t, append(args, "--no-cache")...)
	if warm == "" || warm != fresh {
		t.Errorf("diff through the entry caches differs from diff without them:\n%s", cmp.Diff(fresh, warm))
	}
}

func TestDiffRefusals(t *testing.T) {
	needExample(t)
	for _, tt := range []struct {
		args []string
		code int
		want string
	}{
		{[]string{"--register", exampleRegister}, 2, "--from"},
		{[]string{"--register", t.TempDir(), "--from", "HEAD~1"}, 1, "git リポジトリの中にない"},
		{[]string{"--register", exampleRegister, "--from", exampleRegister, "--format", "xml"}, 2, "--format"},
		// The earlier side assessed as of a later day than the later side:
		// the changes read backwards under the labels 前/後 (an entry
		// approved in between listed as before it); refused.
		{[]string{"--register", exampleRegister, "--from", exampleRegister, "--from-as-of", "2026-12-01", "--as-of", "2026-11-27"}, 2, "の基準日 2026-12-01 が、後の台帳"},
		{[]string{"--lang", "en", "--register", exampleRegister, "--from", exampleRegister, "--from-as-of", "2026-12-01", "--as-of", "2026-11-27"}, 2, "is assessed as of 2026-12-01, after the later register"},
		{[]string{"--register", exampleRegister, "--from", exampleRegister, "--to", exampleRegister, "--from-as-of", "2026-11-28", "--to-as-of", "2026-11-27"}, 2, "--from と --to"},
	} {
		code, _, errOut := execCLI(t, append([]string{"diff"}, tt.args...)...)
		if code != tt.code || !strings.Contains(errOut, tt.want) {
			t.Errorf("%q: exit %d, stderr %q; want %d and %q", tt.args, code, errOut, tt.code, tt.want)
		}
	}
}

func TestFiscalYearEnd(t *testing.T) {
	for _, tt := range []struct {
		in   string
		want riskassess.Date
	}{
		{"令和7年度末", riskassess.NewDate(2026, 3, 31)},
		{"R7年度末", riskassess.NewDate(2026, 3, 31)},
		{"Ｒ８年度末", riskassess.NewDate(2027, 3, 31)},
		{"令和元年度末", riskassess.NewDate(2020, 3, 31)},
		{"平成30年度末", riskassess.NewDate(2019, 3, 31)},
		{"2025年度末", riskassess.NewDate(2026, 3, 31)},
		{"7年度末", riskassess.Date{}},
		{"2026-03-31", riskassess.Date{}},
	} {
		got, ok := fiscalYearEnd(tt.in)
		if got != tt.want || ok != !tt.want.IsZero() {
			t.Errorf("fiscalYearEnd(%q) = %v, %v; want %v", tt.in, got, ok, tt.want)
		}
	}
	for d, want := range map[riskassess.Date]string{
		riskassess.NewDate(2026, 3, 31): "令和7年度末（2026-03-31）",
		riskassess.NewDate(2020, 3, 31): "令和元年度末（2020-03-31）",
		riskassess.NewDate(2019, 3, 31): "平成30年度末（2019-03-31）",
		riskassess.NewDate(2026, 12, 1): "2026-12-01 時点",
	} {
		if got := dateLabel(d, "ja"); got != want {
			t.Errorf("dateLabel(%v) = %q, want %q", d, got, want)
		}
	}
}

// TestBuildChangesPage: build --changes-from adds 変更の記録 with the
// example's last-year snapshot (examples/chofu-gikai-r7) and links it
// from every page's menu; the public site leaves it out.
func TestBuildChangesPage(t *testing.T) {
	needExample(t)
	out := filepath.Join(t.TempDir(), "site")
	code, _, errOut := execCLI(t, "build", "--register", exampleRegister, "--as-of", "2026-11-27",
		"--changes-from", "../../examples/chofu-gikai-r7", "--changes-from-as-of", "2026-03-31", "-o", out)
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errOut)
	}
	b, err := os.ReadFile(filepath.Join(out, "changes.html"))
	if err != nil {
		t.Fatal(err)
	}
	page := string(b)
	for _, want := range []string{
		`<h1>変更の記録</h1>`,
		`<h2 id="h-added">追加されたエントリ（2）</h2>`,
		`<h2 id="h-retired">廃止・却下されたエントリ（1）</h2>`,
		`<h2 id="h-approvals">承認の変化（15）</h2>`,
		`<h2 id="h-risk">残留リスク・推奨判断の変化（3）</h2>`,
		`<h2 id="h-owners">所管・担当者の変化（1）</h2>`,
		`判定の変わった要件（重要度・重み・種別・回答者・質問・期待する回答）: OUT-31`,
		`阻止要因の解消 BLK-NO-CONFIDENTIALITY-CLAUSE`,
		`<td data-label="後">広報係 係長 坂本 涼子</td>`,
		`href="entries/service/ai-translation.html"`,
	} {
		if !strings.Contains(page, want) {
			t.Errorf("changes.html lacks %s", want)
		}
	}
	idx, _ := os.ReadFile(filepath.Join(out, "index.html"))
	if !strings.Contains(string(idx), `<a href="changes.html">変更の記録</a>`) {
		t.Error("index.html does not link 変更の記録")
	}
	// The English page is in English throughout: its section titles read
	// 「Approvals（15）」 and a new entry's risk 「Medium・Approve with
	// conditions」, with Japanese brackets and dots.
	en := filepath.Join(t.TempDir(), "en")
	if code, _, errOut := execCLI(t, "--lang", "en", "build", "--register", exampleRegister, "--as-of", "2026-11-27",
		"--changes-from", "../../examples/chofu-gikai-r7", "--changes-from-as-of", "2026-03-31", "-o", en); code != 0 {
		t.Fatalf("en: exit %d: %s", code, errOut)
	}
	b, err = os.ReadFile(filepath.Join(en, "changes.html"))
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{`<h2 id="h-approvals">Approvals (15)</h2>`, `<h2 id="h-owners">Owners and people in charge (1)</h2>`} {
		if !strings.Contains(string(b), want) {
			t.Errorf("the English changes.html lacks %s", want)
		}
	}
	for _, line := range strings.Split(string(b), "\n") {
		if i := strings.IndexFunc(line, japanese); i >= 0 {
			t.Errorf("the English changes.html has Japanese text or punctuation: %s", line[max(0, i-60):min(len(line), i+60)])
		}
	}
	pub := filepath.Join(t.TempDir(), "pub")
	if code, _, errOut := execCLI(t, "build", "--register", exampleRegister, "--public", "--changes-from", "../../examples/chofu-gikai-r7", "-o", pub); code != 0 {
		t.Fatalf("public: exit %d: %s", code, errOut)
	}
	if _, err := os.Stat(filepath.Join(pub, "changes.html")); err == nil {
		t.Error("the public site has changes.html")
	}
}

// TestDiffPersonnelMove: the audit contractor is owned by the
// 情報セキュリティ管理者 with no person named; register.yaml's people
// hand the post from 青木 to 藤田 on 2026-04-01. diff and the site's
// 変更の記録 listed no owner change (only sengawa-web's, made in its
// file); both now name the holders on each date.
func TestDiffPersonnelMove(t *testing.T) {
	needExample(t)
	dir := filepath.Join(t.TempDir(), "r8")
	copyTree(t, exampleRegister, dir)
	os.RemoveAll(filepath.Join(dir, ".riskregister-cache"))
	edit(t, dir, "register.yaml", "    section: johoseisaku\n    position: joho-kanrisha\n",
		"    section: johoseisaku\n    position: joho-kanrisha\n    until: 2026-03-31\n"+
			"  - id: fujita-s\n    name: { ja: 藤田 聡, en: Satoshi Fujita }\n    section: johoseisaku\n    position: joho-kanrisha\n    from: 2026-04-01\n")
	want := "情報政策課 情報セキュリティ管理者（在任 青木 玲奈）"
	code, out, errOut := execCLI(t, "diff", "--register", dir, "--from", "../../examples/chofu-gikai-r7", "--from-as-of", "2026-03-31", "--as-of", "2026-11-27", "--no-cache")
	if code != 0 || !strings.Contains(out, "tama-security-audit 多摩セキュリティ監査株式会社（情報セキュリティ外部監査）: "+want+" → 情報政策課 情報セキュリティ管理者（在任 藤田 聡）") {
		t.Errorf("exit %d %s:\n%s", code, errOut, out)
	}
	site := filepath.Join(t.TempDir(), "site")
	if code, _, errOut := execCLI(t, "build", "--register", dir, "--changes-from", "../../examples/chofu-gikai-r7", "--changes-from-as-of", "2026-03-31",
		"--as-of", "2026-11-27", "--no-cache", "-o", site); code != 0 {
		t.Fatalf("build: exit %d: %s", code, errOut)
	}
	b, err := os.ReadFile(filepath.Join(site, "changes.html"))
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(string(b), want) || !strings.Contains(string(b), "（在任 藤田 聡）") {
		t.Errorf("changes.html does not name the holders of the owning post")
	}
}

// TestDiffSettingsChange: register.yaml's review_intervals and
// residual_matrix changed between two folders of the example. diff and the
// site's 変更の記録 listed the residual risks they moved (布田データ入力
// 中 → 高, with no requirement changed) and no cause; both now list each
// setting, what it was and what it is now, and mark the risks the
// settings change alone moved (評価の設定の変更による).
func TestDiffSettingsChange(t *testing.T) {
	before := checkDiffOfCopies(t, func(after string) {
		edit(t, after, "register.yaml", "  high: 6\n", "  high: 3\n")
		edit(t, after, "register.yaml", "# residual_matrix:\n#   bands: [80, 60, 40]\n",
			"residual_matrix:\n  bands: [90, 70, 50]\n  low: [low, low, medium, medium]\n  medium: [low, medium, medium, high]\n"+
				"  high: [medium, medium, high, critical]\n  critical: [medium, high, critical, critical]\n")
	}, map[string][]string{
		"ja": {"■ 評価の設定の変化（2）\n  見直し間隔: 低 24・中 12・高 6・重大 2 か月 → 低 24・中 12・高 3・重大 2 か月\n  残留リスクのマトリクス: 帯 80・60・40 → 帯 90・70・50\n",
			"fuda-data-entry 布田データ入力株式会社（請願署名簿のデータ入力）: 残留リスク 中 → 高、推奨判断 条件付承認 → 条件付承認（評価の設定の変更による）\n"},
		"en": {"■ Assessment settings (2)\n  Review intervals: low 24, medium 12, high 6, critical 2 months → low 24, medium 12, high 3, critical 2 months\n",
			" (by the settings change)\n"},
	}, []string{`<h2 id="h-settings">評価の設定の変化（2）</h2>`, `>残留リスクのマトリクス</`, `帯 80・60・40`, `帯 90・70・50`,
		`評価の設定の変更（前の設定では前と同じ評価）`})
	// The same folder twice: no setting changed.
	code, out, _ := execCLI(t, "diff", "--register", before, "--from", before, "--as-of", "2026-11-27", "--no-cache")
	if code != 0 || !strings.Contains(out, "変更はありません。") {
		t.Errorf("exit %d:\n%s", code, out)
	}
}

// TestDiffClassificationLevelAdded: register.yaml's classification gained
// the confidentiality level 2P (ranks 6..1) and the e-learning service is
// of it; validate takes it. diff exited 1 with 「class.confidentiality
// "2P" (want one of 3A, 3B, 3C, 2, 1)」, blaming a valid register: the
// re-assessment under the earlier settings (to mark the risks the
// settings alone moved) could not read the entry. The diff lists the
// classification's change and the entry's risk change, not marked as
// the settings' (the earlier settings could not assess it), and still
// marks the audit contractor, whose 3C went from rank 3 to 4.
func TestDiffClassificationLevelAdded(t *testing.T) {
	checkDiffOfCopies(t, func(after string) {
		edit(t, after, "register.yaml", "# 情報の分類（classification）は省略しています。",
			"classification:\n  confidentiality:\n"+
				"    - { id: \"3A\", name: { ja: 自治体機密性3A, en: Confidentiality 3A }, rank: 6, aliases: [\"3\"] }\n"+
				"    - { id: \"3B\", name: { ja: 自治体機密性3B, en: Confidentiality 3B }, rank: 5 }\n"+
				"    - { id: \"3C\", name: { ja: 自治体機密性3C, en: Confidentiality 3C }, rank: 4 }\n"+
				"    - { id: \"2P\", name: { ja: 自治体機密性2P, en: Confidentiality 2P }, rank: 3 }\n"+
				"    - { id: \"2\", name: { ja: 自治体機密性2, en: Confidentiality 2 }, rank: 2 }\n"+
				"    - { id: \"1\", name: { ja: 自治体機密性1, en: Confidentiality 1 }, rank: 1 }\n"+
				"# 情報の分類（classification）は省略しています。")
		edit(t, after, "services/elearning-lgwan.yaml", `confidentiality: "2",`, `confidentiality: "2P",`)
	}, map[string][]string{
		"ja": {"情報の分類（水準と順位）: 機密性 3A(5、別名 3)・3B(4)・3C(3)・2(2)・1(1) → 機密性 3A(6、別名 3)・3B(5)・3C(4)・2P(3)・2(2)・1(1)\n",
			"外部サービス elearning-lgwan 情報セキュリティ研修 eラーニング（LGWAN-ASP）: 残留リスク 中 → 高、推奨判断 条件付承認 → 条件付承認、固有リスク 中 → 高\n",
			"委託事業者 tama-security-audit 多摩セキュリティ監査株式会社（情報セキュリティ外部監査）: 残留リスク 中 → 高、推奨判断 条件付承認 → 条件付承認、固有リスク 中 → 高（評価の設定の変更による）\n"},
	}, []string{`<h2 id="h-settings">評価の設定の変化（1）</h2>`, `2P(3)`})
}

// TestDiffApprovalChainChange: register.yaml's approval_chain made the
// 事務局長 step apply from medium (it was high), which turns APR-01 not met
// for the medium entries without that sign-off and lowers their control
// scores. diff said 変更はありません and the site's 変更の記録 listed no
// cause; both now list the chain, what it was and what it is now.
func TestDiffApprovalChainChange(t *testing.T) {
	checkDiffOfCopies(t, func(after string) {
		edit(t, after, "register.yaml", "    position: jimukyokucho\n    min_risk: high\n", "    position: jimukyokucho\n    min_risk: medium\n")
	}, map[string][]string{
		"ja": {"■ 評価の設定の変化（1）\n  決裁ルート（承認の段階）: 1 係長・2 課長・3 情報セキュリティ管理者（外部サービス、中以上）・4 事務局長（高以上） → " +
			"1 係長・2 課長・3 情報セキュリティ管理者（外部サービス、中以上）・4 事務局長（中以上）\n"},
		"en": {"■ Assessment settings (1)\n  Approval chain (steps): 1 Unit Head, 2 Division Head, "},
	}, []string{`<h2 id="h-settings">評価の設定の変化（1）</h2>`, `>決裁ルート（承認の段階）</`, `4 事務局長（中以上）`})
}

// TestDiffStaffChange: the online meeting tool's manager, the X account's
// credential custodian and one of its operators changed in their files.
// diff said 変更はありません and the site's 変更の記録 listed nothing; both
// now list each under 所管・担当者の変化 with its role, as a responsible's change.
func TestDiffStaffChange(t *testing.T) {
	checkDiffOfCopies(t, func(after string) {
		edit(t, after, "services/online-meeting.yaml", "manager: kondo-s\n", "manager: hayashi-a\n")
		edit(t, after, "social/x-chofu-gikai.yaml", "operators: [nagai-d, ogawa-h]\n", "operators: [nagai-d]\n")
		edit(t, after, "social/x-chofu-gikai.yaml", "credential_custodian: sakamoto-r\n", "credential_custodian: nagai-d\n")
	}, map[string][]string{
		"ja": {"■ 所管・担当者の変化（3）\n",
			"online-meeting オンライン会議ツール（外部サービス管理者）: 近藤 翔太 → 林 明日香\n",
			"x-chofu-gikai 調布市議会 公式X（投稿担当）: 小川 陽菜 → （なし）\n",
			"x-chofu-gikai 調布市議会 公式X（パスワード管理）: 坂本 涼子 → 永井 大輔\n"},
		"en": {"■ Owners and people in charge (3)\n", "x-chofu-gikai Chofu City Council on X (Credential custodian): Ryoko Sakamoto → Daisuke Nagai\n",
			"(Operator): Hina Ogawa → (none)\n"},
	}, []string{`<h2 id="h-owners">所管・担当者の変化（3）</h2>`, `（パスワード管理）`, `<td data-label="前">坂本 涼子</td><td data-label="後">永井 大輔</td>`,
		`<td data-label="前">小川 陽菜</td><td data-label="後">なし</td>`})
}

// checkDiffOfCopies makes two copies of the example, before and after,
// edits after with change, and checks that diff from before as of
// 2026-11-27 prints each of text's lines in its language and that the
// site built with --changes-from before has each of page in changes.html.
// It returns the folder before.
func checkDiffOfCopies(t *testing.T, change func(after string), text map[string][]string, page []string) string {
	t.Helper()
	needExample(t)
	dir := t.TempDir()
	before, after := filepath.Join(dir, "before"), filepath.Join(dir, "after")
	for _, d := range []string{before, after} {
		copyTree(t, exampleRegister, d)
		os.RemoveAll(filepath.Join(d, ".riskregister-cache"))
	}
	change(after)
	for lang, want := range text {
		code, out, errOut := execCLI(t, "--lang", lang, "diff", "--register", after, "--from", before, "--as-of", "2026-11-27", "--no-cache")
		if code != 0 {
			t.Fatalf("exit %d: %s", code, errOut)
		}
		for _, w := range want {
			if !strings.Contains(out, w) {
				t.Errorf("%s: no %q in:\n%s", lang, w, out)
			}
		}
		for _, line := range strings.Split(out, "\n") {
			if bad := wrongLanguage(lang, line); bad != "" {
				t.Errorf("%s: %s:\n  %s", lang, bad, line)
			}
		}
	}
	site := filepath.Join(dir, "site")
	if code, _, errOut := execCLI(t, "build", "--register", after, "--changes-from", before, "--as-of", "2026-11-27", "--no-cache", "-o", site); code != 0 {
		t.Fatalf("build: exit %d: %s", code, errOut)
	}
	b, err := os.ReadFile(filepath.Join(site, "changes.html"))
	if err != nil {
		t.Fatal(err)
	}
	for _, w := range page {
		if !strings.Contains(string(b), w) {
			t.Errorf("changes.html lacks %s", w)
		}
	}
	return before
}

// TestDiffTwoHoldersOneLeft: the audit contractor's owner names the post
// 情報セキュリティ管理者 with no person; register.yaml's people had 青木 and
// 田中 in it, and 田中 left it on 2026-09-30. diff said 変更はありません and
// the site's 変更の記録 listed nothing: a post with two holders was taken
// as one whose holder is unknown. Both list the holders of each side.
func TestDiffTwoHoldersOneLeft(t *testing.T) {
	needExample(t)
	dir := t.TempDir()
	before, after := filepath.Join(dir, "before"), filepath.Join(dir, "after")
	post := "    section: johoseisaku\n    position: joho-kanrisha\n"
	tanaka := "  - id: tanaka-i\n    name: { ja: 田中 一郎, en: Ichiro Tanaka }\n" + post
	for d, until := range map[string]string{before: "", after: "    until: 2026-09-30\n"} {
		copyTree(t, exampleRegister, d)
		os.RemoveAll(filepath.Join(d, ".riskregister-cache"))
		edit(t, d, "register.yaml", post, post+tanaka+until)
	}
	want := map[string]string{
		"ja": "情報政策課 情報セキュリティ管理者（在任 青木 玲奈・田中 一郎） → 情報政策課 情報セキュリティ管理者（在任 青木 玲奈）\n",
		"en": "Information Policy Division Information Security Manager (held by Rena Aoki, Ichiro Tanaka) → Information Policy Division Information Security Manager (held by Rena Aoki)\n",
	}
	for lang, w := range want {
		code, out, errOut := execCLI(t, "--lang", lang, "diff", "--register", after, "--from", before, "--as-of", "2026-11-27", "--no-cache")
		if code != 0 || !strings.Contains(out, "tama-security-audit") || !strings.Contains(out, w) {
			t.Errorf("%s: exit %d %s: no %q in:\n%s", lang, code, errOut, w, out)
		}
	}
	site := filepath.Join(dir, "site")
	if code, _, errOut := execCLI(t, "build", "--register", after, "--changes-from", before, "--as-of", "2026-11-27", "--no-cache", "-o", site); code != 0 {
		t.Fatalf("build: exit %d: %s", code, errOut)
	}
	b, err := os.ReadFile(filepath.Join(site, "changes.html"))
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(string(b), `<td data-label="前">情報政策課 情報セキュリティ管理者（在任 青木 玲奈・田中 一郎）</td>`) {
		t.Error("changes.html does not list the holders who held the owning post before")
	}
}

// TestDiffBeforeSideNamedByEarlierRegister: in the later register 田中
// 一郎, who held 情報セキュリティ管理者 with 青木 in the earlier one, was
// deleted from people after leaving, and the position id kakaricho was
// renamed kakari (same title) in an April reorganisation. diff and the
// site's 変更の記録 named the before side with the later register's
// organisation and read 「（在任 青木 玲奈・tanaka-i）」 and 「広報係
// kakaricho 坂本 涼子」; each side is now named by its own register.
func TestDiffBeforeSideNamedByEarlierRegister(t *testing.T) {
	needExample(t)
	dir := t.TempDir()
	before, after := filepath.Join(dir, "before"), filepath.Join(dir, "after")
	post := "    section: johoseisaku\n    position: joho-kanrisha\n"
	for _, d := range []string{before, after} {
		copyTree(t, exampleRegister, d)
		os.RemoveAll(filepath.Join(d, ".riskregister-cache"))
	}
	edit(t, before, "register.yaml", post, post+"  - id: tanaka-i\n    name: { ja: 田中 一郎, en: Ichiro Tanaka }\n"+post)
	err := filepath.WalkDir(after, func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() || !strings.HasSuffix(p, ".yaml") {
			return err
		}
		b, err := os.ReadFile(p)
		if err != nil {
			return err
		}
		return os.WriteFile(p, bytes.ReplaceAll(b, []byte("kakaricho"), []byte("kakari")), 0o644)
	})
	if err != nil {
		t.Fatal(err)
	}
	want := map[string][]string{
		"ja": {": 情報政策課 情報セキュリティ管理者（在任 青木 玲奈・田中 一郎） → 情報政策課 情報セキュリティ管理者（在任 青木 玲奈）\n",
			"株式会社仙川ウェブ制作（議会ホームページ運用）: 広報係 係長 坂本 涼子 → 広報係 係長 坂本 涼子\n"},
		"en": {": Information Policy Division Information Security Manager (held by Rena Aoki, Ichiro Tanaka) → Information Policy Division Information Security Manager (held by Rena Aoki)\n",
			"(council website operation): Public Relations Unit Unit Head Ryoko Sakamoto → Public Relations Unit Unit Head Ryoko Sakamoto\n"},
	}
	for lang, ws := range want {
		code, out, errOut := execCLI(t, "--lang", lang, "diff", "--register", after, "--from", before, "--as-of", "2026-11-27", "--no-cache")
		if code != 0 {
			t.Fatalf("%s: exit %d: %s", lang, code, errOut)
		}
		for _, w := range ws {
			if !strings.Contains(out, w) {
				t.Errorf("%s: no %q in:\n%s", lang, w, out)
			}
		}
		for _, bad := range []string{"tanaka-i", "kakaricho 坂本", "kakaricho Ryoko"} {
			if strings.Contains(out, bad) {
				t.Errorf("%s: the before side reads the id %s:\n%s", lang, bad, out)
			}
		}
	}
	site := filepath.Join(dir, "site")
	if code, _, errOut := execCLI(t, "build", "--register", after, "--changes-from", before, "--as-of", "2026-11-27", "--no-cache", "-o", site); code != 0 {
		t.Fatalf("build: exit %d: %s", code, errOut)
	}
	b, err := os.ReadFile(filepath.Join(site, "changes.html"))
	if err != nil {
		t.Fatal(err)
	}
	for _, w := range []string{`<td data-label="前">情報政策課 情報セキュリティ管理者（在任 青木 玲奈・田中 一郎）</td>`, `<td data-label="前">広報係 係長 坂本 涼子</td>`} {
		if !strings.Contains(string(b), w) {
			t.Errorf("changes.html lacks %s", w)
		}
	}
	for _, bad := range []string{"tanaka-i", "kakaricho 坂本"} {
		if strings.Contains(string(b), bad) {
			t.Errorf("changes.html reads the id %s", bad)
		}
	}
}
