package main

import (
	"cmp"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/gikai-sec/riskregister/riskassess"
	"github.com/gikai-sec/riskregister/riskassess/catalog"
	"github.com/gikai-sec/riskregister/riskassess/report"
	"github.com/gikai-sec/riskregister/riskassess/store"
	"github.com/gikai-sec/riskregister/riskassess/wareki"
	"github.com/gikai-sec/riskregister/riskassess/xlsx"
	"github.com/spf13/cobra"
)

type roundOptions struct {
	dir, name, kind, section, deadline, returnTo, out, asOf, dates string
}

func newRoundCmd(a *app) *cobra.Command {
	var o roundOptions
	cmd := &cobra.Command{
		Use:   "round --name NAME --kind contractor|service|social|all [--section ID] [--deadline DATE] -o DIR",
		Short: "確認票を一斉に作成し、送付を記録 / make the questionnaires of a round and record them",
		Long: `round は確認票の「回」（例: 令和8年度春）として、対象のエントリすべての事業者向け確認票を一度に作成し、
各エントリの rounds: に送付の記録（回の名前・送付日・回答期限・ファイル）を追加します。

- 対象: --kind（contractor・service・social・all）と --section（所管課の ID。省略時はすべての課）に合うエントリ。
  事業者のいないエントリ（SNSアカウント）、送付日（--as-of）の時点で却下・廃止の記録であるもの、この回を記録済みのエントリは、理由を表示して除きます。
  記録済みの回と全角・半角・空白だけが違う名前（令和８年度春 と 令和8年度春）は、同じ回の書き違いとして受け付けません
  （その名前どおりの回を記録したエントリがあれば受け付け、書き違いの名前で送付済みのエントリも送付済みとして除きます）。
- 出力: -o のフォルダ（新しいフォルダか空のフォルダ）に課ごとのフォルダを作り、「エントリ名_ID.xlsx」で書きます
  （Windows で使えない文字は全角に置き換えます）。同じ回の round が送付を記録する前に止まったときの出力（その回の、記録のない
  未記入の確認票だけのフォルダ）は、同じ回を同じ -o で実行し直すと作り直して記録します。
- 記録: 確認票をすべて作れたときだけ、台帳の編集ロックを取ってすべてのエントリに記録します。どれかを記録できなければ
  何も記録せず、作った確認票も消します。
- 送付日: --as-of（今日以前。既定は今日）。今日より後の日付は記録しません。
- 回答期限: --deadline（送付日 --as-of、既定は今日、より後の日付。なければ --as-of から questionnaire.reply_within_days 日、既定30日）。返送先は questionnaire 
  と同じ（--return-to か register.yaml の questionnaire.return_to）。
- 返ってきた確認票は riskregister import でフォルダごと取り込めます。取り込むと回の返送日・取込日を記録します。
  回答期限を過ぎても取り込まれていない確認票は due・サイトの督促リストに出ます。

round makes the vendor questionnaires of a round (e.g. 令和8年度春) for every matching entry at once and
records the sending in each entry's rounds: (round name, sent on, reply due, file). Entries: those of --kind
(contractor, service, social or all) and --section (a section id; default all sections); entries without a
vendor (social accounts), records (rejected or retired) on the sending day (--as-of) and entries already sent this round are left out with
a note. A name that differs from a round already recorded only in full-width or half-width characters or spaces
is refused as the same round written otherwise (unless some entry records that exact name; entries sent under
the other spelling are then left out as already sent). Output: a folder per section in -o (a new or empty folder), files named "entry name_ID.xlsx" (characters
Windows cannot use are replaced); the output of a run of the same round stopped before it recorded (only that round's
workbooks, none recorded or filled in) is made again and recorded. The sending date is --as-of (default today; a day after today is refused). The records are written, holding the register's edit lock, only when every
workbook was made; if any entry cannot be recorded, nothing is recorded and the workbooks are removed. Import the
returned workbooks with riskregister import (a whole folder at once): the round is marked returned and
imported. Replies past their deadline and not imported are listed by due and the site (the chase list).`,
		Example: `  riskregister round --name 令和8年度春 --kind all -o rounds/r8-spring
  riskregister round --name 令和8年度春 --kind all --as-of 2026-04-10 --deadline 2026-05-31 -o rounds/r8-spring
  riskregister round --name 令和8年度春 --kind contractor --section kiroku --dates wareki -o rounds/r8-kiroku`,
		Args: cobra.NoArgs,
		RunE: func(*cobra.Command, []string) error { return a.runRound(o) },
	}
	addRegisterFlag(cmd, &o.dir)
	addAsOfFlag(cmd, &o.asOf)
	cmd.Flags().StringVar(&o.name, "name", "", "回の名前（必須。例 令和8年度春） / name of the round (required, e.g. 令和8年度春)")
	cmd.Flags().StringVar(&o.kind, "kind", "", "種別 contractor|service|social|all（必須） / kind of entry, or all (required)")
	cmd.Flags().StringVar(&o.section, "section", "", "所管課の ID（省略時はすべて） / section id (default: all sections)")
	cmd.Flags().StringVar(&o.deadline, "deadline", "", "回答期限 YYYY-MM-DD または和暦（令和8年5月31日）、送付日 --as-of（既定は今日）より後（既定: --as-of から questionnaire.reply_within_days 日、なければ30日後） / reply deadline, YYYY-MM-DD or a Japanese date, after the sending date --as-of (default today)")
	cmd.Flags().StringVar(&o.returnTo, "return-to", "", "返送先（既定: register.yaml の questionnaire.return_to） / where to return it")
	cmd.Flags().StringVarP(&o.out, "output", "o", "", "出力フォルダ（新しいか空のフォルダ。必須） / output folder, new or empty (required)")
	addDatesFlag(cmd.Flags(), &o.dates)
	return cmd
}

