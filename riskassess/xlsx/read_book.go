package xlsx

import (
	"errors"
	"fmt"
	"slices"
	"strings"
	"time"

	"github.com/gikai-sec/riskregister/riskassess"
)

// notSelfCheckHint explains a refusal of a workbook whose _meta says it is
// a self-check but whose content is not that of one.
var notSelfCheckHint = riskassess.T(
	"管理情報（_meta）は自己点検票だと言っていますが、内容が自己点検票と一致しません（事業者の確認票の管理情報を書き換えたものの可能性があります）。何も記録していません。所管課が riskregister questionnaire --self-check で作った自己点検票を取り込んでください",
	"the metadata (_meta) says this is a self-check, but its content is not that of one (perhaps a vendor questionnaire whose metadata was edited); nothing recorded. Import a self-check made by the section with riskregister questionnaire --self-check")

// checkSelfCheckCover refuses a self-check whose cover has the vendor's
// respondent labels (会社名, 法人番号): a self-check's cover has the
// checker's fields only, so such a cover is a vendor questionnaire's.
func (rd *reader) checkSelfCheckCover() {
	if !rd.vendorCover() {
		return
	}
	rd.problem((&CellError{Sheet: rd.coverSheet, Code: ErrNotSelfCheck, Value: "by: council",
		Hint: "a self-check's cover has no company fields / 自己点検票の表紙に会社名・法人番号の欄はありません"}).
		withHint("表紙に事業者の回答者欄（会社名・法人番号）があります。"+notSelfCheckHint.Ja,
			"the cover has the vendor's respondent fields (company name, corporate number); "+notSelfCheckHint.En))
}

// checkCouncilQuestions refuses a self-check of one entry whose metadata
// does not list every question the council checks for the entry's kind
// (under the current catalogue): a generated self-check always asks them
// all, and a vendor questionnaire asks none of them, so one made from a
// vendor's workbook by editing _meta is caught unless the whole question
// list was rebuilt too. A workbook of another catalogue version is not
// checked (its question set may differ).
func (rd *reader) checkCouncilQuestions(ids []string) {
	res, opts := rd.res, rd.opts
	if opts.Requirements == nil || res.Kind == "" || (opts.CatalogueVersion != "" && res.CatalogueVersion != opts.CatalogueVersion) {
		return
	}
	have := map[string]bool{}
	for _, id := range ids {
		have[id] = true
	}
	var missing []string
	listed := 0
	for _, q := range SelfCheckQuestionsFor(opts.Requirements, res.Kind) {
		if !have[q.ID] {
			missing = append(missing, q.ID)
		} else {
			listed++
		}
	}
	if len(missing) == 0 {
		return
	}
	cell := ""
	if res.Meta != nil {
		cell = res.Meta.cell("question")
	}
	shown := missing
	if len(shown) > 5 {
		shown = append(shown[:5:5], "…")
	}
	hintJa, hintEn := notSelfCheckHint.Ja, notSelfCheckHint.En
	if listed > 0 {
		// A vendor questionnaire asks none of the council's questions;
		// this one asks some: it was made before the register's
		// requirements (register.yaml requirements:) gave the council
		// more questions, and is refused all the same.
		hintJa, hintEn = staleSelfCheckHint.Ja, staleSelfCheckHint.En
	}
	rd.problem((&CellError{Sheet: MetaSheet, Cell: cell, Code: ErrNotSelfCheck, Value: strings.Join(shown, ", "),
		Hint: "a self-check lists every council question / 自己点検票は議会の質問をすべて載せます"}).
		withHint(fmt.Sprintf("議会が確認する質問 %d 問が載っていません。", len(missing))+hintJa,
			fmt.Sprintf("%d of the council's questions are not in it; ", len(missing))+hintEn))
}

// staleSelfCheckHint explains a refusal of a self-check that lists some,
// not all, of the council's questions: made before the requirements
// changed.
var staleSelfCheckHint = riskassess.T(
	"この票を作った後に台帳の要件（register.yaml の requirements）が変わり、議会が確認する質問が増えたと考えられます。何も記録していません。riskregister questionnaire --self-check で自己点検票を作り直して点検してください",
	"the register's requirements (requirements: in register.yaml) probably gave the council more questions after this workbook was made; nothing recorded. Make the self-check again with riskregister questionnaire --self-check")

