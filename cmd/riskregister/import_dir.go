package main

import (
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"slices"
	"strings"

	"github.com/gikai-sec/riskregister/riskassess"
	"github.com/gikai-sec/riskregister/riskassess/foreign"
	"github.com/gikai-sec/riskregister/riskassess/store"
	"github.com/gikai-sec/riskregister/riskassess/xlsx"
)

// expandImportArgs replaces each folder of args by the workbooks in it and
// its sub-folders, sorted by path; hidden files and folders and Excel's
// lock files (~$name.xlsx) are skipped. A workbook is a file named .xlsx,
// or saved in another spreadsheet format (workbookExts: .xlsm, .xls, .ods
// …): the reader reads or refuses it with its reason, so that a reply a
// vendor saved as .ods is listed as refused, not passed over in silence.
// Files named directly are kept as they are (the reader reports what they
// are). A folder without any workbook is a usage error.
func (a *app) expandImportArgs(args []string) ([]string, error) {
	var out []string
	for _, arg := range args {
		st, err := os.Stat(arg)
		if err != nil || !st.IsDir() {
			out = append(out, arg)
			continue
		}
		var found []string
		err = filepath.WalkDir(arg, func(p string, d fs.DirEntry, err error) error {
			if err != nil {
				return err
			}
			name := d.Name()
			if p != arg && strings.HasPrefix(name, ".") {
				if d.IsDir() {
					return filepath.SkipDir
				}
				return nil
			}
			if !d.IsDir() && d.Type().IsRegular() && workbookExts[strings.ToLower(filepath.Ext(name))] && !strings.HasPrefix(name, "~$") {
				found = append(found, p)
			}
			return nil
		})
		if err != nil {
			return nil, &exitError{code: 1, msg: fmt.Sprintf("%s: %s", arg, a.errText(err))}
		}
		if len(found) == 0 {
			return nil, badUsage(fmt.Sprintf("%s: フォルダに確認票（.xlsx）がありません", arg),
				fmt.Sprintf("%s: the folder holds no workbook (.xlsx)", arg))
		}
		slices.Sort(found)
		out = append(out, found...)
	}
	return out, nil
}

// workbookExts are the extensions of the spreadsheet files a folder import
// takes: .xlsx, and the formats a vendor may save a reply in instead.
var workbookExts = map[string]bool{".xlsx": true, ".xlsm": true, ".xls": true, ".xlsb": true, ".ods": true, ".fods": true, ".numbers": true}

// markRound records in the entry's round that the workbook of res came
// back and was imported on asOf, and returns what it did, for the report.
// A round the entry has no record of, or one already imported, is left as
// it is (the note says so); a failed write is counted in roundFailed and
// marks rep as recorded without its round record (importFile.roundFailed);
// a round record written is counted in roundMarked.
func (a *app) markRound(dir string, reg *riskassess.Register, res *xlsx.Result, asOf riskassess.Date, roundFailed, roundMarked *int, rep *importFile) string {
	l := func(ja, en string) string { return l10n(a.lang, ja, en) }
	e := reg.Entry(res.Kind, res.EntryID)
	if e == nil {
		return ""
	}
	r := e.Base().Round(res.Round)
	switch {
	case r == nil:
		return l(fmt.Sprintf("回「%s」の送付記録がこのエントリにないため、回の記録は変えていません", res.Round),
			fmt.Sprintf("the entry has no record of round %q: no round record changed", res.Round))
	case !r.Open():
		return l(fmt.Sprintf("回「%s」は %s に取込済みです（回の記録は変えていません）", res.Round, r.ImportedOn),
			fmt.Sprintf("round %q was already imported on %s (round record unchanged)", res.Round, r.ImportedOn))
	}
	returned := res.Respondent.Date
	if returned.IsZero() || returned.After(asOf) || returned.Before(r.SentOn) {
		returned = asOf
	}
	if asOf.Before(r.SentOn) {
		return l(fmt.Sprintf("取込日 %s が回「%s」の送付日 %s より前のため、回の記録は変えていません（--as-of を確かめてください）", asOf, res.Round, r.SentOn),
			fmt.Sprintf("the import date %s is before round %q was sent (%s): round record unchanged (check --as-of)", asOf, res.Round, r.SentOn))
	}
	if err := store.MarkRound(dir, res.Kind, res.EntryID, res.Round, returned, asOf); err != nil {
		*roundFailed++
		rep.Error, rep.roundFailed = a.errText(err), true
		return l("回の記録を更新できませんでした: ", "could not update the round record: ") + a.errText(err)
	}
	r.ReturnedOn, r.ImportedOn = returned, asOf
	*roundMarked++
	return l(fmt.Sprintf("回「%s」: 返送日 %s・取込日 %s を記録しました", res.Round, returned, asOf),
		fmt.Sprintf("round %q: recorded returned %s, imported %s", res.Round, returned, asOf))
}