// roundEntry is one entry of a round and its workbook.
type roundEntry struct {
	e    riskassess.Entry
	file string // slash path relative to the output folder
}

func (a *app) runRound(o roundOptions) error {
	l := func(ja, en string) string { return l10n(a.lang, ja, en) }
	name := strings.TrimSpace(o.name)
	if name == "" {
		return badUsage("--name: 回の名前を指定してください（例 令和8年度春）", "--name: name the round (e.g. 2026-spring)")
	}
	if strings.ContainsFunc(name, unicode.IsControl) || utf8.RuneCountInString(name) > 64 {
		return badUsage("--name: 回の名前は64文字以内で、改行などの制御文字を含められません", "--name: the round name must be at most 64 characters without control characters")
	}
	var kinds []riskassess.Kind
	switch o.kind {
	case "all":
		kinds = riskassess.Kinds()
	case "":
		return badUsage("--kind: contractor, service, social, all のいずれかを指定してください", "--kind contractor|service|social|all is required")
	default:
		k, err := parseKind(o.kind)
		if err != nil {
			return err
		}
		kinds = []riskassess.Kind{k}
	}
	if o.out == "" {
		return badUsage("-o: 出力フォルダを指定してください", "-o DIR is required")
	}
	flagStyle, err := parseDates(o.dates)
	if err != nil {
		return err
	}
	asOf, err := parseAsOf(o.asOf)
	if err != nil {
		return err
	}
	// The round is recorded as sent on asOf (rounds[].sent_on) and its
	// reply falls due from it: a day after today, a slip of the year (2027
	// for 2026), put the reply deadline a year out, so the chase list kept
	// quiet, and a reply imported before that day did not mark the round
	// returned. import --as-of and review --date refuse it too.
	if today, _ := parseAsOf(""); asOf.After(today) {
		return badUsage(fmt.Sprintf("--as-of %s は今日（%s）より後です。確認票を送付した日（省略時は今日）を指定してください（回答期限は --deadline で指定します）", asOf, today),
			fmt.Sprintf("--as-of %s is after today (%s): give the day the questionnaires are sent (default today); set the reply deadline with --deadline", asOf, today))
	}
	out, err := filepath.Abs(o.out)
	if err != nil {
		return badUsage("-o: "+a.errText(err), "-o: "+a.errText(err))
	}
	notEmpty := badUsage(fmt.Sprintf("-o %s: フォルダが空ではありません。上書きしないよう、新しいフォルダか空のフォルダを指定してください", o.out),
		fmt.Sprintf("-o %s: the folder is not empty: name a new or empty folder, so that nothing is overwritten", o.out))
	// full: -o holds something; it may yet be this round's own output
	// that was never recorded (see unrecordedRound), checked once the
	// register is read under its lock.
	full := false
	if ents, err := os.ReadDir(out); err == nil && len(ents) > 0 {
		full = true
	} else if err != nil && !os.IsNotExist(err) {
		return badUsage(fmt.Sprintf("-o %s: %s", o.out, a.errText(err)), fmt.Sprintf("-o %s: %s", o.out, a.errText(err)))
	}
	// Hold the edit lock from reading the entries (rounds already
	// recorded) to the last record written.
	unlock, err := a.lockRegister(o.dir)
	if err != nil {
		return err
	}
	defer unlock()
	reg, reqs, err := a.loadRegister(o.dir)
	if err != nil {
		return err
	}
	if o.section != "" && reg.Org.Section(o.section) == nil {
		return badUsage(fmt.Sprintf("--section: register.yaml に課 %q はありません", o.section), fmt.Sprintf("--section: no section %q in register.yaml", o.section))
	}
	if kind, id, other, ok := sameRoundOtherwise(reg, name); ok {
		return badUsage(fmt.Sprintf("--name %s: %s %s に回「%s」が記録済みです（全角・半角・空白の違いだけ）。同じ回なら --name %q と指定してください（別の名前の回として送付すると、同じ確認票を二重に送付・督促します）", name, kind.Label("ja"), id, other, other),
			fmt.Sprintf("--name %s: %s %s already has the round %q (it differs only in full-width or half-width characters or spaces): for the same round give --name %q (under another name the same questionnaire is sent and chased twice)", name, kind, id, other, other))
	}
	redo := 0 // workbooks of an interrupted run of this round in -o, replaced
	if full {
		if redo = unrecordedRound(out, name, reg, reqs); redo == 0 {
			return notEmpty
		}
	}
	qs := reg.Org.Questionnaire
	returnTo := cmp.Or(strings.TrimSpace(o.returnTo), strings.TrimSpace(qs.ReturnTo))
	if returnTo == "" {
		return badUsage("--return-to: 確認票の返送先がありません。register.yaml の questionnaire.return_to に書くか、--return-to で指定してください",
			"--return-to: no return address: set questionnaire.return_to in register.yaml or pass --return-to")
	}
	deadline, err := parseDeadline(o.deadline, asOf, qs.ReplyWithinDays, "送付日", "the sending date")
	if err != nil {
		return err
	}
	style := dateStyle(flagStyle, reg)

	// Choose the entries; say why the others of the kinds are left out.
	var picked []roundEntry
	var notes []string
	folders := map[string]string{} // section id -> folder name
	usedFolder := map[string]bool{}
	for _, e := range reg.Entries() {
		b := e.Base()
		if !containsKind(kinds, e.Kind()) || (o.section != "" && b.Owner.Section != o.section) {
			continue
		}
		id := e.Kind().Label(a.lang) + " " + b.ID
		switch {
		case !riskassess.HasVendor(e):
			notes = append(notes, l(id+": 事業者がいないため除きました（SNSアカウントは所管課の自己点検で確認します）",
				id+": left out: no vendor to answer (a social account is checked by the section's self-check)"))
			continue
		case riskassess.RecordOn(e, asOf): // on the sending day, as questionnaire and due read it
			notes = append(notes, l(id+": 却下・廃止の記録のため除きました", id+": left out: a rejected or retired record"))
			continue
		}
		// A round recorded as 令和８年度秋 is this round too (a register
		// may hold both spellings): not sent twice.
		if r := sentInRound(b, name); r != nil {
			notes = append(notes, l(fmt.Sprintf("%s: この回（%s）は %s に送付済みのため除きました", id, r.Name, r.SentOn),
				fmt.Sprintf("%s: left out: already sent in this round on %s", id, r.SentOn)))
			continue
		}
		sec := b.Owner.Section
		folder, ok := folders[sec]
		if !ok {
			folder = safeFileName(report.SectionLabel(&reg.Org, sec, a.lang), sec)
			if usedFolder[strings.ToLower(folder)] {
				folder = safeFileName(folder+"_"+sec, sec)
			}
			folders[sec], usedFolder[strings.ToLower(folder)] = folder, true
		}
		picked = append(picked, roundEntry{e: e, file: folder + "/" + safeFileName(b.Name.In(a.lang), b.ID) + "_" + b.ID + ".xlsx"})
	}
	for _, n := range notes {
		fmt.Fprintln(a.stderr, n)
	}
	if len(picked) == 0 {
		return failure("対象のエントリがありません。何も作成・記録していません", "no entry to send: nothing made, nothing recorded")
	}

	// Make every workbook in a staging folder next to the output.
	if err := os.MkdirAll(filepath.Dir(out), 0o755); err != nil {
		return &exitError{code: 1, msg: fmt.Sprintf("-o %s: %s", o.out, a.errText(err))}
	}
	stage, err := os.MkdirTemp(filepath.Dir(out), "."+filepath.Base(out)+".tmp-")
	if err != nil {
		return &exitError{code: 1, msg: fmt.Sprintf("-o %s: %s", o.out, a.errText(err))}
	}
	defer os.RemoveAll(stage)
	var adds []store.RoundAdd
	for _, p := range picked {
		path := filepath.Join(stage, filepath.FromSlash(p.file))
		if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
			return &exitError{code: 1, msg: fmt.Sprintf("%s: %s", p.file, a.errText(err))}
		}
		q := &xlsx.Questionnaire{Kind: p.e.Kind(), Entry: p.e, Register: reg, Requirements: reqs, CatalogueVersion: catalog.Version,
			Lang: a.lang, Org: reg.Org.Name, AsOf: asOf, Purpose: qs.Purpose, Deadline: deadline, ReturnTo: returnTo,
			Round: name, Dates: style}
		if err := q.WriteFile(path); err != nil {
			return &exitError{code: 1, msg: fmt.Sprintf("%s: %s%s", p.file, a.errText(err), l("（何も記録していません）", " (nothing recorded)"))}
		}
		adds = append(adds, store.RoundAdd{Kind: p.e.Kind(), ID: p.e.Base().ID,
			Record: riskassess.RoundRecord{Name: name, SentOn: asOf, ReplyDue: deadline, File: p.file}})
	}
	if redo > 0 {
		// Checked under the register's lock, which no round into -o
		// can take meanwhile: the folder still holds only those
		// workbooks. Should this run be stopped too before it records,
		// the next run finds the same state.
		if err := os.RemoveAll(out); err != nil {
			return &exitError{code: 1, msg: fmt.Sprintf("-o %s: %s%s", o.out, a.errText(err), l("（何も記録していません）", " (nothing recorded)"))}
		}
		fmt.Fprintln(a.stderr, l(fmt.Sprintf("-o %s: 中断された以前の round の出力（回「%s」の確認票 %d 件。送付の記録がなく、どれも未記入）を作り直します", o.out, name, redo),
			fmt.Sprintf("-o %s: the output of an interrupted round (%d workbooks of round %q, never recorded as sent, none filled in) is made again", o.out, redo, name)))
	}
	if err := os.Remove(out); err != nil && !os.IsNotExist(err) {
		return &exitError{code: 1, msg: fmt.Sprintf("-o %s: %s", o.out, a.errText(err))}
	}
	if err := os.Rename(stage, out); err != nil {
		return &exitError{code: 1, msg: fmt.Sprintf("-o %s: %s", o.out, a.errText(err))}
	}
	if err := store.AddRounds(o.dir, adds); err != nil {
		os.RemoveAll(out)
		return &exitError{code: 1, msg: l("回の記録に失敗しました。何も記録せず、作成した確認票も削除しました: ", "recording the round failed; nothing was recorded and the workbooks were removed: ") + a.errText(err)}
	}
	fmt.Fprintln(a.stdout, l(fmt.Sprintf("回「%s」: %d 件の確認票を %s に作成し、送付を記録しました（送付日 %s、回答期限 %s）",
		name, len(picked), o.out, wareki.FormatStyle(asOf, style, a.lang), wareki.FormatStyle(deadline, style, a.lang)),
		fmt.Sprintf("round %q: wrote %d questionnaires into %s and recorded them (sent %s, reply due %s)", name, len(picked), o.out, asOf, deadline)))
	for _, p := range picked {
		fmt.Fprintf(a.stdout, "  %s\n", p.file)
	}
	return nil
}