// bookEntry is one entry of a SelfCheckBook as its metadata lists it.
type bookEntry struct {
	key  string
	kind riskassess.Kind
	id   string
	ids  []string // question ids, in order
	// digests are the digests of the questions' texts (Meta.ItemDigests),
	// in the order of ids; nil in a book made before they were recorded.
	digests []string
	// subject is the digest of the entry's name as the subject column
	// shows it (Meta.ItemSubjects), "" in a book made before.
	subject string
	// prefills are the prefillDigest of each question's pre-filled cells
	// (Meta.ItemPrefills), in the order of ids; nil in a book made before.
	prefills []string
}

// bookEntries parses the Items of a SelfCheckBook's metadata; bad items
// are reported and left out.
func (rd *reader) bookEntries() []*bookEntry {
	m := rd.res.Meta
	var out []*bookEntry
	byKey := map[string]*bookEntry{}
	withDigests := len(m.ItemDigests) == len(m.Items)
	for i, it := range m.Items {
		key, qid, ok := strings.Cut(it, "|")
		kind, id, okKey := parseEntryKey(key)
		if !ok || !okKey || qid == "" {
			rd.problem(&CellError{Sheet: MetaSheet, Cell: m.cell("item"), Code: ErrBadMeta, Value: it, Allowed: []string{"kind/id|question"}})
			continue
		}
		be := byKey[key]
		if be == nil {
			be = &bookEntry{key: key, kind: kind, id: id}
			byKey[key] = be
			out = append(out, be)
		}
		be.ids = append(be.ids, qid)
		if withDigests {
			be.digests = append(be.digests, m.ItemDigests[i])
		}
		if len(m.ItemSubjects) == len(m.Items) {
			be.subject = m.ItemSubjects[i]
		}
		if len(m.ItemPrefills) == len(m.Items) {
			be.prefills = append(be.prefills, m.ItemPrefills[i])
		}
	}
	return out
}

// checkBookMeta checks the metadata of a SelfCheckBook: it is a
// self-check, for a fiscal year, read without --entry.
func (rd *reader) checkBookMeta() {
	m, opts := rd.res.Meta, rd.opts
	if m.By != riskassess.AttestCouncil {
		rd.problem((&CellError{Sheet: MetaSheet, Cell: m.cell("scope"), Code: ErrNotSelfCheck, Value: m.Scope,
			Allowed: []string{"by: council"}}).withHint(notSelfCheckHint.Ja, notSelfCheckHint.En))
	}
	if m.Scope != scopeCouncil && !strings.HasPrefix(m.Scope, "section:") {
		rd.problem(&CellError{Sheet: MetaSheet, Cell: m.cell("scope"), Code: ErrBadMeta, Value: m.Scope, Allowed: []string{"section:ID", scopeCouncil}})
	}
	if !bookFiscalYearOK(m.FiscalYear) {
		rd.problem(&CellError{Sheet: MetaSheet, Cell: m.cell("fiscal_year"), Code: ErrBadMeta, Value: fmt.Sprint(m.FiscalYear), Allowed: []string{"2026"}})
	}
	if opts.EntryID != "" || opts.Kind != "" {
		rd.problem((&CellError{Sheet: MetaSheet, Cell: m.cell("scope"), Code: ErrWrongEntry, Value: m.Scope, Allowed: []string{opts.EntryID}}).
			withHint("複数のエントリの自己点検票です。--entry・--kind を付けずに取り込んでください",
				"a self-check of several entries: import it without --entry and --kind"))
	}
	if opts.CatalogueVersion != "" && m.CatalogueVersion != opts.CatalogueVersion {
		rd.problem((&CellError{Sheet: MetaSheet, Cell: m.cell("catalogue_version"), Code: ErrOtherVersion,
			Value: m.CatalogueVersion, Allowed: []string{opts.CatalogueVersion}}).
			withHint(otherVersionJa, otherVersionEn))
	}
}

// bookFiscalYearOK reports whether a SelfCheckBook's _meta fiscal_year is
// one checkBookMeta accepts.
func bookFiscalYearOK(y int) bool { return y >= 1990 && y <= 2200 }