// staleRound returns why the workbook of round name cannot be recorded for
// entry e, or "": a round sent after it has already been imported (or
// found unchanged). The workbook's answers are older than that round's, so
// recording them would replace the later answers, dated as the newest. A
// workbook already recorded is skipped before this is asked.
func staleRound(e riskassess.Entry, name string, lang riskassess.Lang) string {
	if e == nil || name == "" {
		return ""
	}
	r := e.Base().Round(name)
	if r == nil {
		return ""
	}
	later := e.Base().SupersededBy(*r)
	if later == nil {
		return ""
	}
	return l10n(lang,
		fmt.Sprintf("回「%s」（送付 %s）より後に送った回「%s」（送付 %s）の回答を %s に取り込み済みです。古い回答で新しい回答を上書きしないため、記録しませんでした。この確認票の回答が必要なら、新しい確認票を送ってください",
			name, r.SentOn, later.Name, later.SentOn, later.ImportedOn),
		fmt.Sprintf("round %q (sent %s) is older than round %q (sent %s), whose reply was imported on %s: not recorded, so that older answers do not replace newer ones; if its answers are needed, send a new questionnaire",
			name, r.SentOn, later.Name, later.SentOn, later.ImportedOn))
}

// answeredBeforeSent returns why the workbook res of a round cannot be
// recorded for entry e, or "": its cover's 回答日 is before the day the
// round was sent (RoundRecord.SentOn), which no reply can be. The answers
// were recorded as answered that day (a year's slip: 2016 for 2026) while
// the round's returned_on took the import date.
func answeredBeforeSent(e riskassess.Entry, res *xlsx.Result, lang riskassess.Lang) string {
	if e == nil || res == nil || res.Round == "" || res.Respondent.Date.IsZero() {
		return ""
	}
	r := e.Base().Round(res.Round)
	if r == nil || r.SentOn.IsZero() || !res.Respondent.Date.Before(r.SentOn) {
		return ""
	}
	at := res.RespondentDateAt
	if at != "" {
		at += ": "
	}
	return l10n(lang,
		fmt.Sprintf("%s回答日 %s は、回「%s」の確認票を送った日 %s より前です。回答日の誤りなら表紙を直して取り込み直してください（送付日の記録の誤りなら、エントリの rounds: の sent_on を直します）。何も記録していません",
			at, res.Respondent.Date, res.Round, r.SentOn),
		fmt.Sprintf("%sthe date answered %s is before round %q was sent (%s): if the date is a slip, correct the cover and import again (if the sending date recorded is wrong, correct sent_on in the entry's rounds:); nothing recorded",
			at, res.Respondent.Date, res.Round, r.SentOn))
}

