package main

import (
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"regexp"
	"strconv"
	"strings"

	"github.com/gikai-sec/riskregister/riskassess"
	"github.com/gikai-sec/riskregister/riskassess/diff"
	"github.com/gikai-sec/riskregister/riskassess/history"
	"github.com/gikai-sec/riskregister/riskassess/load"
	"github.com/gikai-sec/riskregister/riskassess/wareki"
	"github.com/spf13/cobra"
)

// The specs of --from and --to (and build --changes-from):
//
//	令和7年度末, R7年度末, 2025年度末   the register as committed on 31 March
//	                                   of that fiscal year (a date)
//	2026-03-31                        the register as committed on that day
//	DIR (an existing folder)          that register folder, as it is
//	anything else                     a git revision: HEAD~1, a tag, a hash
//
// A date or a revision is read from the git repository that contains the
// register folder (--register), without a git program (riskassess/history).

func newDiffCmd(a *app) *cobra.Command {
	var dir, from, to, fromAsOf, toAsOf, format, out, asOfStr string
	cmd := &cobra.Command{
		Use:   "diff --from A [--to B] [--register DIR] [--format text|json]",
		Short: "2 時点の台帳の変更（追加・廃止・承認・リスク・所管・要件カタログ）を一覧にする / what changed in the register between two points",
		Long: `diff は 2 時点の台帳を比べ、追加・削除・廃止されたエントリ、承認（承認・更新・期限切れ・状況の変更）、
残留リスクと推奨判断の変化とそれを動かした要件の結果、所管（課・役職・担当者。SNS の責任者・投稿担当・
パスワード管理、外部サービス管理者も）の変化、評価の設定（情報の分類・見直し間隔・残留リスクのマトリクス・
決裁ルート）の変化、要件カタログの変化とそれだけで変わった評価を一覧にします。設定やカタログの変更だけで動いた
残留リスクには「（評価の設定の変更による）」「（要件カタログの変更による）」と添えます。年度末の見直し（方針 §8）に使います。

A・B に指定できるもの:
  令和7年度末・R7年度末・2025年度末  その年度の 3 月 31 日にコミットされていた台帳
  2026-03-31                        その日の終わり（日本時間）までの最後のコミットの台帳
  フォルダ                          そのフォルダの台帳（前年度の写しなど）
  それ以外                          git のリビジョン（HEAD~1、タグ、コミットのハッシュ）
--to を省略すると --register のフォルダ（今の台帳）と比べます。日付・リビジョンは --register を含む git
リポジトリから読みます（git コマンドもネットワークも不要）。それぞれの時点の台帳は、その日付
（リビジョンはコミット日、フォルダは --as-of・--from-as-of・--to-as-of）を基準日として評価します。
フォルダは、ほかのコマンドと同じくそのフォルダの .riskregister-cache/ を通して読み、なければ作ります
（比べる相手のフォルダにも書きます。書き込めないフォルダもそのまま読めます。--no-cache で使いません）。

Compares the register at two points: entries added, removed and retired; approvals granted, renewed,
expired or otherwise changed; residual risks and decisions that moved, with the requirement outcomes that
moved them; owner changes (also a social account's responsible, operators and credential custodian, and a
service's manager); changes of the assessment settings (classification, review intervals,
residual-risk matrix, approval chain); and the change of the catalogue in force with what it alone did to the scores.
A residual risk that the settings change or the catalogue change alone moved is marked "(by the settings change)" or
"(by the catalogue change)".
A and B: a fiscal-year end (令和7年度末, R7年度末, 2025年度末: 31 March of that year), a date (the register
as committed by the end of that day, Japan time), a folder, or a git revision (HEAD~1, a tag, a hash).
Without --to, the register folder (--register) as it is. Dates and revisions are read from the git
repository that contains the register folder, with no git program and no network. Each side is assessed
as of its date (a commit's date; for a folder --as-of, --from-as-of, --to-as-of). A folder is read
through its entry cache .riskregister-cache/ as by every other command, which is made if missing (in the
folder compared with too; a folder that cannot be written is still read; --no-cache: never).`,
		Example: `  riskregister diff --register examples/chofu-gikai --from examples/chofu-gikai-r7 --from-as-of 2026-03-31 --as-of 2026-11-27
  riskregister diff --from 令和7年度末 --to 令和8年度末
  riskregister diff --from HEAD~1 --format json -o changes.json --lang en`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			if from == "" {
				return &exitError{code: 2, msg: l10n(a.lang, "--from で比べる時点を指定してください（例: 令和7年度末、2026-03-31、HEAD~1、フォルダ）",
					"give the point to compare from with --from (e.g. 2026-03-31, HEAD~1, a folder)")}
			}
			if format != "text" && format != "json" {
				return &exitError{code: 2, msg: fmt.Sprintf("--format %q: text か json を指定してください / use text or json", format)}
			}
			if err := checkOutputExt(out, format, map[string]string{".json": "json"}); err != nil {
				return err
			}
			asOf, err := parseAsOf(asOfStr)
			if err != nil {
				return err
			}
			ch, org, err := a.compare(dir, from, to, fromAsOf, toAsOf, asOf)
			if err != nil {
				return err
			}
			return a.expWrite("diff", out, func(w io.Writer) error {
				if format == "json" {
					return writeChangesJSON(w, ch)
				}
				return writeChangesText(newTermWriter(w), ch, org, a.lang)
			})
		},
	}
	addRegisterFlag(cmd, &dir)
	addAsOfFlag(cmd, &asOfStr)
	cmd.Flags().StringVar(&from, "from", "", "比べる前の時点（必須）: 令和7年度末・日付・フォルダ・git のリビジョン / the earlier point (required): fiscal-year end, date, folder or git revision")
	cmd.Flags().StringVar(&to, "to", "", "比べる後の時点（省略時は今の台帳） / the later point (default: the register as it is)")
	cmd.Flags().StringVar(&fromAsOf, "from-as-of", "", "フォルダの --from を評価する基準日（省略時は --as-of） / as-of date of a folder given as --from")
	cmd.Flags().StringVar(&toAsOf, "to-as-of", "", "フォルダの --to を評価する基準日（省略時は --as-of） / as-of date of a folder given as --to")
	cmd.Flags().StringVar(&format, "format", "text", "形式 text|json / output format")
	cmd.Flags().StringVarP(&out, "output", "o", "", "出力先ファイル（省略時は標準出力） / output file (default stdout)")
	return cmd
}