// errNotRound stops unrecordedRound's walk at a file that is not an
// unrecorded workbook of the round.
var errNotRound = errors.New("not an unrecorded workbook of the round")

// unrecordedRound returns how many workbooks the folder out holds when it
// is the output of a run of round name that was stopped (killed, or the
// machine went down) after its folder was in place and before the round
// was recorded: every file in it is a questionnaire of that round (its
// _meta names the round, the same after roundFold) for an entry of reg
// that has no record of the round, and none was filled in (a blank cover
// and every answer as pre-filled: xlsx.Result.Typed). Such a folder
// holds nothing that was recorded or answered, and a run of the same
// round may make it again; refused as "not empty", the staff were left
// with workbooks that no record named (the chase list never chased them).
// 0 when anything else is in out: another round's workbooks, a recorded
// or filled-in one, any other file.
func unrecordedRound(out, name string, reg *riskassess.Register, reqs []riskassess.Requirement) int {
	n := 0
	err := filepath.WalkDir(out, func(path string, d os.DirEntry, err error) error {
		switch {
		case err != nil:
			return err
		case d.IsDir():
			return nil
		case !d.Type().IsRegular() || !strings.EqualFold(filepath.Ext(path), ".xlsx"):
			return errNotRound
		}
		res, err := xlsx.ReadFile(path, xlsx.ReadOptions{Requirements: reqs, Register: reg, CatalogueVersion: catalog.Version})
		if err != nil || res == nil || res.Meta == nil || res.Meta.Round == "" || roundFold(res.Meta.Round) != roundFold(name) {
			return errNotRound
		}
		e := reg.Entry(res.Kind, res.EntryID)
		if e == nil || sentInRound(e.Base(), res.Meta.Round) != nil || sentInRound(e.Base(), name) != nil {
			return errNotRound
		}
		r := res.Respondent
		if strings.TrimSpace(r.Person) != "" || strings.TrimSpace(r.Contact) != "" || !r.Date.IsZero() || res.Typed() != nil {
			return errNotRound
		}
		n++
		return nil
	})
	if err != nil {
		return 0
	}
	return n
}