// staleSelfCheck returns why the self-check res cannot be recorded for
// entry e, or "": e already holds a self-check checked after it (by the
// 点検日 on the covers; a blank or future date counts as the import date,
// as for the answers' provenance). Its answers are older than that
// check's, so recording them would replace the later answers, dated as
// the newest (last year's workbook imported after this year's). A vendor
// questionnaire of ours is held to the same rule against the vendor
// questionnaires recorded (by the 回答日): one answered before a reply
// already recorded (an old copy sent again, outside a round) would put
// the older answers over the newer ones. A foreign questionnaire (a
// HECVAT by its DATE-01) is held to the same rule against the records of
// one of its name (HECVAT Full, any version): an older HECVAT imported
// after a newer one, or named after it in one run (full.xlsx after
// full (1).xlsx), became the latest foreign questionnaire and put its
// answers over the newer ones. Our questionnaires and other foreign ones
// are other documents and are not compared with it.
func staleSelfCheck(e riskassess.Entry, res *xlsx.Result, asOf riskassess.Date, lang riskassess.Lang) string {
	if e == nil || res == nil {
		return ""
	}
	by := riskassess.AttestVendor
	foreignName := ""
	if res.By == riskassess.AttestCouncil {
		by = riskassess.AttestCouncil
	} else if w := res.Questionnaire; w != nil {
		foreignName = w.Name
	}
	checked := riskassess.AnsweredOn(res.Respondent.Date, asOf)
	var later *riskassess.AssessmentRecord
	var laterOn riskassess.Date
	for i := range e.Base().Assessments {
		rec := &e.Base().Assessments[i]
		if rec.Answerer() != by {
			continue
		}
		if by == riskassess.AttestVendor && (foreignName != "") != (rec.Questionnaire != "") {
			continue
		}
		if foreignName != "" && foreignLabelName(rec.Questionnaire) != foreignName {
			continue
		}
		if on := rec.AnsweredOn(); on.After(checked) && (later == nil || on.After(laterOn)) {
			later, laterOn = rec, on
		}
	}
	if later == nil {
		return ""
	}
	if foreignName != "" {
		return l10n(lang,
			fmt.Sprintf("この %s（回答日 %s）より後に回答された %s（回答日 %s、%s）を記録済みです。古い回答で新しい回答を上書きしないため、記録しませんでした。回答日（HECVAT は DATE-01）の誤りなら直して取り込み直してください",
				res.Questionnaire.Label(), checked, later.Questionnaire, laterOn, later.Source),
			fmt.Sprintf("a %s answered later (answered %s, %s) is already recorded, after this %s (answered %s): not recorded, so that older answers do not replace newer ones; if the reply date (a HECVAT's DATE-01) is a slip, correct it and import again",
				later.Questionnaire, laterOn, later.Source, res.Questionnaire.Label(), checked))
	}
	if by == riskassess.AttestVendor {
		return l10n(lang,
			fmt.Sprintf("この確認票（回答日 %s）より後に回答された確認票（回答日 %s、%s）を記録済みです。古い回答で新しい回答を上書きしないため、記録しませんでした。回答日の誤りなら表紙を直して取り込み直し、いまの回答が必要なら riskregister questionnaire で確認票を作り直して送ってください",
				checked, laterOn, later.Source),
			fmt.Sprintf("a questionnaire answered later (answered %s, %s) is already recorded, after this one (answered %s): not recorded, so that older answers do not replace newer ones; if the reply date is a slip, correct the cover and import again, and for the present answers send a new questionnaire made with riskregister questionnaire",
				laterOn, later.Source, checked))
	}
	return l10n(lang,
		fmt.Sprintf("この自己点検票（点検日 %s）より後に点検した自己点検（点検日 %s、%s）を記録済みです。古い点検の回答で新しい回答を上書きしないため、記録しませんでした。点検日の誤りなら表紙を直して取り込み直し、いまの状況を点検するなら riskregister questionnaire --self-check で自己点検票を作り直してください",
			checked, laterOn, later.Source),
		fmt.Sprintf("a later self-check (checked %s, %s) is already recorded, after this one (checked %s): not recorded, so that older answers do not replace newer ones; if the date checked is a slip, correct the cover and import again, and to check the present state make a new self-check with riskregister questionnaire --self-check",
			laterOn, later.Source, checked))
}

// writeImportTotals writes the summary of an import of several files: how
// many were imported, unchanged and refused, and each refused file with
// its reason.
func (a *app) writeImportTotals(w io.Writer, reports []importFile, dryRun bool) {
	l := func(ja, en string) string { return l10n(a.lang, ja, en) }
	var imported, unchanged int
	var refused []string
	for _, rep := range reports {
		switch {
		case (rep.Error != "" && !rep.roundFailed) || rep.Counts[xlsx.StatusError] > 0 || hasErrorProblem(rep):
			refused = append(refused, "  "+rep.File+": "+refusalReason(rep, a.lang))
		case rep.Skipped:
			unchanged++
		default:
			imported++
		}
	}
	head := l("集計", "Summary")
	verb := l("取込", "imported")
	if dryRun {
		verb = l("取込可（--dry-run）", "importable (--dry-run)")
	}
	fmt.Fprintf(w, "\n%s: %s %d, %s %d, %s %d\n", head, verb, imported, l("変更なし", "unchanged"), unchanged, l("取り込めず", "refused"), len(refused))
	for _, r := range refused {
		fmt.Fprintln(w, r)
	}
}