// compare loads the snapshots from and to (to "" is the register folder
// dir itself) and compares them.
//
// It also returns the organisation of the later register, to name
// sections and people.
func (a *app) compare(dir, from, to, fromAsOf, toAsOf string, asOf riskassess.Date) (*diff.Changes, *riskassess.Organisation, error) {
	var repo *history.Repo
	openRepo := func() (*history.Repo, error) {
		if repo != nil {
			return repo, nil
		}
		r, err := history.Open(dir)
		if err != nil {
			if errors.Is(err, history.ErrNoRepository) {
				return nil, &exitError{code: 1, msg: l10n(a.lang,
					fmt.Sprintf("%s は git リポジトリの中にないため、日付・リビジョンの台帳を読めません（フォルダ同士なら比べられます）", dir),
					fmt.Sprintf("%s is not in a git repository, so no date or revision of it can be read (two folders can be compared)", dir))}
			}
			return nil, &exitError{code: 1, msg: err.Error()}
		}
		repo = r
		return r, nil
	}
	fs, err := a.snapshot(dir, from, fromAsOf, asOf, openRepo)
	if err != nil {
		return nil, nil, err
	}
	ts, err := a.snapshot(dir, to, toAsOf, asOf, openRepo)
	if err != nil {
		return nil, nil, err
	}
	ch, err := diff.Compare(fs, ts)
	if errors.Is(err, diff.ErrReversed) {
		// The changes would read backwards: a folder's --from-as-of after
		// --as-of, or a revision committed after it.
		return nil, nil, badUsage(
			fmt.Sprintf("前の台帳 %s の基準日 %s が、後の台帳 %s の基準日 %s より後です。変更が逆向きに読めるため比べません。--from と --to（または基準日の指定）を入れ替えてください", fs.Label, fs.AsOf, ts.Label, ts.AsOf),
			fmt.Sprintf("the earlier register %s is assessed as of %s, after the later register %s (as of %s): the changes would read backwards; swap --from and --to (or the as-of dates)", fs.Label, fs.AsOf, ts.Label, ts.AsOf))
	}
	if err != nil {
		return nil, nil, &exitError{code: 1, msg: err.Error()}
	}
	return &ch, &ts.Register.Org, nil
}