// checkBookDate refuses the 点検日 d (typed as val at sheet!cell) of a
// SelfCheckBook when it is before 1 January of the calendar year in which
// the book's fiscal year starts (ErrCheckDateTooEarly), and reports
// whether it did: 2025-11-20 (令和7年 typed for 令和8年) or 2024-05-01 in a
// book for 2026, which starts on 2026-04-01, is a slip, and the answers
// would be dated that day. Nothing nearer is refused by the year: a book
// is made in the weeks before its year (2026/3/27 in a book for 2026) and
// finished a few days after it ends (2026/4/3 in a book for 2025). A book
// made since _meta records the day it was made (made_on) also refuses a
// date before that day (checkCoverDateBeforeMade, when this did not); a
// date after the import is refused by checkCoverDateAfterAsOf.
// A workbook of one entry (no scope) records no fiscal year and is not
// checked; a fiscal year checkBookMeta refuses is not either.
func (rd *reader) checkBookDate(d riskassess.Date, sheet, cell, val string) bool {
	m := rd.res.Meta
	if m == nil || m.Scope == "" || !bookFiscalYearOK(m.FiscalYear) {
		return false
	}
	earliest := riskassess.NewDate(m.FiscalYear, time.January, 1)
	if !d.Before(earliest) {
		return false
	}
	// Without made_on only this bound is known, and the hint says so.
	ja := "票を作った日は記録されていないため、年度が始まる年の1月1日（%s）より前の点検日だけを誤りとして扱います。"
	en := "it records no date it was made, so only a check date before 1 January of the year the fiscal year starts in (%s) is taken for a slip: "
	if !m.MadeOn.IsZero() {
		ja = "年度が始まる年の1月1日（%s）より前の点検日は誤りとして扱います。"
		en = "a check date before 1 January of the year the fiscal year starts in (%s) is taken for a slip: "
	}
	rd.problem((&CellError{Sheet: sheet, Cell: cell, Code: ErrCheckDateTooEarly, Value: val,
		Allowed: []string{earliest.String() + " –"}}).withHint(
		fmt.Sprintf("この票は%d年度用です。"+ja+"点検日の誤りなら表紙を直して取り込み直し、別の年度に点検したなら riskregister questionnaire --self-check --fiscal-year でその年度の票を作ってください（何も記録していません）",
			m.FiscalYear, earliest),
		fmt.Sprintf("the workbook is the self-check of fiscal year %d; "+en+"if the date is a slip, correct it on the cover and import again; for a check of another fiscal year, make that year's self-check with riskregister questionnaire --self-check --fiscal-year (nothing recorded)",
			m.FiscalYear, earliest)))
	return true
}

