package main

import (
	"encoding/json"
	"fmt"
	"io"
	"maps"
	"path/filepath"
	"runtime"
	"slices"
	"strings"
	"unicode/utf8"

	"github.com/gikai-sec/riskregister/internal/legalname"
	"github.com/gikai-sec/riskregister/riskassess"
	"github.com/gikai-sec/riskregister/riskassess/catalog"
	"github.com/gikai-sec/riskregister/riskassess/entryedit"
	"github.com/gikai-sec/riskregister/riskassess/store"
	"github.com/gikai-sec/riskregister/riskassess/xlsx"
	"github.com/schollz/progressbar/v3"
	"github.com/spf13/cobra"
	"golang.org/x/term"
)

type importOptions struct {
	dir, entry, kind, format, asOf string
	dryRun                         bool
}

// progressThreshold is the number of files above which a progress bar is
// shown (on a terminal only).
const progressThreshold = 5

func newImportCmd(a *app) *cobra.Command {
	var o importOptions
	cmd := &cobra.Command{
		Use:   "import [--entry ID] [--dry-run] [--format text|json] FILE.xlsx|DIR...",
		Short: "記入済みの Excel 確認票を取り込み / import filled Excel questionnaires",
		Long: `import は記入済みの確認票を読み、質問ごとの結果（取込・変更・変更なし・警告・エラー）を表示し、
--dry-run でなければ、エントリの assessments: に日付付きの記録を追加し answers: を更新します。記録の日付は --as-of
（回答を受け取った日。省略時は今日。今日より後の日付は受け付けません）です。
エラーのあるファイルは記録しません（終了コード 1）。結果を書き出せないとき（ディスクに空きがないなど）も終了コード 1 で、
台帳に書き込んだ記録（回答・回の記録）があればそう表示します。対象のエントリは確認票の管理情報から決まります。
riskregister 以外で作られたブック（CAIQ など）は --entry（と必要なら --kind）で指定してください。

フォルダを指定すると、その中（下のフォルダも）の .xlsx をすべて名前順に取り込みます（隠しファイルと Excel の
一時ファイル ~$*.xlsx は除きます。.xlsm・.xls・.ods など別の形式で保存されたものも含め、読めなければ理由を表示します）。最後に、取込・変更なし・取り込めなかったファイル（理由つき）の集計を表示します。
取り込めないファイルがあっても、問題のないファイルは取り込み、終了コードは 1 になります。riskregister round で
作った確認票を取り込むと、その回の返送日（表紙の回答日、なければ取込日）と取込日をエントリの rounds: に記録します。

import reads filled questionnaires, prints every question's status (imported, changed, unchanged, warning,
error) and, unless --dry-run, records a dated assessment in the entry's assessments: and sets its answers:.
The record is dated --as-of (the day the answers were received; default today; a day after today is refused).
Files with errors are not recorded (exit status 1). A report that cannot be written (a full disk) is exit
status 1 too, saying what was written to the register (answers, round records). The entry comes from the workbook's hidden metadata;
for workbooks made elsewhere (e.g. CAIQ) name it with --entry (and --kind if the id is ambiguous).

A folder argument imports every .xlsx in it and its sub-folders, in name order (hidden files and Excel's
~$*.xlsx lock files are skipped; files saved as .xlsm, .xls, .ods … are taken too and refused with the reason
when they cannot be read). A summary ends the output: files imported, unchanged and refused (with the
reason). Files that are fine are imported even when others are refused; the exit status is then 1. Importing
a workbook made by riskregister round records the round's returned date (the reply date on the cover, else
the import date) and import date in the entry's rounds:.
See docs/questionnaires.md.`,
		Example: `  riskregister import --dry-run acme-2026.xlsx
  riskregister import rounds/r8-spring
  riskregister import --as-of 2026-04-15 returned/*.xlsx
  riskregister import --format json acme-2026.xlsx`,
		Args: cobra.MinimumNArgs(1),
		RunE: func(_ *cobra.Command, args []string) error { return a.runImport(o, args) },
	}
	addRegisterFlag(cmd, &o.dir)
	addAsOfFlag(cmd, &o.asOf)
	cmd.Flags().StringVar(&o.entry, "entry", "", "対象エントリの ID（管理情報がないブック用） / entry id (for workbooks without metadata)")
	cmd.Flags().StringVar(&o.kind, "kind", "", "対象エントリの種別 / kind of that entry")
	cmd.Flags().BoolVar(&o.dryRun, "dry-run", false, "確認のみで記録しない / report only, record nothing")
	cmd.Flags().StringVar(&o.format, "format", "text", "出力形式 text|json / output format")
	return cmd
}

// importFile is the JSON report of one file.
type importFile struct {
	File             string                `json:"file"`
	SHA256           string                `json:"sha256,omitempty"`
	Kind             riskassess.Kind       `json:"kind,omitempty"`
	Entry            string                `json:"entry,omitempty"`
	CatalogueVersion string                `json:"catalogue_version,omitempty"`
	Respondent       riskassess.Respondent `json:"respondent"`
	// By is "council" for a self-check (自己点検) workbook.
	By       riskassess.Attester `json:"by,omitempty"`
	Recorded bool                `json:"recorded"`
	// Skipped is true when the same file (same SHA-256) is already
	// recorded for the entry: it is not recorded again.
	Skipped bool `json:"skipped,omitempty"`
	// Note explains Skipped, in the --lang language.
	Note string `json:"note,omitempty"`
	// Round is the questionnaire round of the workbook (riskregister
	// round); RoundNote says what the import did to the entry's round
	// record, in the --lang language.
	Round     string          `json:"round,omitempty"`
	RoundNote string          `json:"round_note,omitempty"`
	Error     string          `json:"error,omitempty"`
	Problems  []importProblem `json:"problems"`
	Questions []xlsx.Item     `json:"questions"`
	// Counts is the number of questions per status.
	Counts map[xlsx.Status]int `json:"counts"`
	// Changes are the stored answers the file changes (or, with --dry-run,
	// would change), by question id.
	Changes []importChange `json:"changes"`
	// Questionnaire is the foreign questionnaire read ("CAIQ v4.0.3"),
	// with Foreign its counts, Evidence the answers shown for a person to
	// judge and Gap our questions it did not answer.
	Questionnaire string                       `json:"questionnaire,omitempty"`
	Foreign       *foreignCounts               `json:"foreign,omitempty"`
	Evidence      []riskassess.ForeignEvidence `json:"evidence,omitempty"`
	Gap           []string                     `json:"gap,omitempty"`
	// Scope is set for a self-check of several entries ("section:ID",
	// "council"); Entries then holds the report of each entry.
	Scope   string       `json:"scope,omitempty"`
	Entries []importFile `json:"entries,omitempty"`
	// roundFailed: the file was recorded (or found already recorded) but
	// its round record could not be updated; Error and RoundNote say why.
	roundFailed bool
}