func containsKind(ks []riskassess.Kind, k riskassess.Kind) bool {
	for _, x := range ks {
		if x == k {
			return true
		}
	}
	return false
}

// safeFileName makes s usable as a file or folder name on Windows, macOS
// and Linux: the characters Windows forbids (< > : " / \ | ? *) become
// their full-width forms, control characters and leading or trailing dots
// and spaces are dropped, runs of spaces become one, and the name is cut
// to 60 characters. A name left empty, or reserved on Windows (CON, PRN,
// AUX, NUL, COM1–9, LPT1–9, with any extension), gives fallback.
func safeFileName(s, fallback string) string {
	var b strings.Builder
	for _, r := range s {
		switch {
		case unicode.IsSpace(r):
			b.WriteRune(' ')
		case r < 0x20 || r == 0x7f || unicode.IsControl(r):
			continue
		case strings.ContainsRune(`<>:"/\|?*`, r):
			b.WriteRune(r + 0xFEE0) // ＜ ＞ ： ＂ ／ ＼ ｜ ？ ＊
		default:
			b.WriteRune(r)
		}
	}
	name := strings.Join(strings.Fields(b.String()), " ")
	if rs := []rune(name); len(rs) > 60 {
		name = string(rs[:60])
	}
	name = strings.Trim(name, ". ")
	base, _, _ := strings.Cut(strings.ToUpper(name), ".")
	switch base {
	case "", "CON", "PRN", "AUX", "NUL":
		return fallback
	}
	if len(base) == 4 && (strings.HasPrefix(base, "COM") || strings.HasPrefix(base, "LPT")) && base[3] >= '0' && base[3] <= '9' {
		return fallback
	}
	return name
}