// fiscalEnd matches a fiscal-year end: 令和7年度末, R7年度末, 2025年度末.
var fiscalEnd = regexp.MustCompile(`^(令和|平成|R|H)?(元|[0-9]+)年度末$`)

// fiscalYearEnd returns the last day (31 March) of the fiscal year spec
// names, and whether spec is one.
func fiscalYearEnd(spec string) (riskassess.Date, bool) {
	m := fiscalEnd.FindStringSubmatch(strings.ToUpper(wareki.Fold(strings.TrimSpace(spec))))
	if m == nil {
		return riskassess.Date{}, false
	}
	n := 1
	if m[2] != "元" {
		var err error
		if n, err = strconv.Atoi(m[2]); err != nil || n < 1 {
			return riskassess.Date{}, false
		}
	}
	year := n // a Western fiscal year
	switch m[1] {
	case "令和", "R":
		year = 2018 + n
	case "平成", "H":
		year = 1988 + n
	default:
		if n < 1900 {
			return riskassess.Date{}, false
		}
	}
	return riskassess.NewDate(year+1, 3, 31), true
}

// dateLabel names the register on day d: 令和7年度末（2026-03-31） on a
// fiscal-year end, else 2026-12-01 時点 / as of 2026-12-01.
func dateLabel(d riskassess.Date, lang riskassess.Lang) string {
	if d.Month == 3 && d.Day == 31 {
		// A fiscal year is named in the era of its end, counted from the
		// era's first year: the year from April 2019 is 令和元年度.
		if era, _, ok := wareki.EraOf(d); ok && d.Year-1 >= era.Start.Year {
			y := d.Year - 1 - era.Start.Year + 1
			ys := strconv.Itoa(y)
			if y == 1 {
				ys = "元"
			}
			if lang == "en" {
				return fmt.Sprintf("end of FY%d (%s %d, %s)", d.Year-1, era.Romaji, y, d)
			}
			return fmt.Sprintf("%s%s年度末（%s）", era.Name, ys, d)
		}
	}
	return l10n(lang, d.String()+" 時点", "as of "+d.String())
}

// snapshot loads and assesses one side of a comparison (see the specs
// above); spec "" is the register folder dir as it is, assessed as of
// the as-of flag or asOf.
func (a *app) snapshot(dir, spec, asOfFlag string, asOf riskassess.Date, openRepo func() (*history.Repo, error)) (*diff.Snapshot, error) {
	folderAsOf := asOf
	if asOfFlag != "" {
		d, err := riskassess.ParseDate(asOfFlag)
		if err != nil {
			return nil, &exitError{code: 2, msg: err.Error()}
		}
		folderAsOf = d
	}
	if spec == "" {
		return a.folderSnapshot(dir, l10n(a.lang, "今の台帳（"+dir+"）", "the register as it is ("+dir+")"), folderAsOf)
	}
	if fi, err := os.Stat(spec); err == nil && fi.IsDir() {
		return a.folderSnapshot(spec, spec, folderAsOf)
	}
	if asOfFlag != "" {
		// A date or revision is assessed as of its own date: an as-of
		// date given for it would be ignored without a word.
		return nil, &exitError{code: 2, msg: l10n(a.lang,
			fmt.Sprintf("%s は git の日付・リビジョンで、その日付（リビジョンはコミット日）を基準日として評価します。--from-as-of・--to-as-of・--changes-from-as-of はフォルダを指定したときだけ使えます", spec),
			fmt.Sprintf("%s is a git date or revision, assessed as of its date (a revision: its commit date); --from-as-of, --to-as-of and --changes-from-as-of apply to a folder only", spec))}
	}
	repo, err := openRepo()
	if err != nil {
		return nil, err
	}
	var rev history.Revision
	label := ""
	if d, ok := fiscalYearEnd(spec); ok {
		rev, err = repo.AtDate(d)
		label = dateLabel(d, a.lang)
	} else if d, perr := riskassess.ParseDate(spec); perr == nil {
		rev, err = repo.AtDate(d)
		label = dateLabel(d, a.lang)
	} else {
		rev, err = repo.Resolve(spec)
	}
	var none *history.NoCommitError
	if errors.As(err, &none) {
		// A register whose history begins later (its first year: the
		// staff guide's --from 令和7年度末).
		return nil, &exitError{code: 1, msg: l10n(a.lang,
			fmt.Sprintf("%s: %s（日本時間）までにコミットされた台帳がありません（git の履歴は %s から始まります）。履歴の中の日付・リビジョンか、比べる台帳のフォルダを指定してください", spec, none.Day, none.First),
			fmt.Sprintf("%s: no commit on or before %s (Japan time); the history begins on %s. Give a date or revision within the history, or a register folder to compare with", spec, none.Day, none.First))}
	}
	if errors.Is(err, history.ErrShallow) {
		// A shallow clone (git clone --depth 1, as CI checks out by
		// default) holds the latest commits only.
		return nil, &exitError{code: 1, msg: l10n(a.lang,
			fmt.Sprintf("%s: git のリポジトリが浅いクローン（git clone --depth）で、その時点のコミットがありません。git fetch --unshallow で履歴をすべて取得してから比べてください", spec),
			fmt.Sprintf("%s: the git repository is a shallow clone (git clone --depth) without the commit of that point; fetch the whole history with git fetch --unshallow and compare again", spec))}
	}
	if err != nil {
		return nil, &exitError{code: 1, msg: spec + ": " + err.Error()}
	}
	short := rev.Hash[:10]
	if label == "" {
		label = spec + " (" + short + ")"
	}
	fsys, err := repo.FS(rev)
	if err != nil {
		return nil, &exitError{code: 1, msg: spec + ": " + err.Error()}
	}
	res, err := load.FS(fsys)
	src := fmt.Sprintf("git %s %s %s", short, rev.Date, rev.Subject)
	at := rev.Date
	if d, ok := fiscalYearEnd(spec); ok {
		at = d
	} else if d, perr := riskassess.ParseDate(spec); perr == nil {
		at = d
	}
	return a.assessSnapshot(res, err, label, src, at)
}