// foreignCounts summarises a foreign questionnaire read by import.
type foreignCounts struct {
	Rows     int    `json:"rows"`
	Answered int    `json:"answered"`
	Yes      int    `json:"yes"`
	No       int    `json:"no"`
	NA       int    `json:"na"`
	Mapped   int    `json:"mapped"`
	Mapping  string `json:"mapping"`
}

// importChange is one stored answer changed by an import: the question,
// the answer before and the date it was given (when known), and the
// answer after with the date of this import.
type importChange struct {
	Question   string          `json:"question"`
	Old        string          `json:"old"`
	OldOn      riskassess.Date `json:"old_on,omitzero"`
	New        string          `json:"new"`
	NewOn      riskassess.Date `json:"new_on"`
	OldComment *string         `json:"old_comment,omitempty"`
	NewComment *string         `json:"new_comment,omitempty"`
}

type importProblem struct {
	Pos      string        `json:"pos,omitempty"`
	Code     string        `json:"code"`
	Severity xlsx.Severity `json:"severity"`
	Question string        `json:"question,omitempty"`
	Message  string        `json:"message"`
}

func (a *app) runImport(o importOptions, files []string) error {
	if o.format != "text" && o.format != "json" {
		return badUsage(fmt.Sprintf("--format: 不明な形式 %q です（text, json のいずれか）", o.format), fmt.Sprintf("--format: unknown format %q: want text or json", o.format))
	}
	kind, err := parseKind(o.kind)
	if err != nil {
		return err
	}
	asOf, err := parseAsOf(o.asOf)
	if err != nil {
		return err
	}
	// The import is recorded on asOf (assessments[].on, rounds[].imported_on),
	// and answers count from that day on: a day after today, a slip of the
	// year (2027 for 2026), would leave the answers not yet given, and the
	// round unanswered, until then. review --date and lists --date refuse it
	// too.
	if today, _ := parseAsOf(""); asOf.After(today) {
		return badUsage(fmt.Sprintf("--as-of %s は今日（%s）より後です。回答を受け取った日（省略時は今日）を指定してください", asOf, today),
			fmt.Sprintf("--as-of %s is after today (%s): give the day the answers were received (default today)", asOf, today))
	}
	files, err = a.expandImportArgs(files)
	if err != nil {
		return err
	}
	if !o.dryRun {
		// Hold the register's edit lock from reading the entries (answers
		// compared, files already recorded) to the last write, so that
		// imports running at once cannot lose each other's records.
		unlock, err := a.lockRegister(o.dir)
		if err != nil {
			return err
		}
		defer unlock()
	}
	reg, reqs, err := a.loadRegister(o.dir)
	if err != nil {
		return err
	}
	if o.entry != "" {
		var matches []riskassess.Kind
		for _, e := range reg.Entries() {
			if e.Base().ID == o.entry && (kind == "" || e.Kind() == kind) {
				matches = append(matches, e.Kind())
			}
		}
		switch len(matches) {
		case 0:
			return badUsage(fmt.Sprintf("--entry: 台帳に ID %q のエントリはありません", o.entry), fmt.Sprintf("--entry: no entry with id %q in the register", o.entry))
		case 1:
			kind = matches[0]
		default:
			return badUsage(fmt.Sprintf("--entry: ID %q は複数の種別にあります。--kind で指定してください", o.entry), fmt.Sprintf("--entry: id %q exists in several kinds: add --kind", o.entry))
		}
	}
	mappings, err := a.loadMappings(o.dir, reqs)
	if err != nil {
		return err
	}
	opts := xlsx.ReadOptions{Requirements: reqs, Register: reg, Kind: kind, EntryID: o.entry, AsOf: asOf,
		CatalogueVersion: catalog.Version, Lang: a.lang, Mappings: mappings}

	var progress func(int)
	if bar := a.progressBar(len(files)); bar != nil {
		progress = func(int) { bar.Add(1) }
		defer bar.Finish()
	}
	workers := min(runtime.GOMAXPROCS(0), 4)
	results := xlsx.ReadFiles(files, workers, opts, progress)
	// Two files of the run answering an entry differently on the same day
	// (a reply and its copy): neither is recorded (sameDayTwins).
	twins := sameDayTwins(results, reg, asOf, a.lang)

	var reports []importFile
	failed, recorded := 0, 0
	// roundFailed counts the files recorded whose round record could not
	// be updated: the run fails, but they were recorded.
	roundFailed := 0
	// roundMarked counts the round records written (returned and imported
	// dates), of files recorded or skipped as already recorded.
	roundMarked := 0
	// seen holds the files recorded by this run, by kind/entry/sha256.
	seen := map[string]string{}
	// touched holds the entries (kind/entry) this run recorded a file for
	// (or, with --dry-run, would have): a later file of the same entry was
	// read against the answers the run began with, so it is read again
	// against the answers as they are now (see recordInMemory).
	touched := map[string]bool{}
	for _, fr := range results {
		if fr.Err == nil && touchesAny(fr.Result, touched) {
			fr.Result, fr.Err = xlsx.ReadFile(fr.Path, opts)
		}
		rep := importFile{File: fr.Path, Problems: []importProblem{}, Questions: []xlsx.Item{}, Counts: map[xlsx.Status]int{}, Changes: []importChange{}}
		wouldRecord := false // with --dry-run: the file would have been recorded
		res := fr.Result
		if fr.Err == nil && res.Meta != nil && res.Meta.Scope != "" {
			rep, n, ok := a.importBook(o, fr.Path, res, reg, asOf, seen, touched, twins[fr.Path])
			recorded += n
			if !ok {
				failed++
			}
			reports = append(reports, rep)
			continue
		}
		switch {
		case fr.Err != nil:
			rep.Error = a.errText(fr.Err)
			failed++
		default:
			rep.SHA256, rep.Kind, rep.Entry, rep.CatalogueVersion = res.SHA256, res.Kind, res.EntryID, res.CatalogueVersion
			rep.Respondent, rep.Questions, rep.By = res.Respondent, res.Items, res.By
			for _, p := range res.Problems {
				rep.Problems = append(rep.Problems, importProblem{Pos: p.Pos(), Code: p.Code.String(), Severity: p.Severity(),
					Question: p.QuestionID, Message: p.Message(a.lang)})
			}
			for _, it := range res.Items {
				rep.Counts[it.Status]++
			}
			if w := res.Questionnaire; w != nil {
				n, yes, no, na := w.Answered()
				rep.Questionnaire, rep.Evidence, rep.Gap = w.Label(), res.Evidence, res.Gap
				rep.Foreign = &foreignCounts{Rows: res.Rows, Answered: n, Yes: yes, No: no, NA: na, Mapped: len(res.Answers), Mapping: res.Mapping}
			}
			switch {
			case res.HasErrors():
				failed++
			case res.Kind == "" || res.EntryID == "":
				rep.Error = l10n(a.lang, "対象のエントリが分かりません。--entry で指定してください", "the workbook names no entry: pass --entry")
				failed++
			case reg.Entry(res.Kind, res.EntryID) == nil:
				rep.Error = l10n(a.lang, fmt.Sprintf("台帳に%s「%s」がありません", res.Kind.Label("ja"), res.EntryID),
					fmt.Sprintf("no %s %q in the register", res.Kind, res.EntryID))
				failed++
			case overlongText(res, a.lang) != "":
				rep.Error = overlongText(res, a.lang)
				failed++
			case respondentMismatch(reg, reg.Entry(res.Kind, res.EntryID), res.Respondent, res.CorporateNumberAt, res.CompanyAt, a.lang) != "":
				// A workbook answered by another company, or whose _meta
				// names another entry (copied or forged: its checksum is
				// not a signature), must not land in this entry.
				rep.Error = respondentMismatch(reg, reg.Entry(res.Kind, res.EntryID), res.Respondent, res.CorporateNumberAt, res.CompanyAt, a.lang)
				failed++
			case alreadyRecorded(reg.Entry(res.Kind, res.EntryID), res.SHA256, seen) != "":
				// Importing the same file twice would add a second,
				// identical record to the entry's history.
				on := alreadyRecorded(reg.Entry(res.Kind, res.EntryID), res.SHA256, seen)
				rep.Skipped = true
				rep.Note = l10n(a.lang, fmt.Sprintf("同じファイル（SHA-256 が同じ）は記録済みです（%s）。重複して記録しないため取り込みませんでした", on),
					fmt.Sprintf("the same file (same SHA-256) is already recorded (%s): skipped, not recorded twice", on))
			case res.SameAsLatest(reg.Entry(res.Kind, res.EntryID).Base()):
				// A re-saved copy (other bytes, same content) of what
				// was recorded last: nothing new to record.
				last, _ := reg.Entry(res.Kind, res.EntryID).Base().LatestAssessment()
				rep.Skipped = true
				rep.Note = l10n(a.lang, fmt.Sprintf("回答は前回の記録（%s %s）と同じです（変更なし）。記録しませんでした", last.On, last.Source),
					fmt.Sprintf("the answers are the same as the last record (%s %s): nothing changed, not recorded", last.On, last.Source))
			case twins[fr.Path] != "":
				// Recording both would leave the answers of the file
				// named last, whichever is the newer reply.
				rep.Error = twins[fr.Path]
				failed++
			case staleRound(reg.Entry(res.Kind, res.EntryID), res.Round, a.lang) != "":
				// A late reply to an earlier round would put older answers
				// over those of a later round, dated as the newest.
				rep.Error = staleRound(reg.Entry(res.Kind, res.EntryID), res.Round, a.lang)
				failed++
			case answeredBeforeSent(reg.Entry(res.Kind, res.EntryID), res, a.lang) != "":
				// A reply dated before its round was sent is a slip of
				// the date: the answers would be dated by it.
				rep.Error = answeredBeforeSent(reg.Entry(res.Kind, res.EntryID), res, a.lang)
				failed++
			case staleSelfCheck(reg.Entry(res.Kind, res.EntryID), res, asOf, a.lang) != "":
				// Last year's self-check imported after this year's would
				// put the older answers over the newer ones.
				rep.Error = staleSelfCheck(reg.Entry(res.Kind, res.EntryID), res, asOf, a.lang)
				failed++
			default:
				rec, merge := res.Record(asOf, filepath.Base(fr.Path))
				rep.Changes = changesOf(res, merge, asOf)
				if o.dryRun {
					recordInMemory(reg.Entry(res.Kind, res.EntryID), rec, merge.Set, touched)
					wouldRecord = true
					break
				}
				app := store.Append{Kind: res.Kind, ID: res.EntryID, Record: rec, Set: merge.Set, Current: readAnswers(res)}
				if err := store.AppendAssessments(o.dir, []store.Append{app}); err != nil {
					rep.Error = a.errText(err)
					failed++
				} else {
					rep.Recorded = true
					recorded++
					seen[string(res.Kind)+"/"+res.EntryID+"/"+res.SHA256] = filepath.Base(fr.Path)
					recordInMemory(reg.Entry(res.Kind, res.EntryID), rec, merge.Set, touched)
				}
			}
		}
		if fr.Err == nil && res != nil && res.Round != "" {
			rep.Round = res.Round
			switch {
			case (rep.Recorded || rep.Skipped) && !o.dryRun:
				rep.RoundNote = a.markRound(o.dir, reg, res, asOf, &roundFailed, &roundMarked, &rep)
			case o.dryRun && (rep.Skipped || wouldRecord):
				// As markRound would in the loaded register, so that a
				// later file of an older round is refused (staleRound)
				// as the run without --dry-run refuses it.
				if e := reg.Entry(res.Kind, res.EntryID); e != nil {
					if r := e.Base().Round(res.Round); r != nil && r.Open() && !asOf.Before(r.SentOn) {
						r.ImportedOn = asOf
					}
				}
			}
		}
		reports = append(reports, rep)
	}

	var werr error // the first error writing the report
	if o.format == "json" {
		enc := json.NewEncoder(a.data)
		enc.SetIndent("", "  ")
		enc.SetEscapeHTML(false)
		werr = enc.Encode(reports)
	} else {
		w := &stickyWriter{w: a.stdout}
		for _, rep := range reports {
			if rep.Scope != "" {
				a.writeBookText(w, rep, o.dryRun)
				continue
			}
			a.writeImportText(w, rep, o.dryRun)
		}
		if len(files) > 1 {
			a.writeImportTotals(w, reports, o.dryRun)
		}
		werr = w.err
	}
	if failed > 0 || roundFailed > 0 {
		a.writeImportSummary(len(files), recorded, failed, roundFailed)
	}
	if werr != nil {
		// The report is lost, not the import: say what was recorded, so
		// that nobody imports again to see it or takes the run for a
		// refusal.
		msg := "import: " + a.failText("結果を書き出せませんでした", "cannot write the result", werr)
		// A round record is written for a file skipped as already
		// recorded too: the register changed though no answers did.
		switch {
		case o.dryRun:
		case recorded > 0:
			msg += l10n(a.lang, fmt.Sprintf("（回答の記録 %d 件は台帳に書き込み済みです。git diff で確かめてください）", recorded),
				fmt.Sprintf(" (records of answers already written to the register: %d; see git diff)", recorded))
		case roundMarked > 0:
			msg += l10n(a.lang, fmt.Sprintf("（回の記録 %d 件は台帳に書き込み済みです。git diff で確かめてください）", roundMarked),
				fmt.Sprintf(" (round records already written to the register: %d; see git diff)", roundMarked))
		}
		return &exitError{code: 1, msg: msg}
	}
	if failed > 0 || roundFailed > 0 {
		return &exitError{code: 1}
	}
	return nil
}