// roundFold is a round name as compared for sameness: wareki.Fold
// (full-width digits and letters, the ideographic space) and without
// spaces, so 令和８年度春 and 令和8年度 春 fold to 令和8年度春.
func roundFold(s string) string { return strings.Join(strings.Fields(wareki.Fold(s)), "") }

// sentInRound returns the entry's round record named name or written
// otherwise (the same after roundFold), the exact name first; nil when
// the entry was not sent in that round.
func sentInRound(b *riskassess.Common, name string) *riskassess.RoundRecord {
	if r := b.Round(name); r != nil {
		return r
	}
	want := roundFold(name)
	for i := range b.Rounds {
		if roundFold(b.Rounds[i].Name) == want {
			return &b.Rounds[i]
		}
	}
	return nil
}

// sameRoundOtherwise returns the first entry (in register order) with a
// round whose name is name written otherwise: the same after roundFold
// but not the same text (令和８年度春 for 令和8年度春), when no entry
// records name itself. Such a round is the same round typed in another
// input mode; taken as another, its entries got the questionnaire twice
// and were chased twice. When some entry records name exactly, name is
// a recorded round and is not refused (a register may hold both
// spellings; either is then accepted, and the entries sent under the
// other are left out as already sent, see sentInRound).
func sameRoundOtherwise(reg *riskassess.Register, name string) (riskassess.Kind, string, string, bool) {
	want := roundFold(name)
	var kind riskassess.Kind
	var id, other string
	for _, e := range reg.Entries() {
		for _, r := range e.Base().Rounds {
			if r.Name == name {
				return "", "", "", false
			}
			if other == "" && roundFold(r.Name) == want {
				kind, id, other = e.Kind(), e.Base().ID, r.Name
			}
		}
	}
	return kind, id, other, other != ""
}