// refusalReason is the first reason a file was refused: its error, else
// its first error problem or question in error.
func refusalReason(rep importFile, lang riskassess.Lang) string {
	if rep.Error != "" {
		return rep.Error
	}
	for _, p := range rep.Problems {
		if p.Severity == xlsx.SeverityError {
			if p.Pos != "" && !strings.Contains(p.Message, p.Pos) {
				return p.Pos + ": " + p.Message
			}
			return p.Message
		}
	}
	n := rep.Counts[xlsx.StatusError]
	for _, it := range rep.Questions {
		if it.Status == xlsx.StatusError {
			msg := it.Cell + " " + it.ID + ": " + it.Message
			if n > 1 {
				msg += l10n(lang, fmt.Sprintf("（ほか %d 件）", n-1), fmt.Sprintf(" (and %d more)", n-1))
			}
			return msg
		}
	}
	return l10n(lang, "エラーがあります", "the file has errors")
}

// sameDayTwins returns, for each file of results that another file of the
// run answers differently, why it is not recorded: both are workbooks of
// ours, generic ones or foreign questionnaires (CAIQ, HECVAT; of a
// self-check of several entries, the part of each entry), read without
// errors, for the
// same entry, by the same
// answerer (vendor or council), not of two rounds (whose order staleRound
// knows), their covers do not tell which was answered later (the same
// 回答日 or 点検日, or one blank or after the import date, which
// riskassess.AnsweredOn reads as the import date), and they give another
// answer or comment to a question both answer. Which of them is the newer
// reply is then not known: a vendor's copies and a browser's downloads
// are named vendor.xlsx, vendor (1).xlsx, vendor - コピー.xlsx,
// コピー ～ vendor.xlsx, and recording both in name order left the answers
// of the last name over the other's, whichever was the newer, with no more
// than "changed" (a copy with a blank date was taken for one answered on
// the import date, the newest). A file already recorded for the entry (its
// SHA-256 in assessments:) is no partner: it was chosen in an earlier run.
func sameDayTwins(results []xlsx.FileResult, reg *riskassess.Register, asOf riskassess.Date, lang riskassess.Lang) map[string]string {
	type reply struct {
		path string
		res  *xlsx.Result
	}
	groups := map[string][]reply{}
	var keys []string
	add := func(path string, res *xlsx.Result) {
		e := reg.Entry(res.Kind, res.EntryID)
		if e == nil || alreadyRecorded(e, res.SHA256, nil) != "" {
			return
		}
		k := fmt.Sprintf("%s/%s/%s", res.Kind, res.EntryID, res.By)
		if groups[k] == nil {
			keys = append(keys, k)
		}
		groups[k] = append(groups[k], reply{path, res})
	}
	for _, fr := range results {
		res := fr.Result
		if fr.Err != nil || res == nil || res.HasErrors() {
			continue
		}
		if res.Meta != nil && res.Meta.Scope != "" {
			// A self-check of several entries: each entry's part, the
			// whole workbook refused for any (importBook).
			for _, p := range res.Parts {
				add(fr.Path, p)
			}
			continue
		}
		add(fr.Path, res)
	}
	// dated is the cover's date of r when it orders replies: given, and
	// not after the import date.
	dated := func(r *xlsx.Result) (riskassess.Date, bool) {
		d := r.Respondent.Date
		return d, !d.IsZero() && !d.After(asOf)
	}
	dateText := func(r *xlsx.Result, ja bool) string {
		d := r.Respondent.Date
		switch {
		case d.IsZero() && ja:
			return "空欄"
		case d.IsZero():
			return "blank"
		case d.After(asOf) && ja:
			return d.String() + "（取込日より後）"
		case d.After(asOf):
			return d.String() + " (after the import date)"
		}
		return d.String()
	}
	out := map[string]string{}
	for _, k := range keys {
		g := groups[k]
		for i, x := range g {
			var others []reply
			var first string
			for j, y := range g {
				if i == j || x.path == y.path || x.res.Round != "" && y.res.Round != "" && x.res.Round != y.res.Round {
					continue
				}
				dx, okx := dated(x.res)
				dy, oky := dated(y.res)
				if okx && oky && dx != dy {
					continue // the later reply is known
				}
				if d := answerDiff(x.res, y.res, lang); d != "" {
					others = append(others, y)
					if first == "" {
						first = d
					}
				}
			}
			if _, done := out[x.path]; done || len(others) == 0 {
				continue // a workbook of several entries: the first says why
			}
			e := reg.Entry(x.res.Kind, x.res.EntryID)
			id := e.Kind().Label(lang) + " " + e.Base().ID
			more := ""
			if len(others) > 1 {
				more = l10n(lang, fmt.Sprintf("（ほか %d 件）", len(others)-1), fmt.Sprintf(" (and %d more)", len(others)-1))
			}
			datesJa, datesEn := "表紙の回答日・点検日", "the reply or check dates on the covers"
			fixJa, fixEn := "。回答日・点検日が違うなら、表紙の日付を直してください", "; if they were answered or checked on different days, correct the dates on the covers"
			if x.res.Questionnaire != nil || others[0].res.Questionnaire != nil {
				// A CAIQ has no date to correct, a HECVAT its DATE-01.
				datesJa, datesEn = "回答日（表紙、HECVAT は DATE-01。CAIQ にはありません）", "the reply dates (a cover's, a HECVAT's DATE-01; a CAIQ has none)"
				fixJa, fixEn = "", ""
			}
			out[x.path] = l10n(lang,
				fmt.Sprintf("「%s」%sも「%s」への回答ですが、%s。%s（このファイル %s、もう一方 %s）からはどれが新しい回答か分からないため、記録しませんでした（ファイル名の「(1)」「- コピー」は新しさを示しません）。新しい回答でないファイルをフォルダから除くか、取り込むファイルだけを指定して取り込み直してください%s",
					others[0].path, more, id, first, datesJa, dateText(x.res, true), dateText(others[0].res, true), fixJa),
				fmt.Sprintf("%q%s also answers %s, but %s; %s (this file %s, the other %s) do not tell which is the newer reply, so it is not recorded (a name's \"(1)\" or \"- Copy\" says nothing of that): remove the files that are not the current reply from the folder, or name only the file to import, and import again%s",
					others[0].path, more, id, first, datesEn, dateText(x.res, false), dateText(others[0].res, false), fixEn))
		}
	}
	return out
}