// folderSnapshot assesses the register folder dir, read through its entry
// cache as every other command reads a folder (--no-cache: without).
func (a *app) folderSnapshot(dir, label string, asOf riskassess.Date) (*diff.Snapshot, error) {
	res, err := a.loadDir(dir)
	return a.assessSnapshot(res, err, label, dir, asOf)
}

// assessSnapshot assesses a register read through the front door; an
// invalid one is refused with its problems, named by the snapshot.
func (a *app) assessSnapshot(res *load.Result, err error, label, src string, asOf riskassess.Date) (*diff.Snapshot, error) {
	if err != nil {
		for _, l := range res.Lines(a.lang, nil) {
			fmt.Fprintln(a.stderr, label+": "+l)
		}
		return nil, &exitError{code: 1, msg: l10n(a.lang, label+" の台帳に誤りがあるため比べられません", "the register of "+label+" is invalid and cannot be compared")}
	}
	sc := riskassess.Scorer{Blockers: res.Blockers}
	as, aerr := sc.AssessAll(res.Register, res.Requirements, asOf)
	if aerr != nil {
		return nil, &exitError{code: 1, msg: aerr.Error()}
	}
	return &diff.Snapshot{Label: label, Source: src, AsOf: asOf, Register: res.Register, Requirements: res.Requirements, Scorer: sc, Assessments: as}, nil
}

func writeChangesJSON(w io.Writer, ch *diff.Changes) error {
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	return enc.Encode(ch)
}