// progressBar returns a progress bar on stderr when more than a few files
// are imported and stderr is a terminal; otherwise nil.
func (a *app) progressBar(n int) *progressbar.ProgressBar {
	if n <= progressThreshold {
		return nil
	}
	f := a.errFile
	if f == nil || !term.IsTerminal(int(f.Fd())) {
		return nil
	}
	desc := "取り込み中 / importing"
	return progressbar.NewOptions(n, progressbar.OptionSetWriter(f), progressbar.OptionSetDescription(desc),
		progressbar.OptionShowCount(), progressbar.OptionClearOnFinish())
}

var statusLabel = map[xlsx.Status][2]string{
	xlsx.StatusImported:  {"取込", "imported"},
	xlsx.StatusChanged:   {"変更", "changed"},
	xlsx.StatusUnchanged: {"変更なし", "unchanged"},
	xlsx.StatusWarning:   {"警告", "warning"},
	xlsx.StatusError:     {"エラー", "error"},
}

func (a *app) writeImportText(w io.Writer, rep importFile, dryRun bool) {
	fmt.Fprintf(w, "%s", rep.File)
	if rep.Kind != "" {
		fmt.Fprintf(w, ": %s %s", rep.Kind.Label(a.lang), rep.Entry)
	}
	if rep.CatalogueVersion != "" {
		fmt.Fprintf(w, " (%s %s)", l10n(a.lang, "カタログ", "catalogue"), rep.CatalogueVersion)
	}
	if rep.By == riskassess.AttestCouncil {
		fmt.Fprintf(w, " %s", l10n(a.lang, "【自己点検】", "[self-check]"))
	}
	fmt.Fprintln(w)
	if len(rep.Questions) > 0 {
		var parts []string
		for _, s := range []xlsx.Status{xlsx.StatusImported, xlsx.StatusChanged, xlsx.StatusUnchanged, xlsx.StatusWarning, xlsx.StatusError} {
			parts = append(parts, fmt.Sprintf("%s %d", label(statusLabel[s], a.lang), rep.Counts[s]))
		}
		fmt.Fprintf(w, "  %s %d: %s\n", l10n(a.lang, "質問", "questions"), len(rep.Questions), strings.Join(parts, ", "))
	}
	idw, cellw := 0, 0
	for _, it := range rep.Questions {
		idw, cellw = max(idw, textWidth.StringWidth(it.ID)), max(cellw, textWidth.StringWidth(it.Cell))
	}
	types := map[string]riskassess.AnswerType{}
	for _, it := range rep.Questions {
		types[it.ID] = it.Type
	}
	// ans is how an answer value reads in --lang (はい, not "yes"); the
	// stored value is unchanged.
	ans := func(id, v string) string { return xlsx.AnswerLabel(types[id], v, a.lang) }
	for _, it := range rep.Questions {
		detail := ans(it.ID, it.Answer)
		if rep.Questionnaire != "" && it.Raw != "" && it.ErrorCode == 0 {
			detail += " ← " + it.Raw // the foreign answer it rests on
		}
		switch {
		case it.Status == xlsx.StatusChanged:
			detail += fmt.Sprintf(" (%s %s)", l10n(a.lang, "前回", "was"), ans(it.ID, it.Previous))
		case it.Status == xlsx.StatusError:
			detail = it.Message
		case it.Uncalculated:
			// A formula without its value: say why the cell reads blank.
			detail = it.Message
		case it.ErrorCode == xlsx.ErrCommentOnly:
			detail = it.ErrorCode.Label(a.lang) + " " + l10n(a.lang, "（コメントは記録します）", "(the comment is recorded)")
			if it.Previous != "" {
				detail += " " + a.keptText(it)
			}
		case it.ErrorCode == xlsx.ErrOtherVersion:
			// The question changed since the workbook was made.
			detail = it.ErrorCode.Label(a.lang) + " " + l10n(a.lang, "（質問が変わったため回答を取り込みません）", "(the question has changed: the answer is not imported)")
			if rep.CatalogueVersion == catalog.Version {
				// The same version: only the question's text changed
				// (the council's own question), no version differs.
				detail = l10n(a.lang, "質問文が変わったため回答を取り込みません", "the question text has changed: the answer is not imported")
			}
			if it.Previous != "" {
				detail += " " + a.keptText(it)
			}
		case it.ErrorCode != 0:
			detail = it.ErrorCode.Label(a.lang)
			if it.Previous != "" {
				detail += " " + a.keptText(it)
			}
		}
		line := fmt.Sprintf("  %s %s %s %s", textWidth.FillRight(it.ID, idw), textWidth.FillRight(it.Cell, cellw),
			textWidth.FillRight(label(statusLabel[it.Status], a.lang), 9), detail)
		fmt.Fprintln(w, strings.TrimRight(line, " "))
	}
	a.writeForeignText(w, rep)
	if len(rep.Changes) > 0 {
		fmt.Fprintf(w, "  %s:\n", l10n(a.lang, "前回からの変更", "changed since the previous assessment"))
		for _, c := range rep.Changes {
			old := ans(c.Question, c.Old)
			if !c.OldOn.IsZero() {
				old += " (" + c.OldOn.String() + ")"
			}
			line := fmt.Sprintf("    %s: %s → %s (%s)", c.Question, old, ans(c.Question, c.New), c.NewOn)
			if c.NewComment != nil {
				line += " " + l10n(a.lang, "コメントも変更", "comment changed too")
				if c.Old == c.New {
					line = fmt.Sprintf("    %s: %s (%s)", c.Question, l10n(a.lang, "コメントを変更", "comment changed"), c.NewOn)
				}
			}
			fmt.Fprintln(w, line)
		}
	}
	for _, p := range rep.Problems {
		if p.Question != "" {
			continue // listed with its question
		}
		fmt.Fprintf(w, "  %s: %s\n", label(statusLabel[xlsx.Status(p.Severity)], a.lang), p.Message)
	}
	switch {
	case rep.Error != "" && !rep.roundFailed:
		fmt.Fprintf(w, "  %s: %s\n", l10n(a.lang, "エラー", "error"), rep.Error)
		fmt.Fprintf(w, "  → %s\n", l10n(a.lang, "記録しませんでした", "not recorded"))
	case rep.Counts[xlsx.StatusError] > 0 || hasErrorProblem(rep):
		fmt.Fprintf(w, "  → %s\n", l10n(a.lang, "エラーがあるため記録しませんでした。直して取り込み直してください",
			"not recorded: the file has errors; fix them and import again"))
	case rep.Skipped:
		fmt.Fprintf(w, "  → %s\n", rep.Note)
	case rep.Recorded:
		fmt.Fprintf(w, "  → %s %s/%s.yaml\n", l10n(a.lang, "記録しました:", "recorded in"), rep.Kind.Dir(), rep.Entry)
	case dryRun:
		fmt.Fprintf(w, "  → %s\n", l10n(a.lang, "--dry-run のため記録していません", "not recorded (--dry-run)"))
	}
	if rep.RoundNote != "" {
		fmt.Fprintf(w, "  → %s\n", rep.RoundNote)
	}
}