// answerDiff returns, in lang, the first question (in x's order) that
// both x and y answer (a value or a comment) and differ in: "Q-OUT-03 の
// 回答が違います（このファイル 質問!D7「はい」、もう一方 質問!D7「いいえ」）",
// or "" when they agree on every question both answer.
//
// Two foreign questionnaires of one kind (two CAIQs) are compared on
// their own questions (foreignDiff): an answer that only gives evidence
// differs as much. A foreign questionnaire and another workbook are
// compared on the answers of our questions, their values only: the
// foreign one's comment quotes the foreign rows, never a vendor's own.
func answerDiff(x, y *xlsx.Result, lang riskassess.Lang) string {
	fx, fy := x.Questionnaire, y.Questionnaire
	if fx != nil && fy != nil && fx.Questionnaire == fy.Questionnaire {
		return foreignDiff(fx.Label(), fx.Answers, fy.Answers, lang)
	}
	valuesOnly := fx != nil || fy != nil
	types := map[string]riskassess.AnswerType{}
	for _, it := range x.Items {
		types[it.ID] = it.Type
	}
	ids := make([]string, 0, len(x.Answers))
	for _, it := range x.Items {
		if _, ok := x.Answers[it.ID]; ok {
			ids = append(ids, it.ID)
		}
	}
	for _, id := range ids {
		a, b := x.Answers[id], y.Answers[id]
		if _, ok := y.Answers[id]; !ok {
			continue
		}
		show := func(v riskassess.Answer) string { return xlsx.AnswerLabel(types[id], v.Value, lang) }
		switch {
		case a.Value != "" && b.Value != "" && a.Value != b.Value:
			return l10n(lang, fmt.Sprintf("質問「%s」の回答が違います（このファイル %s「%s」、もう一方 %s「%s」）", id, a.Cell, show(a), b.Cell, show(b)),
				fmt.Sprintf("question %s is answered differently (this file %s %q, the other %s %q)", id, a.Cell, show(a), b.Cell, show(b)))
		case a.Comment != b.Comment && !valuesOnly:
			return l10n(lang, fmt.Sprintf("質問「%s」のコメントが違います（このファイル %s、もう一方 %s）", id, a.Cell, b.Cell),
				fmt.Sprintf("question %s has another comment (this file %s, the other %s)", id, a.Cell, b.Cell))
		}
	}
	return ""
}