// writeChangesText writes ch as text in lang, one section per kind of
// change.
func writeChangesText(w io.Writer, ch *diff.Changes, org *riskassess.Organisation, lang riskassess.Lang) error {
	l := func(ja, en string) string { return l10n(lang, ja, en) }
	// br puts s in brackets: full-width in Japanese, ASCII in English.
	br := func(s string) string { return l("（"+s+"）", " ("+s+")") }
	var b strings.Builder
	name := func(r diff.EntryRef) string {
		n := r.Name.In(lang)
		return r.Kind.Label(lang) + " " + r.ID + " " + n
	}
	fmt.Fprintf(&b, "%s: %s → %s\n", l("変更の記録", "What changed"), ch.From.Label, ch.To.Label)
	fmt.Fprintf(&b, "  %s: %s%s\n", l("前", "From"), ch.From.Source, br(l("基準日", "as of")+" "+ch.From.AsOf.String()))
	fmt.Fprintf(&b, "  %s: %s%s\n", l("後", "To"), ch.To.Source, br(l("基準日", "as of")+" "+ch.To.AsOf.String()))
	fmt.Fprintf(&b, "  %s %d → %d%s\n", l("エントリ", "Entries"), ch.From.Entries, ch.To.Entries,
		br(fmt.Sprintf("%s %d → %d", l("うち記録のみ", "records"), ch.From.Records, ch.To.Records)))
	if ch.Empty() {
		fmt.Fprintln(&b, l("変更はありません。", "Nothing changed."))
		_, err := io.WriteString(w, b.String())
		return err
	}
	section := func(title string, n int) {
		fmt.Fprintf(&b, "\n■ %s%s\n", title, br(strconv.Itoa(n)))
	}
	if len(ch.Added) > 0 {
		section(l("追加されたエントリ", "Entries added"), len(ch.Added))
		for _, e := range ch.Added {
			risk := ""
			if e.Residual != "" {
				risk = fmt.Sprintf("  %s %s%s%s", l("残留リスク", "residual risk"), e.Residual.Label(lang), l("・", ", "), e.Decision.Label(lang))
			}
			fmt.Fprintf(&b, "  %s%s\n", name(e.EntryRef), risk)
		}
	}
	if len(ch.Retired) > 0 {
		section(l("廃止・却下されたエントリ", "Entries retired or rejected"), len(ch.Retired))
		for _, e := range ch.Retired {
			fmt.Fprintf(&b, "  %s\n", name(e))
		}
	}
	if len(ch.Removed) > 0 {
		section(l("削除されたエントリ（ファイルがない）", "Entries removed (file gone)"), len(ch.Removed))
		for _, e := range ch.Removed {
			fmt.Fprintf(&b, "  %s\n", name(e))
		}
	}
	if len(ch.Approvals) > 0 {
		section(l("承認の変化", "Approvals"), len(ch.Approvals))
		for _, c := range ch.Approvals {
			st := c.StatusText(lang)
			var extra []string
			if !c.DecidedOn.IsZero() {
				extra = append(extra, l("決定 ", "decided ")+c.DecidedOn.String())
			}
			switch {
			case c.Change == diff.ApprovalValidityChanged:
				v := func(d riskassess.Date) string {
					if d.IsZero() {
						return l("期限なし", "no limit")
					}
					return d.String()
				}
				extra = append(extra, l("有効期限 ", "valid until ")+v(c.FromValid)+" → "+v(c.ToValid))
			case !c.ToValid.IsZero():
				extra = append(extra, l("有効期限 ", "valid until ")+c.ToValid.String())
			}
			fmt.Fprintf(&b, "  [%s] %s: %s", c.ChangeLabel(lang), name(c.EntryRef), st)
			if len(extra) > 0 {
				b.WriteString(br(strings.Join(extra, l("、", ", "))))
			}
			b.WriteString("\n")
		}
	}
	if len(ch.Risk) > 0 {
		section(l("残留リスク・推奨判断の変化", "Residual risk and decision"), len(ch.Risk))
		for _, c := range ch.Risk {
			comma := l("、", ", ")
			fmt.Fprintf(&b, "  %s: %s %s → %s%s%s %s → %s", name(c.EntryRef), l("残留リスク", "residual risk"), c.FromResidual.Label(lang), c.ToResidual.Label(lang),
				comma, l("推奨判断", "decision"), c.FromDecision.Label(lang), c.ToDecision.Label(lang))
			if c.FromScore != c.ToScore {
				fmt.Fprintf(&b, "%s%s %.1f → %.1f", comma, l("対策スコア", "control score"), c.FromScore, c.ToScore)
			}
			if c.FromInherent != c.ToInherent {
				fmt.Fprintf(&b, "%s%s %s → %s", comma, l("固有リスク", "inherent"), c.FromInherent.Label(lang), c.ToInherent.Label(lang))
			}
			if c.ByCatalogue {
				b.WriteString(l("（要件カタログの変更による）", " (by the catalogue change)"))
			}
			if c.BySettings {
				b.WriteString(l("（評価の設定の変更による）", " (by the settings change)"))
			}
			b.WriteString("\n")
			for _, f := range c.Findings {
				from, to := f.From.Label(lang), f.To.Label(lang)
				if f.From == "" {
					from = l("（なし）", "(none)")
				}
				if f.To == "" {
					to = l("（なし）", "(none)")
				}
				fmt.Fprintf(&b, "      %s %s: %s → %s\n", f.Requirement, f.Title.In(lang), from, to)
			}
			for _, id := range c.BlockersAdded {
				fmt.Fprintf(&b, "      + %s\n", id)
			}
			for _, id := range c.BlockersRemoved {
				fmt.Fprintf(&b, "      - %s\n", id)
			}
		}
	}
	if len(ch.Owners) > 0 {
		section(l("所管・担当者の変化", "Owners and people in charge"), len(ch.Owners))
		for _, c := range ch.Owners {
			role := ""
			if c.Role != "" && c.Role != riskassess.RoleOwner {
				role = l("（", " (") + c.Role.Label(lang) + l("）", ")")
			}
			fmt.Fprintf(&b, "  %s%s: %s → %s\n", name(c.EntryRef), role, ownerHolderText(c.FromNames, c.FromVacant, lang), ownerHolderText(c.ToNames, c.ToVacant, lang))
		}
	}
	if len(ch.Settings) > 0 {
		section(l("評価の設定の変化", "Assessment settings"), len(ch.Settings))
		for _, c := range ch.Settings {
			fmt.Fprintf(&b, "  %s: %s → %s\n", c.Label(lang), c.From.In(lang), c.To.In(lang))
		}
	}
	cat := &ch.Catalogue
	if cat.InForceChanged() || strings.Join(cat.FromVersions, ",") != strings.Join(cat.ToVersions, ",") {
		section(l("要件カタログの変化", "Catalogue"), len(cat.Added)+len(cat.Removed)+len(cat.Changed))
		list := func(label string, ids []string) {
			if len(ids) > 0 {
				fmt.Fprintf(&b, "  %s: %s\n", label, strings.Join(ids, ", "))
			}
		}
		list(l("追加された要件", "Requirements added"), cat.Added)
		list(l("外された要件", "Requirements removed"), cat.Removed)
		list(l("判定の変わった要件（重要度・重み・種別・回答者・質問・期待する回答）", "Judged differently (severity, weight, kinds, attester, question or expected answer)"), cat.Changed)
		if strings.Join(cat.FromVersions, ",") != strings.Join(cat.ToVersions, ",") {
			fmt.Fprintf(&b, "  %s: %s → %s\n", l("質問票の回答に使われたカタログの版", "Catalogue versions of the latest questionnaires"),
				orNone(cat.FromVersions, lang), orNone(cat.ToVersions, lang))
		}
		if len(cat.Effects) > 0 {
			fmt.Fprintf(&b, "  %s\n", l("カタログの変更だけで評価が変わったエントリ（今の台帳を前のカタログで評価 → 今のカタログで評価）:",
				"Entries whose assessment the catalogue change alone moved (the later register under the earlier catalogue → the later catalogue):"))
			for _, e := range cat.Effects {
				fmt.Fprintf(&b, "    %s: %s → %s%s%s → %s\n", name(e.EntryRef), e.FromResidual.Label(lang), e.ToResidual.Label(lang),
					l("、", ", "), e.FromDecision.Label(lang), e.ToDecision.Label(lang))
			}
		} else if cat.InForceChanged() {
			fmt.Fprintf(&b, "  %s\n", l("カタログの変更だけで残留リスク・推奨判断が変わったエントリはありません。", "The catalogue change alone moved no residual risk or decision."))
		}
	}
	_, err := io.WriteString(w, b.String())
	return err
}

// ownerHolderText names an owner as one side's organisation records it
// (diff.OwnerNames), with the holders of a position named without a
// person (diff.OwnerChange.Held) in brackets: 情報政策課
// 情報セキュリティ管理者（在任 藤田 聡）, （在任 青木 玲奈・藤田 聡） when
// several held it, or （空席） when nobody did (FromVacant, ToVacant); an
// empty owner reads （なし）.
func ownerHolderText(n diff.OwnerNames, vacant bool, lang riskassess.Lang) string {
	t := n.Owner(lang)
	switch {
	case t == "":
		// Nobody: an operator taken off or put on, a manager not recorded.
		t = l10n(lang, "（なし）", "(none)")
	case len(n.Holders) > 0:
		names := n.HolderNames(lang)
		t += l10n(lang, "（在任 "+strings.Join(names, "・")+"）", " (held by "+strings.Join(names, ", ")+")")
	case vacant:
		t += l10n(lang, "（空席）", " (vacant)")
	}
	return t
}

func orNone(vs []string, lang riskassess.Lang) string {
	if len(vs) == 0 {
		return l10n(lang, "（なし）", "(none)")
	}
	return strings.Join(vs, ", ")
}