// maxCellText is the most characters an Excel cell holds (32,767). A
// longer answer, comment or respondent field cannot have been typed in
// Excel: the file was made to flood the register (a 3 MiB comment is
// stored in answers:).
const maxCellText = 32767

// overlongText returns why res cannot be recorded because one of its texts
// is longer than maxCellText characters, naming the first such cell, or "".
func overlongText(res *xlsx.Result, lang riskassess.Lang) string {
	type text struct{ where, s string }
	var texts []text
	for _, id := range slices.Sorted(maps.Keys(res.Answers)) {
		ans := res.Answers[id]
		where := ans.Cell
		if where == "" {
			where = id
		}
		texts = append(texts, text{where, ans.Value}, text{where + l10n(lang, " のコメント", " comment"), ans.Comment})
	}
	r := res.Respondent
	for _, f := range []string{r.Company, r.CorporateNumber, r.Person, r.Contact} {
		texts = append(texts, text{l10n(lang, "表紙の回答者欄", "the respondent on the cover"), f})
	}
	for _, t := range texts {
		if n := utf8.RuneCountInString(t.s); n > maxCellText {
			return l10n(lang,
				fmt.Sprintf("%s: %d 文字あり、Excel のセルに入る %d 文字を超えています（Excel で記入したものではありません）。短くして送り直してもらってください",
					t.where, n, maxCellText),
				fmt.Sprintf("%s: %d characters, more than the %d an Excel cell holds (not typed in Excel); ask for it shortened",
					t.where, n, maxCellText))
		}
	}
	return ""
}