// foreignDiff returns, in lang, the first question of the foreign
// questionnaire label (in x's order) that both x and y answer (an answer,
// a description or an ownership) and differ in: "CAIQ v4.0.3 の質問
// 「A&A-02.1」の回答が違います（このファイル CAIQv4.0.3!C5「Yes」、もう一方
// CAIQv4.0.3!C5「No」）", or that one answers and the other leaves blank;
// "" when they agree on every question of both. Answers differing only in
// case or width (Yes, ＹＥＳ) agree. Unlike copies of our questionnaires,
// whose blanks leave the answers recorded as they are, a foreign
// questionnaire's record stands alone: the one recorded last is the
// latest (its evidence shown, the questions it leaves blank asked again by
// --gap), so a draft named after the full reply hid the full reply's
// answers.
func foreignDiff(label string, x, y []foreign.Answer, lang riskassess.Lang) string {
	byID := make(map[string]foreign.Answer, len(y))
	for _, b := range y {
		byID[b.ID] = b
	}
	given := func(a foreign.Answer) bool {
		return strings.TrimSpace(a.Raw) != "" || strings.TrimSpace(a.Comment) != "" || strings.TrimSpace(a.Owner) != ""
	}
	same := func(s, t string) bool {
		return strings.EqualFold(riskassess.FoldText(s), riskassess.FoldText(t))
	}
	for _, a := range x {
		b, ok := byID[a.ID]
		if !ok || !given(a) && !given(b) {
			continue
		}
		if (strings.TrimSpace(a.Raw) == "") != (strings.TrimSpace(b.Raw) == "") {
			shown := func(a foreign.Answer, ja bool) string {
				if v := strings.TrimSpace(a.Raw); v != "" {
					return v
				}
				if ja {
					return "空欄"
				}
				return "blank"
			}
			return l10n(lang, fmt.Sprintf("%s の質問「%s」に一方だけが回答しています（このファイル %s「%s」、もう一方 %s「%s」）", label, a.ID, a.Cell, shown(a, true), b.Cell, shown(b, true)),
				fmt.Sprintf("%s question %s is answered in one of them only (this file %s %q, the other %s %q)", label, a.ID, a.Cell, shown(a, false), b.Cell, shown(b, false)))
		}
		switch {
		case strings.TrimSpace(a.Raw) != "" && strings.TrimSpace(b.Raw) != "" && !same(a.Raw, b.Raw):
			return l10n(lang, fmt.Sprintf("%s の質問「%s」の回答が違います（このファイル %s「%s」、もう一方 %s「%s」）", label, a.ID, a.Cell, a.Raw, b.Cell, b.Raw),
				fmt.Sprintf("%s question %s is answered differently (this file %s %q, the other %s %q)", label, a.ID, a.Cell, a.Raw, b.Cell, b.Raw))
		case !same(a.Comment, b.Comment) || !same(a.Owner, b.Owner):
			return l10n(lang, fmt.Sprintf("%s の質問「%s」の説明が違います（このファイル %s、もう一方 %s）", label, a.ID, a.Cell, b.Cell),
				fmt.Sprintf("%s question %s has another description (this file %s, the other %s)", label, a.ID, a.Cell, b.Cell))
		}
	}
	return ""
}

// foreignLabelName is the name of the foreign questionnaire recorded as
// label ("HECVAT Full" of "HECVAT Full v3.06", foreign.Workbook.Label).
func foreignLabelName(label string) string {
	if i := strings.LastIndex(label, " v"); i >= 0 {
		return label[:i]
	}
	return label
}