// readBook reads the questions sheet of a SelfCheckBook: every row is
// given to the entry its entry column names, and each entry is read like a
// one-entry self-check (Result.Parts), with the checker of the cover as its
// respondent. A question row naming no entry, or one the metadata does not
// list, is an error: its answer would otherwise be lost or land in the
// wrong entry.
func (rd *reader) readBook(g *grid, c *columns) {
	res := rd.res
	entries := rd.bookEntries()
	if len(entries) == 0 {
		rd.problem(&CellError{Sheet: MetaSheet, Cell: res.Meta.cell("scope"), Code: ErrBadMeta, Value: res.Meta.Scope,
			Hint: "no entries listed / エントリがありません"})
		return
	}
	if strings.TrimSpace(res.Respondent.Person) == "" {
		rd.problem((&CellError{Sheet: rd.coverSheet, Code: ErrNoChecker, Value: "点検者 / Checker"}).withHint(
			"自己点検は誰が点検したかを記録します。表紙に点検者を記入して取り込み直してください（何も記録していません）",
			"a self-check records who checked: fill in 点検者 on the cover and import again (nothing recorded)"))
	}
	if c.entry == 0 {
		rd.problem((&CellError{Sheet: c.sheet, Code: ErrMissingHeader, Allowed: []string{"ID", "エントリ / Entry", "回答 / Answer"}}).
			withHint("エントリの列（見出し「エントリ」）がありません", "no entry column (headed Entry)"))
		return
	}
	byKey := map[string]*bookEntry{}
	for _, be := range entries {
		byKey[be.key] = be
	}
	rows := map[string]map[int]bool{}
	for _, gr := range g.rows {
		r := gr.num
		if r == c.row {
			continue
		}
		id := g.idAt(r, c.id)
		if !looksLikeID(id) {
			continue
		}
		key := strings.TrimFunc(g.mergedCell(r, c.entry).v, isSpace)
		if r < c.row && (byKey[key] == nil || !slices.Contains(byKey[key].ids, id)) {
			// Above the header: a title or notes, unless it is a
			// question row of the book (the header sorted in among
			// them), read as readRows reads it.
			continue
		}
		if byKey[key] == nil {
			allowed := make([]string, 0, min(len(entries), 5))
			for _, be := range entries[:min(len(entries), 5)] {
				allowed = append(allowed, be.key)
			}
			rd.problem((&CellError{Sheet: c.sheet, Cell: cellName(c.entry, r), Code: ErrWrongEntry, QuestionID: id, Value: key, Allowed: allowed}).
				withHint("この行のエントリは、この自己点検票に載っていません。エントリ列を元に戻してください（何も記録していません）",
					"this row's entry is not one the self-check lists: restore the entry column (nothing recorded)"))
			continue
		}
		if be := byKey[key]; be.subject != "" && c.subject > 0 && QuestionDigest(g.mergedCell(r, c.subject).v) != be.subject &&
			(strings.TrimFunc(g.mergedCell(r, c.answer).v, isSpace) != "" || (c.comment > 0 && strings.TrimFunc(g.get(r, c.comment), isSpace) != "")) {
			// The subject the checker saw is another entry's (the
			// subject column sorted on its own): the answer is not
			// known to be this entry's.
			rd.problem((&CellError{Sheet: c.sheet, Cell: cellName(c.subject, r), Code: ErrWrongEntry, QuestionID: id,
				Value: strings.TrimFunc(g.mergedCell(r, c.subject).v, isSpace), Allowed: []string{key}}).
				withHint("この行の対象が、エントリ列のエントリの名前と違います（対象の列だけを並べ替えたなど）。行を元に戻してください（何も記録していません）",
					"this row's subject is not the name of the entry in its Entry column (the Subject column sorted on its own?): restore the rows (nothing recorded)"))
			continue
		}
		if rows[key] == nil {
			rows[key] = map[int]bool{}
		}
		rows[key][r] = true
	}
	for _, be := range entries {
		opts := rd.opts
		opts.Kind, opts.EntryID = be.kind, be.id
		part := &Result{SHA256: res.SHA256, Size: res.Size, Kind: be.kind, EntryID: be.id, CatalogueVersion: res.CatalogueVersion,
			Sheet: res.Sheet, Date1904: res.Date1904, Respondent: res.Respondent, By: riskassess.AttestCouncil,
			Meta: &Meta{Format: res.Meta.Format, Kind: be.kind, EntryID: be.id, CatalogueVersion: res.Meta.CatalogueVersion,
				Lang: res.Meta.Lang, QuestionsSheet: res.Meta.QuestionsSheet, QuestionIDs: be.ids, QuestionDigests: be.digests, PrefillDigests: be.prefills, By: riskassess.AttestCouncil,
				cells: res.Meta.cells}}
		sub := &reader{b: rd.b, opts: opts, res: part, lang: rd.lang, only: rows[be.key]}
		if sub.only == nil {
			sub.only = map[int]bool{}
		}
		if opts.Register != nil && opts.Register.Entry(be.kind, be.id) == nil {
			sub.problem((&CellError{Sheet: MetaSheet, Cell: res.Meta.cell("item"), Code: ErrWrongEntry, Value: be.key}).
				withHint(fmt.Sprintf("台帳に%s「%s」がありません（何も記録していません）", be.kind.Label("ja"), be.id),
					fmt.Sprintf("the register has no %s %q (nothing recorded)", be.kind, be.id)))
		} else {
			sub.readRows(g, c)
			sub.checkMatched()
			sub.checkCouncilQuestions(be.ids)
		}
		res.Rows += part.Rows
		res.Matched += part.Matched
		res.Parts = append(res.Parts, part)
	}
	rd.checkBookAnswered()
}

// checkBookAnswered refuses (ErrNotFilledIn, see checkFilledIn) a
// self-check of several entries read with a register in which no entry's
// question has an answer or a comment, unless every entry already holds
// the same file. An entry left blank in a book with other answers is
// recorded with the others.
func (rd *reader) checkBookAnswered() {
	res, reg := rd.res, rd.opts.Register
	if reg == nil || len(res.Parts) == 0 || res.HasErrors() {
		return
	}
	recorded := true
	for _, p := range res.Parts {
		if p.HasErrors() || !nothingGiven(p.Items) {
			return
		}
		e := reg.Entry(p.Kind, p.EntryID)
		recorded = recorded && e != nil && holdsFile(e, res.SHA256)
	}
	if !recorded {
		rd.problem(notAnswered(res.Sheet))
	}
}

// partsErr returns the errors of r's parts joined, or nil.
func (r *Result) partsErr() error {
	var errs []error
	for _, p := range r.Parts {
		if err := p.Err(); err != nil {
			errs = append(errs, err)
		}
	}
	return errors.Join(errs...)
}