// respondentMismatch returns why the workbook's respondent cannot have
// answered for entry e, or "": the 法人番号 on the cover must be the one
// the register holds for the entry (a contractor's, or a service
// provider's; riskassess.Register.ExpectedRespondent). When the register
// holds none there is nothing to compare. Digits are compared, so spaces and hyphens
// the vendor typed do not matter. A cover whose 法人番号 holds no digit
// but other text (the company name typed over it) is refused when the
// register holds a number: it was taken for blank, and the workbook
// recorded in whichever entry its metadata named. So is a cover whose
// 法人番号 is blank when its company name is not the one the register
// holds (legalname.Same: ㈱ for 株式会社, widths and spaces aside): another
// company's name typed over ours with the number cleared. at is where the
// cover's number was read (表紙!B16), for the message; "" when the
// workbook has no 法人番号 field (a self-check, a foreign questionnaire),
// which is then not asked for one. A cover whose 法人番号 is the register's
// but whose 会社名 names another company (sameCompany) is refused too,
// naming the 会社名 cell (companyAt): a vendor sent another vendor's
// questionnaire by mistake typed its own name over the pre-filled one
// and kept the number, and its answers were recorded as that vendor's.
// A cover with no 法人番号 field (at "") but a company name read from it
// (companyAt: a workbook of ours without its _meta, its 法人番号 row
// deleted) is checked by the name as a blank number is.
func respondentMismatch(reg *riskassess.Register, e riskassess.Entry, got riskassess.Respondent, at, companyAt string, lang riskassess.Lang) string {
	want := reg.ExpectedRespondent(e)
	digits := func(s string) string {
		return strings.Map(func(r rune) rune {
			if r >= '0' && r <= '9' {
				return r
			}
			if r >= '０' && r <= '９' {
				return '0' + (r - '０')
			}
			return -1
		}, s)
	}
	w, g := digits(want.CorporateNumber), digits(got.CorporateNumber)
	id := e.Kind().Label(lang) + " " + e.Base().ID
	if w != "" && g == "" && strings.TrimSpace(got.CorporateNumber) != "" {
		// Something other than a number typed over the 法人番号 (the
		// company name): the cover can no longer tell who answered.
		at = cellLead(at)
		return l10n(lang,
			fmt.Sprintf("%s表紙の法人番号の欄に番号がなく「%s」と書かれているため、%s の法人番号 %s（%s）の事業者が回答したことを確かめられません。回答した事業者に法人番号（13 桁）を記入してもらい、取り込み直してください（何も記録していません）",
				at, got.CorporateNumber, id, want.CorporateNumber, want.Company),
			fmt.Sprintf("%sthe corporate number on the cover holds no number but %q, so whether %s (%s, %s) answered cannot be checked: have the company that answered write its corporate number (13 digits) there and import again (nothing recorded)",
				at, got.CorporateNumber, id, want.CorporateNumber, want.Company))
	}
	if w != "" && at != "" && strings.TrimSpace(got.CorporateNumber) == "" && (want.Company == "" || !legalname.Same(got.Company, want.Company)) {
		// The number cleared and the company name not the one the
		// register holds (another company's name typed over it, or
		// none): nothing on the cover says who answered.
		at = cellLead(at)
		return l10n(lang,
			fmt.Sprintf("%s表紙の法人番号が空欄で、会社名「%s」も %s の「%s」（法人番号 %s）と一致しないため、回答した事業者を確かめられません。別の事業者の確認票か、対象のエントリが違う可能性があります。回答した事業者に法人番号（13 桁）を記入してもらい、取り込み直してください（何も記録していません）",
				at, got.Company, id, want.Company, want.CorporateNumber),
			fmt.Sprintf("%sthe corporate number on the cover is blank and the company name %q is not %q of %s (corporate number %s), so who answered cannot be checked: the workbook may be another company's, or name the wrong entry; have the company that answered write its corporate number (13 digits) there and import again (nothing recorded)",
				at, got.Company, want.Company, id, want.CorporateNumber))
	}
	if w != "" && at == "" && companyAt != "" && (want.Company == "" || !legalname.Same(got.Company, want.Company)) {
		// A cover with a company name but no 法人番号 field (our
		// questionnaire copied without its _meta, so not asked for the
		// label by checkVendorCoverLabels, its 法人番号 row deleted):
		// the name alone says who answered, as with a blank number.
		companyAt = cellLead(companyAt)
		return l10n(lang,
			fmt.Sprintf("%s表紙に法人番号の欄がなく、会社名「%s」も %s の「%s」（法人番号 %s）と一致しないため、回答した事業者を確かめられません。別の事業者の確認票か、対象のエントリが違う可能性があります。送付した確認票のとおり（表紙の行を削除せず）に法人番号を記入してもらい、取り込み直してください（何も記録していません）",
				companyAt, got.Company, id, want.Company, want.CorporateNumber),
			fmt.Sprintf("%sthe cover has no corporate number field and the company name %q is not %q of %s (corporate number %s), so who answered cannot be checked: the workbook may be another company's, or name the wrong entry; have the company that answered fill in its corporate number on the questionnaire as sent (no cover row deleted) and import again (nothing recorded)",
				companyAt, got.Company, want.Company, id, want.CorporateNumber))
	}
	if w != "" && w == g && strings.TrimSpace(got.Company) != "" && want.Company != "" && !sameCompany(got.Company, want.Company) {
		// The number ours, the company name another's: which of the
		// two says who answered is not known.
		companyAt = cellLead(companyAt)
		return l10n(lang,
			fmt.Sprintf("%s表紙の会社名「%s」は、%s の「%s」と違います（法人番号 %s は一致）。他社あての確認票に別の事業者が回答した可能性があります。回答した事業者を確かめ、会社名を正しく記入してもらうか、商号が変わったなら台帳の商号（legal_name、provider.name）を直してから取り込み直してください（何も記録していません）",
				companyAt, got.Company, id, want.Company, want.CorporateNumber),
			fmt.Sprintf("%sthe company name %q on the cover is not %q of %s (the corporate number %s matches): another company may have answered a questionnaire sent to this one; check who answered and have the company name corrected, or, if the company changed its name, correct the register's name (legal_name, provider.name) and import again (nothing recorded)",
				companyAt, got.Company, want.Company, id, want.CorporateNumber))
	}
	if w == "" || g == "" || w == g {
		return ""
	}
	return l10n(lang,
		fmt.Sprintf("表紙の法人番号 %s は、%s の法人番号 %s（%s）と違います。別の事業者の確認票か、対象のエントリが違う（管理情報が書き換えられた）可能性があります。確認票の送り先を確かめてください",
			got.CorporateNumber, id, want.CorporateNumber, want.Company),
		fmt.Sprintf("the corporate number %s on the cover is not that of %s (%s, %s): the workbook was answered by another company, or names the wrong entry (its metadata was changed); check whom it was sent to",
			got.CorporateNumber, id, want.CorporateNumber, want.Company))
}

// cellLead returns the cell a report line names first, followed by ": ",
// or "" for none.
func cellLead(at string) string {
	if at == "" {
		return ""
	}
	return at + ": "
}

// sameCompany reports whether the company name on a cover (got) can name
// the company whose legal name the register holds (want): the same legal
// name (legalname.Same: ㈱ for 株式会社, widths, spaces), or one name
// proper holding the other (legalname.NameKey: 調布警備保障株式会社 営業部,
// (株)調布警備, 株式会社調布警備保障 for 調布警備保障株式会社). A name sharing
// nothing with it (ベータ保守株式会社 for アクメ情報システム株式会社, or one
// in English for a Japanese one) is another company's.
func sameCompany(got, want string) bool {
	if legalname.Same(got, want) {
		return true
	}
	g, w := legalname.NameKey(got), legalname.NameKey(want)
	return g != "" && w != "" && (strings.Contains(g, w) || strings.Contains(w, g))
}

// changesOf lists the stored answers merge changes, with the date each
// old answer was given (from the items) and on, the date of the import.
func changesOf(res *xlsx.Result, merge entryedit.AnswerMerge, on riskassess.Date) []importChange {
	prevOn := map[string]riskassess.Date{}
	for _, it := range res.Items {
		prevOn[it.ID] = it.PreviousOn
	}
	out := []importChange{}
	for _, id := range slices.Sorted(maps.Keys(merge.Changed)) {
		ch := merge.Changed[id]
		out = append(out, importChange{Question: id, Old: ch.From, OldOn: prevOn[id], New: ch.To, NewOn: riskassess.AnsweredOn(res.Respondent.Date, on),
			OldComment: ch.FromComment, NewComment: ch.ToComment})
	}
	return out
}

// alreadyRecorded returns where a file with SHA-256 sum is already recorded
// for entry e (the date and source of the assessment, or the file recorded
// earlier in this run), or "" when it is not.
func alreadyRecorded(e riskassess.Entry, sum string, seen map[string]string) string {
	if sum == "" {
		return ""
	}
	for _, rec := range e.Base().Assessments {
		if strings.EqualFold(rec.SHA256, sum) {
			return rec.On.String() + " " + rec.Source
		}
	}
	return seen[string(e.Kind())+"/"+e.Base().ID+"/"+sum]
}

// recordInMemory applies to entry e of the loaded register the record
// rec and the answers set that an import just wrote to its file (or, with
// --dry-run, would have), and marks e in touched. The register was loaded
// once for the whole run: without this, a second workbook of the same
// entry in the run would be compared with, and merged into, the answers
// from before the first one, and a comment-only answer would store an
// empty value over the answer the first workbook had just recorded.
func recordInMemory(e riskassess.Entry, rec riskassess.AssessmentRecord, set map[string]riskassess.Answer, touched map[string]bool) {
	if e == nil {
		return
	}
	b := e.Base()
	answers := maps.Clone(b.Answers)
	if answers == nil {
		answers = map[string]riskassess.Answer{}
	}
	maps.Copy(answers, set)
	b.Answers = answers
	b.Assessments = append(slices.Clip(b.Assessments), rec)
	touched[string(e.Kind())+"/"+b.ID] = true
}

// touchesAny reports whether res (or, for a self-check of several
// entries, one of its parts) is of an entry in touched.
func touchesAny(res *xlsx.Result, touched map[string]bool) bool {
	if res == nil || len(touched) == 0 {
		return false
	}
	if touched[string(res.Kind)+"/"+res.EntryID] {
		return true
	}
	for _, p := range res.Parts {
		if touched[string(p.Kind)+"/"+p.EntryID] {
			return true
		}
	}
	return false
}

// keptText says that the stored answer of a question left blank is kept,
// with the date it was given when known.
func (a *app) keptText(it xlsx.Item) string {
	on := ""
	if !it.PreviousOn.IsZero() {
		on = " " + it.PreviousOn.String()
	}
	prev := xlsx.AnswerLabel(it.Type, it.Previous, a.lang)
	return l10n(a.lang, fmt.Sprintf("（現在の回答 %s%s を残します）", prev, on),
		fmt.Sprintf("(keeps the current answer %s%s)", prev, on))
}

func hasErrorProblem(rep importFile) bool {
	for _, p := range rep.Problems {
		if p.Severity == xlsx.SeverityError {
			return true
		}
	}
	return false
}

// readAnswers returns the entry's answers that the workbook of res was
// compared with, never nil: the record is written only if the entry file
// still has them (store.Append.Current), so that an answer edited in the
// file during the import is not put back to what it was.
func readAnswers(res *xlsx.Result) map[string]riskassess.Answer {
	if res.Current == nil {
		return map[string]riskassess.Answer{}
	}
	return res.Current
}

// writeImportSummary tells on stderr how many of the files failed: not
// recorded (failed), or recorded without their round record (roundFailed).
func (a *app) writeImportSummary(total, recorded, failed, roundFailed int) {
	if failed > 0 {
		fmt.Fprintln(a.stderr, l10n(a.lang, fmt.Sprintf("%d / %d 件のファイルにエラーがあり、記録していません（記録 %d 件）", failed, total, recorded),
			fmt.Sprintf("%d of %d files had errors and were not recorded (%d recorded)", failed, total, recorded)))
	}
	if roundFailed > 0 {
		fmt.Fprintln(a.stderr, l10n(a.lang, fmt.Sprintf("%d 件のファイルは記録しましたが、回の記録（返送日・取込日）を更新できませんでした。原因を直して同じファイルを取り込み直すと、回の記録を更新します", roundFailed),
			fmt.Sprintf("%d files were recorded but their round record (returned and imported dates) could not be updated: fix the cause and import the same files again to update it", roundFailed)))
	}
}

// partReport is the report of one entry of a self-check of several
// entries, before anything is recorded.
func (a *app) partReport(path string, res *xlsx.Result) importFile {
	rep := importFile{File: path, Problems: []importProblem{}, Counts: map[xlsx.Status]int{}, Changes: []importChange{},
		SHA256: res.SHA256, Kind: res.Kind, Entry: res.EntryID, CatalogueVersion: res.CatalogueVersion,
		Respondent: res.Respondent, Questions: res.Items, By: res.By}
	if rep.Questions == nil {
		rep.Questions = []xlsx.Item{}
	}
	for _, p := range res.Problems {
		rep.Problems = append(rep.Problems, importProblem{Pos: p.Pos(), Code: p.Code.String(), Severity: p.Severity(),
			Question: p.QuestionID, Message: p.Message(a.lang)})
	}
	for _, it := range res.Items {
		rep.Counts[it.Status]++
	}
	return rep
}

// importBook imports a self-check of several entries (xlsx.SelfCheckBook):
// every entry is checked first, and the workbook is recorded for all of
// them at once (store.AppendAssessments) or, when anything is wrong in
// the file or in any entry, for none. An entry that already holds this
// file (same SHA-256: an import interrupted between two entries), or whose
// answers are the same as its latest record, is skipped. twin, when not
// "", is why another file of the run keeps the workbook from being
// recorded (sameDayTwins). It returns the report, the number of entries
// recorded and whether the file was imported without errors.
func (a *app) importBook(o importOptions, path string, res *xlsx.Result, reg *riskassess.Register, asOf riskassess.Date, seen map[string]string, touched map[string]bool, twin string) (importFile, int, bool) {
	rep := a.partReport(path, res)
	rep.Scope = res.Meta.Scope
	rep.By = riskassess.AttestCouncil
	bad := res.HasErrors()
	// twin: another file of the run checks one of its entries otherwise,
	// and the covers do not tell which is the later check (sameDayTwins).
	bad = bad || twin != ""
	var apps []store.Append
	var idx []int
	for _, part := range res.Parts {
		prep := a.partReport(path, part)
		e := reg.Entry(part.Kind, part.EntryID)
		switch {
		case part.HasErrors():
			bad = true
		case e == nil:
			prep.Error = l10n(a.lang, fmt.Sprintf("台帳に%s「%s」がありません", part.Kind.Label("ja"), part.EntryID),
				fmt.Sprintf("no %s %q in the register", part.Kind, part.EntryID))
			bad = true
		case overlongText(part, a.lang) != "":
			prep.Error = overlongText(part, a.lang)
			bad = true
		case alreadyRecorded(e, part.SHA256, seen) != "":
			on := alreadyRecorded(e, part.SHA256, seen)
			prep.Skipped = true
			prep.Note = l10n(a.lang, fmt.Sprintf("同じファイル（SHA-256 が同じ）は記録済みです（%s）。重複して記録しないため取り込みませんでした", on),
				fmt.Sprintf("the same file (same SHA-256) is already recorded (%s): skipped, not recorded twice", on))
		case part.SameAsLatest(e.Base()):
			last, _ := e.Base().LatestAssessment()
			prep.Skipped = true
			prep.Note = l10n(a.lang, fmt.Sprintf("回答は前回の記録（%s %s）と同じです（変更なし）。記録しませんでした", last.On, last.Source),
				fmt.Sprintf("the answers are the same as the last record (%s %s): nothing changed, not recorded", last.On, last.Source))
		case staleSelfCheck(e, part, asOf, a.lang) != "":
			prep.Error = staleSelfCheck(e, part, asOf, a.lang)
			bad = true
		default:
			rec, merge := part.Record(asOf, filepath.Base(path))
			prep.Changes = changesOf(part, merge, asOf)
			apps = append(apps, store.Append{Kind: part.Kind, ID: part.EntryID, Record: rec, Set: merge.Set, Current: readAnswers(part)})
			idx = append(idx, len(rep.Entries))
		}
		rep.Entries = append(rep.Entries, prep)
	}
	switch {
	case twin != "":
		rep.Error = twin
		return rep, 0, false
	case bad:
		rep.Error = l10n(a.lang, "エラーがあるため、どのエントリにも記録しませんでした（自己点検票は全エントリに記録するか、何も記録しないかのどちらかです）。直して取り込み直してください",
			"not recorded for any entry: the file has errors (a self-check is recorded for all its entries or for none); fix them and import again")
		return rep, 0, false
	case len(apps) == 0:
		return rep, 0, true
	case o.dryRun:
		for _, ap := range apps {
			recordInMemory(reg.Entry(ap.Kind, ap.ID), ap.Record, ap.Set, touched)
		}
		return rep, 0, true
	}
	if err := store.AppendAssessments(o.dir, apps); err != nil {
		rep.Error = a.errText(err)
		return rep, 0, false
	}
	for _, ap := range apps {
		recordInMemory(reg.Entry(ap.Kind, ap.ID), ap.Record, ap.Set, touched)
	}
	for _, i := range idx {
		p := &rep.Entries[i]
		p.Recorded = true
		seen[string(p.Kind)+"/"+p.Entry+"/"+p.SHA256] = filepath.Base(path)
	}
	rep.Recorded = true
	return rep, len(apps), true
}

// writeBookText writes the text report of a self-check of several entries:
// the file, its problems, each entry's report and the outcome.
func (a *app) writeBookText(w io.Writer, rep importFile, dryRun bool) {
	scope := l10n(a.lang, "議会全体", "whole council")
	if sec, ok := strings.CutPrefix(rep.Scope, "section:"); ok {
		scope = l10n(a.lang, "課 ", "section ") + sec
	}
	fmt.Fprintf(w, "%s: %s %s (%s %s)", rep.File, l10n(a.lang, "【自己点検】", "[self-check]"), scope, l10n(a.lang, "カタログ", "catalogue"), rep.CatalogueVersion)
	if p := rep.Respondent.Person; p != "" {
		fmt.Fprintf(w, " %s %s", l10n(a.lang, "点検者", "checked by"), p)
		if !rep.Respondent.Date.IsZero() {
			fmt.Fprintf(w, " %s", rep.Respondent.Date)
		}
	}
	fmt.Fprintln(w)
	for _, p := range rep.Problems {
		fmt.Fprintf(w, "  %s: %s\n", label(statusLabel[xlsx.Status(p.Severity)], a.lang), p.Message)
	}
	for _, e := range rep.Entries {
		var b strings.Builder
		a.writeImportText(&b, e, false)
		for _, l := range strings.SplitAfter(b.String(), "\n") {
			if l != "" {
				fmt.Fprint(w, "  "+l)
			}
		}
	}
	n := 0
	for _, e := range rep.Entries {
		if e.Recorded {
			n++
		}
	}
	switch {
	case rep.Error != "":
		fmt.Fprintf(w, "  %s: %s\n", l10n(a.lang, "エラー", "error"), rep.Error)
	case rep.Recorded:
		fmt.Fprintf(w, "  → %s\n", l10n(a.lang, fmt.Sprintf("%d 件のエントリに記録しました（%d 件は記録済み・変更なしのため省略）", n, len(rep.Entries)-n),
			fmt.Sprintf("recorded in %d entries (%d skipped: already recorded or unchanged)", n, len(rep.Entries)-n)))
	case dryRun:
		fmt.Fprintf(w, "  → %s\n", l10n(a.lang, "--dry-run のため記録していません", "not recorded (--dry-run)"))
	default:
		fmt.Fprintf(w, "  → %s\n", l10n(a.lang, "記録することはありません（全エントリが記録済み・変更なし）", "nothing to record (every entry already recorded or unchanged)"))
	}
}

// stickyWriter writes to w until a write fails, and keeps the first
// error: the import report's writers write line by line without
// returning errors.
type stickyWriter struct {
	w   io.Writer
	err error
}

func (s *stickyWriter) Write(b []byte) (int, error) {
	if s.err != nil {
		return 0, s.err
	}
	n, err := s.w.Write(b)
	s.err = err
	return n, err
}
