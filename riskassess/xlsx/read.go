package xlsx

import (
	"archive/zip"
	"bytes"
	"cmp"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"io"
	"os"
	"regexp"
	"slices"
	"strings"

	"github.com/gikai-sec/riskregister/riskassess"
	"github.com/gikai-sec/riskregister/riskassess/entryedit"
	"github.com/gikai-sec/riskregister/riskassess/fieldrule"
	"github.com/gikai-sec/riskregister/riskassess/foreign"
	"github.com/gikai-sec/riskregister/riskassess/wareki"
	"github.com/xuri/excelize/v2"
)

// Default limits of the reader.
const (
	// DefaultMaxSize is the largest file Read accepts: 20 MiB.
	DefaultMaxSize = 20 << 20
	// DefaultUnzipSizeLimit caps the sum of the unzipped sizes that the
	// zip's entries declare: 200 MiB.
	DefaultUnzipSizeLimit = 200 << 20
	// DefaultUnzipXMLSizeLimit caps the XML read from the workbook's parts
	// (workbook, shared strings, sheets) all together: 32 MiB.
	DefaultUnzipXMLSizeLimit = 32 << 20
	// maxRows caps the rows with content of one sheet: a sheet with more
	// is refused (ErrTooLarge), never read in part.
	maxRows = 100_000
	// peekRows is how many rows with content are read of a sheet that may
	// not be the questions sheet (header search, respondent fields).
	peekRows = 200
	// headerScanRows is how many rows from the top are searched for a header.
	headerScanRows = 60
)

// ReadOptions controls Read. The zero value reads any questionnaire without
// checking it against a catalogue or an entry.
type ReadOptions struct {
	// Questions are the questions the catalogue asks. When nil, they are
	// taken from Requirements for the workbook's kind; when both are nil
	// every row with an ID is read (a foreign questionnaire, e.g. CAIQ):
	// yes/no spellings are normalised and other answers kept as text, and
	// missing or extra questions are not reported.
	Questions []riskassess.Question
	// Requirements is the catalogue; used when Questions is nil.
	Requirements []riskassess.Requirement
	// Kind is the expected kind; "" accepts the kind in the metadata.
	Kind riskassess.Kind
	// EntryID is the expected entry; it also names the entry of a workbook
	// without metadata. "" accepts the entry in the metadata.
	EntryID string
	// Register, if set, is where the entry is looked up: its current
	// Answers decide the imported / changed / unchanged status of each
	// question, and an entry that is not in it gives ErrWrongEntry.
	Register *riskassess.Register
	// AsOf is the date the requirement checks run at when a self-check's
	// pending claims are found in Register (see PendingClaims): the same
	// date the self-check was generated with.
	AsOf riskassess.Date
	// Current are the entry's current answers, when Register is nil.
	Current map[string]riskassess.Answer
	// CatalogueVersion is the current catalogue version; a workbook from
	// another version gives the ErrOtherVersion warning.
	CatalogueVersion string
	// Lang is the language of allowed answers in messages ("ja" default).
	Lang riskassess.Lang
	// MaxSize is the largest accepted file in bytes (0: DefaultMaxSize).
	MaxSize int64
	// UnzipSizeLimit caps the sum of the sizes the zip entries declare;
	// UnzipXMLSizeLimit caps the XML read from the parts the reader needs,
	// all together (0: DefaultUnzipSizeLimit, DefaultUnzipXMLSizeLimit).
	// Beyond either the file is refused with ErrTooLarge.
	UnzipSizeLimit    int64
	UnzipXMLSizeLimit int64

	// Mappings, when not nil, turns on the reading of foreign
	// questionnaires: a workbook recognised by its content as a CSA CAIQ or
	// an EDUCAUSE HECVAT is read with its own layout (only the vendor's
	// answer sheets) and mapped to Requirements for Kind with the first
	// mapping that covers its version (foreign.Map); a
	// recognised questionnaire in a version no mapping covers is refused
	// with ErrUnknownQuestionnaire. nil reads any workbook with an ID and
	// an answer column generically, as before.
	Mappings []foreign.Mapping

	// lim, when set, replaces the default limits (tests).
	lim *limits
}

// Status is the outcome of one question of an import.
type Status string

// Statuses.
const (
	// StatusImported: answered; the entry had no answer before.
	StatusImported Status = "imported"
	// StatusChanged: answered differently from the entry's current answer.
	StatusChanged Status = "changed"
	// StatusUnchanged: the same answer and comment as the current one.
	StatusUnchanged Status = "unchanged"
	// StatusWarning: not imported and reported (not answered, missing,
	// unknown question).
	StatusWarning Status = "warning"
	// StatusError: the answer cannot be read.
	StatusError Status = "error"
)

// Item is the import report line of one question.
type Item struct {
	ID string `json:"id"`
	// Cell is where the answer was read ("質問!D17"), "" if missing.
	Cell string `json:"cell"`
	// Answer is the normalised answer ("yes", "2026-04-01", a choice id).
	Answer  string `json:"answer"`
	Comment string `json:"comment,omitempty"`
	// Type is the question's answer type, when the question is known (for
	// AnswerLabel); "" otherwise.
	Type riskassess.AnswerType `json:"-"`
	// Raw is the cell's text as found, when it differs from Answer.
	Raw string `json:"raw,omitempty"`
	// Previous is the entry's current answer, when Status is "changed" or
	// when an unanswered or missing question had an answer (which it
	// keeps).
	Previous string `json:"previous,omitempty"`
	// PreviousOn is the date Previous was given (the latest assessment
	// that received it), when known.
	PreviousOn riskassess.Date `json:"previous_on,omitzero"`
	Status     Status          `json:"status"`
	// Code is the problem's code name ("unknown answer"), if any.
	Code string `json:"code,omitempty"`
	// ErrorCode is the problem's code, if any (0 when none).
	ErrorCode ErrorCode `json:"-"`
	// Message explains a warning or error for people (CellError.Message)
	// in ReadOptions.Lang, or the workbook's language when that is "":
	// Japanese unless "en". "" when there is no problem.
	Message string `json:"message"`
	// Uncalculated is set when the answer cell holds a formula saved
	// without its value (read as blank: not answered).
	Uncalculated bool `json:"uncalculated,omitempty"`
}

// Result is what Read found in a workbook.
type Result struct {
	// SHA256 is the hex SHA-256 of the file's bytes.
	SHA256 string `json:"sha256"`
	Size   int64  `json:"size"`
	// Meta is the hidden metadata; nil for a workbook not generated by
	// riskregister (Foreign).
	Meta    *Meta `json:"-"`
	Foreign bool  `json:"foreign"`
	// Kind and EntryID are from the metadata, or from ReadOptions.
	Kind             riskassess.Kind `json:"kind,omitempty"`
	EntryID          string          `json:"entry,omitempty"`
	CatalogueVersion string          `json:"catalogue_version,omitempty"`
	// Sheet is the sheet the questions were read from.
	Sheet string `json:"sheet"`
	// Date1904 reports the workbook's date system.
	Date1904   bool                  `json:"date1904,omitempty"`
	Respondent riskassess.Respondent `json:"respondent"`
	// RespondentDateAt is where Respondent.Date was read (表紙!B22), ""
	// when it was not read from a cell of ours.
	RespondentDateAt string `json:"-"`
	// CorporateNumberAt is where Respondent.CorporateNumber was read
	// (表紙!B16), or the cell right of the 法人番号 label when it is blank;
	// "" when the workbook has no such label.
	CorporateNumberAt string `json:"-"`
	// CompanyAt is where Respondent.Company was read (表紙!B15), "" when
	// it was not read from a cell of ours.
	CompanyAt string `json:"-"`
	// Items lists every question: the catalogue's in catalogue order, then
	// rows with unknown IDs in sheet order.
	Items []Item `json:"questions"`
	// Answers are the answers that can be imported (status imported,
	// changed or unchanged), by question ID.
	Answers map[string]riskassess.Answer `json:"-"`
	// Problems lists every warning and error, in the order found.
	Problems []*CellError `json:"-"`
	// Current are the entry's answers when the file was read (from
	// ReadOptions.Register or Current): what Merge merges into.
	Current map[string]riskassess.Answer `json:"-"`
	// Rows is the number of question rows found (distinct IDs), and
	// Matched how many of them are questions of the entry's kind (asked of
	// the vendor or answered by the council; every row when no catalogue
	// is used).
	Rows    int `json:"rows"`
	Matched int `json:"matched"`
	// By is riskassess.AttestCouncil for a self-check (自己点検) workbook
	// (recorded in its metadata); "" for a vendor questionnaire or a
	// foreign one.
	By riskassess.Attester `json:"by,omitempty"`
	// Parts are, for a self-check of several entries (SelfCheckBook),
	// the result of each entry in the workbook's order, each read like a
	// one-entry self-check with the cover's checker as its respondent.
	// The Result itself then has no Kind, EntryID, Items or Answers; its
	// Problems concern the file as a whole. nil for any other workbook.
	Parts []*Result `json:"-"`
	// Round is the questionnaire round the workbook was sent in, from its
	// metadata ("" for a workbook made outside a round).
	Round string `json:"round,omitempty"`
	// Questionnaire is the foreign questionnaire read (with
	// ReadOptions.Mappings): its id, name, version and every answer; nil
	// for any other workbook. Answers and Items then hold the answers to
	// our questions that full links give.
	Questionnaire *foreign.Workbook `json:"questionnaire,omitempty"`
	// Mapping is the file of the mapping used.
	Mapping string `json:"mapping,omitempty"`
	// Evidence are the foreign answers shown for a person to judge
	// (partial and evidence links, full links that could not answer).
	Evidence []riskassess.ForeignEvidence `json:"evidence,omitempty"`
	// Gap are the vendor's questions of the entry's kind that the foreign
	// questionnaire did not answer: what questionnaire --gap asks.
	Gap []string `json:"gap,omitempty"`
	// questions are the riskassess.QuestionDigest of the question each
	// answer of Answers was read as the answer to (the question as it is
	// now: an answer to a question whose text changed is not imported);
	// Record writes them into the record (AssessmentRecord.Questions).
	questions map[string]string
}

// claims returns, for a self-check of an entry of ReadOptions.Register,
// the entry's pending vendor 該当なし claims (PendingClaims): the vendor
// questions a self-check may answer. They come from the register, never
// from the workbook, so that a self-check cannot widen what it answers.
func (rd *reader) claims() map[string]bool {
	if rd.res.By != riskassess.AttestCouncil || rd.opts.Register == nil || rd.res.Kind == "" || rd.res.EntryID == "" {
		return nil
	}
	if e := rd.opts.Register.Entry(rd.res.Kind, rd.res.EntryID); e != nil {
		return PendingClaims(e, rd.opts.Requirements, &rd.opts.Register.Org, rd.opts.AsOf)
	}
	return nil
}

// answerer returns who answered the workbook: the council for a
// self-check, otherwise the vendor.
func (r *Result) answerer() riskassess.Attester {
	if r.By == riskassess.AttestCouncil {
		return riskassess.AttestCouncil
	}
	return riskassess.AttestVendor
}

// HasErrors reports whether any problem has SeverityError. A result with
// errors must not be recorded.
//
// For a self-check of several entries, an error in any part counts: the
// workbook is recorded for all its entries or for none.
func (r *Result) HasErrors() bool {
	for _, p := range r.Problems {
		if p.Severity() == SeverityError {
			return true
		}
	}
	for _, p := range r.Parts {
		if p.HasErrors() {
			return true
		}
	}
	return false
}

// Err returns the errors (not the warnings) joined, or nil; for a
// self-check of several entries, also those of its parts.
func (r *Result) Err() error {
	var errs []error
	for _, p := range r.Problems {
		if p.Severity() == SeverityError {
			errs = append(errs, p)
		}
	}
	if err := r.partsErr(); err != nil {
		errs = append(errs, err)
	}
	return errors.Join(errs...)
}

// Merge merges the imported answers into the entry's current ones (see
// entryedit.MergeAnswers): no stored answer is removed, a blank question
// keeps its answer.
func (r *Result) Merge() entryedit.AnswerMerge {
	return entryedit.MergeAnswers(r.Current, r.Answers)
}

// Record returns the assessment record of the import and the merge it
// records: on is the as-of date, source the file's base name. The record
// lists the questions answered and the answers changed (from Merge); the
// answers themselves go into the entry's answers: (AnswerMerge.Set).
func (r *Result) Record(on riskassess.Date, source string) (riskassess.AssessmentRecord, entryedit.AnswerMerge) {
	m := r.Merge()
	rec := riskassess.AssessmentRecord{
		On: on, Source: source, SHA256: r.SHA256, CatalogueVersion: r.CatalogueVersion,
		Respondent: r.Respondent, Answered: m.Answered,
	}
	if r.Questionnaire != nil {
		rec.Questionnaire = r.Questionnaire.Label()
		rec.Evidence = r.Evidence
	}
	if r.By == riskassess.AttestCouncil {
		rec.By = riskassess.AttestCouncil
	}
	if len(m.Changed) > 0 {
		rec.Changed = m.Changed
	}
	rec.Questions = r.answeredDigests(m.Answered)
	return rec, m
}

// answeredDigests returns the digests of the questions of answered (see
// Result.questions) that the record of r keeps (AssessmentRecord.Questions);
// nil when there are none.
func (r *Result) answeredDigests(answered []string) map[string]string {
	var out map[string]string
	for _, id := range answered {
		if d, ok := r.questions[id]; ok {
			if out == nil {
				out = make(map[string]string, len(answered))
			}
			out[id] = d
		}
	}
	return out
}

// SameAsLatest reports whether importing r into entry e would record
// nothing new: no stored answer changes, and the entry's latest assessment
// received the same questions from the same respondent under the same
// catalogue version (a re-saved copy of a file already imported, or the
// same answers typed again).
func (r *Result) SameAsLatest(e *riskassess.Common) bool {
	last, ok := e.LatestAssessment()
	if !ok {
		return false
	}
	m := entryedit.MergeAnswers(e.Answers, r.Answers)
	label := ""
	var evidence []riskassess.ForeignEvidence
	if r.Questionnaire != nil {
		label, evidence = r.Questionnaire.Label(), r.Evidence
	}
	return m.Unchanged() && slices.Equal(m.Answered, last.Received()) &&
		r.Respondent == last.Respondent && r.CatalogueVersion == last.CatalogueVersion &&
		label == last.Questionnaire && slices.Equal(evidence, last.Evidence) &&
		sameDigests(last.Questions, r.answeredDigests(m.Answered))
}

// sameDigests reports whether the digests a record holds (last) agree
// with those of a new import (now): a question of last whose digest
// differs was asked in other words, and answering it again is new (the
// answer then counts for the question as it is now). A record without
// digests (made before they were recorded) agrees with any.
func sameDigests(last, now map[string]string) bool {
	for id, d := range last {
		if n, ok := now[id]; ok && n != d {
			return false
		}
	}
	return true
}

// ReadFile reads the questionnaire at path. The size is checked before the
// file is read. See Read.
func ReadFile(path string, opts ReadOptions) (*Result, error) {
	fh, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer fh.Close()
	st, err := fh.Stat()
	if err != nil {
		return nil, err
	}
	return Read(fh, st.Size(), opts)
}

// Read reads a questionnaire workbook of size bytes from r.
//
// It returns a non-nil error, always a *CellError, only when the file
// cannot be read as a questionnaire at all: ErrTooLarge (the file, or
// what it unzips to, its rows, cells, sheets, shared strings or merged
// ranges exceed the reader's limits), ErrEncrypted, ErrUnsupportedFormat,
// ErrDamaged (any zip or XML error in a part the reader reads: a damaged
// file is never read in part), ErrNotQuestionnaire, ErrMissingHeader (or
// an I/O error). Every other problem is listed in Result.Problems and in
// the Items; check Result.HasErrors before recording the answers.
//
// The reader reads the workbook part, the shared strings, the _meta sheet
// and the questions sheet in full, and the first rows of other sheets
// (for the header and the respondent fields); its cost is bounded by the
// limits whatever the file holds.
//
// Rows are matched by the question ID in the column headed ID / Question ID
// and never by row number, so inserted, sorted or deleted rows and moved
// columns do not matter. Formulas are read as their cached values.
func Read(r io.ReaderAt, size int64, opts ReadOptions) (*Result, error) {
	maxSize := opts.MaxSize
	if maxSize <= 0 {
		maxSize = DefaultMaxSize
	}
	if size > maxSize {
		return nil, &CellError{Code: ErrTooLarge, Value: fmt.Sprint(size),
			Allowed: []string{fmt.Sprintf("at most %d bytes", maxSize)},
			hint: riskassess.T(fmt.Sprintf("上限は %d バイトです。画像や使っていないシートを削除してください", maxSize),
				"remove pictures and unused sheets")}
	}
	b := make([]byte, size)
	if _, err := r.ReadAt(b, 0); err != nil && !errors.Is(err, io.EOF) {
		return nil, err
	}
	if ce := sniff(b); ce != nil {
		return nil, ce
	}
	return openWorkbook(b, opts)
}

// openWorkbook opens the sniffed workbook b. A panic on a malformed
// package becomes an ErrUnsupportedFormat error: a bad file must not take
// the importing program down.
func openWorkbook(b []byte, opts ReadOptions) (res *Result, err error) {
	defer func() {
		if p := recover(); p != nil {
			res, err = nil, &CellError{Code: ErrUnsupportedFormat, Err: fmt.Errorf("malformed workbook: %v", p), Hint: saveAsXLSX}
			// The cause stays in Message: it says what is damaged.
		}
	}()
	sum := sha256.Sum256(b)
	res = &Result{SHA256: hex.EncodeToString(sum[:]), Size: int64(len(b))}
	lim := defaultLimits
	if opts.lim != nil {
		lim = *opts.lim
	}
	if opts.UnzipSizeLimit > 0 {
		lim.unzipTotal = opts.UnzipSizeLimit
	}
	if opts.UnzipXMLSizeLimit > 0 {
		lim.xmlBytes = opts.UnzipXMLSizeLimit
	}
	zr, err := zip.NewReader(bytes.NewReader(b), int64(len(b)))
	if err != nil {
		return nil, damaged("", "", err)
	}
	bk, err := openBook(zr, lim)
	if err != nil {
		return nil, err
	}
	rd := &reader{b: bk, opts: opts, res: res, lang: opts.Lang}
	if err := rd.read(); err != nil {
		return nil, err
	}
	return res, nil
}

type reader struct {
	b    *book
	opts ReadOptions
	res  *Result
	lang riskassess.Lang
	// dates are the dates the entry's answers were given (from its
	// assessments), when the entry is known.
	dates map[string]riskassess.Date
	// only, when not nil, limits readRows to these rows (the rows of one
	// entry of a SelfCheckBook).
	only map[int]bool
	// coverSheet is the first sheet with a respondent label.
	coverSheet string
	// coverLabels counts the label cells of each respondent field
	// (respondentAliases) readRespondent saw, for checkVendorCoverLabels
	// and vendorCover.
	coverLabels [5]int
	// entry is the register's entry the workbook is for, when
	// ReadOptions.Register is set and holds it.
	entry riskassess.Entry
}

func (rd *reader) problem(p *CellError) { rd.res.Problems = append(rd.res.Problems, p) }

// columns found in a header row.
type columns struct {
	row                        int
	id, answer, comment, entry int
	// question is the question text's column, 0 when not found;
	// subject the entry name's column of a SelfCheckBook.
	question, subject int
	sheet             string
	// dup is the second column of the header row naming the ID, answer or
	// comment again (0 if none), first the column it repeats.
	dup, first int
}

func (rd *reader) read() error {
	bk, res := rd.b, rd.res
	res.Date1904 = bk.date1904
	sheets := make([]string, len(bk.sheets))
	for i, s := range bk.sheets {
		sheets[i] = s.name
	}
	// Metadata.
	for _, s := range sheets {
		if s == MetaSheet {
			g, err := bk.loadGrid(s, 0)
			if err != nil {
				return err
			}
			if m := parseMeta(g); m.Format != "" {
				res.Meta = m
			}
			break
		}
	}
	res.Foreign = res.Meta == nil
	if rd.lang == "" && res.Meta != nil {
		rd.lang = res.Meta.Lang
	}
	rd.checkMeta()
	if res.Meta == nil && rd.opts.Mappings != nil {
		if done, err := rd.readForeign(sheets); done || err != nil {
			return err
		}
	}

	// Find the questions sheet: the one named in the metadata first, then
	// every other sheet in order.
	order := make([]string, 0, len(sheets))
	if res.Meta != nil && res.Meta.QuestionsSheet != "" {
		for _, s := range sheets {
			if s == res.Meta.QuestionsSheet {
				order = append(order, s)
			}
		}
	}
	for _, s := range sheets {
		if s != MetaSheet && s != listSheet && (res.Meta == nil || s != res.Meta.QuestionsSheet) {
			order = append(order, s)
		}
	}
	var qg *grid
	var cols *columns
	grids := map[string]*grid{}
	for _, s := range order {
		// Only the first rows until the header is found: a long sheet
		// that is not the questions sheet is not read in full.
		g, err := bk.loadGrid(s, peekRows)
		if err != nil {
			return err
		}
		grids[s] = g
		if c := findHeader(g); c != nil {
			if !g.complete {
				if g, err = bk.loadGrid(s, 0); err != nil {
					return err
				}
			}
			c.sheet = s
			qg, cols = g, c
			break
		}
	}
	if cols == nil {
		if res.Meta != nil {
			sh := res.Meta.QuestionsSheet
			return (&CellError{Sheet: sh, Code: ErrMissingHeader, Allowed: []string{"ID", "回答 / Answer"}}).
				withHint("見出し行（ID・回答の列）が見つかりません", "no header row with ID and Answer columns")
		}
		return (&CellError{Code: ErrNotQuestionnaire}).
			withHint("ID 列と回答列のあるシートがありません", "no sheet has an ID and an answer column")
	}
	res.Sheet = cols.sheet
	if cols.dup > 0 {
		// Reading one column would drop what the vendor wrote in the other.
		first, dup := qg.get(cols.row, cols.first), qg.get(cols.row, cols.dup)
		fc, dc := colName(cols.first), colName(cols.dup)
		return (&CellError{Sheet: cols.sheet, Cell: cellName(cols.dup, cols.row), Code: ErrDuplicateColumn}).withHint(
			fmt.Sprintf("%s列「%s」と %s列「%s」が同じ列として読めます。記入を 1 つの列にまとめ、もう 1 つの列を削除してから取り込んでください（何も記録していません）", fc, first, dc, dup),
			fmt.Sprintf("columns %s (%q) and %s (%q) are read as the same column: move what was written into one of them, delete the other and import again (nothing recorded)", fc, first, dc, dup))
	}
	if res.Meta != nil && cols.comment == 0 {
		// Every questionnaire riskregister writes has a comment column:
		// without its header (reworded, merged into the answer's) every
		// comment would be dropped and the stored ones cleared.
		return (&CellError{Sheet: cols.sheet, Code: ErrMissingHeader, Allowed: []string{"コメント・根拠 / Comment"}}).withHint(
			"見出し行にこの列がないため、コメントを読めません。書き換えた見出しを元に戻してから取り込んでください（何も記録していません）",
			"the header row has no comment column, so no comment can be read: restore the header as it was, then import again (nothing recorded)")
	}
	if res.Meta != nil {
		if err := unreadColumn(qg, cols); err != nil {
			return err
		}
	}
	if res.Meta != nil {
		if err := rd.refuseCopies(order, grids, cols.sheet); err != nil {
			return err
		}
		if err := rd.checkNotes(qg, cols); err != nil {
			return err
		}
		if err := rd.checkShapes(qg, cols); err != nil {
			return err
		}
		rd.checkSentCells(qg, cols)
		if err := rd.checkAddedSheets(order, grids, cols.sheet); err != nil {
			return err
		}
	}
	if err := rd.readRespondent(order, grids, cols.sheet); err != nil {
		return err
	}
	if res.Meta != nil && res.By != riskassess.AttestCouncil && res.Meta.Scope == "" {
		rd.checkVendorCoverLabels()
	}
	if res.Meta != nil {
		if err := rd.checkCover(grids); err != nil {
			return err
		}
	}
	if res.By == riskassess.AttestCouncil {
		rd.checkSelfCheckCover()
	}
	if res.Meta != nil {
		rd.checkNoIDRows(qg, cols)
	}
	if res.Meta != nil && res.Meta.Scope != "" {
		rd.readBook(qg, cols)
		return nil
	}
	if res.Meta == nil {
		// A generic workbook: notes on the answer and comment cells of
		// its question rows.
		cells := map[string]string{}
		for _, gr := range qg.rows {
			if id := qg.idAt(gr.num, cols.id); gr.num > cols.row && looksLikeID(id) {
				cells[cellName(cols.answer, gr.num)] = id
				if cols.comment > 0 {
					cells[cellName(cols.comment, gr.num)] = id
				}
			}
		}
		if err := rd.warnNotes(cols.sheet, cells); err != nil {
			return err
		}
	}
	rd.readRows(qg, cols)
	rd.checkMatched()
	rd.checkFilledIn()
	if res.By == riskassess.AttestCouncil {
		rd.checkCouncilQuestions(res.Meta.QuestionIDs)
	}
	return nil
}

// unreadColumn returns ErrDuplicateColumn when a question row of a
// generated questionnaire has something written in a column whose header
// names none of its columns (a column added with another header, such as
// 回答補足, or none): nothing in it is read, so an answer or a note typed
// there was dropped with no more than "not answered".
func unreadColumn(g *grid, c *columns) error {
	known := map[int]bool{}
	for _, gr := range g.rows {
		if gr.num != c.row {
			continue
		}
		for _, cell := range gr.cells {
			if headerField(cell.v) != fNone {
				known[cell.col] = true
			}
		}
	}
	for _, gr := range g.rows {
		if gr.num <= c.row || !looksLikeID(g.idAt(gr.num, c.id)) {
			continue
		}
		for _, cell := range gr.cells {
			if known[cell.col] || strings.TrimFunc(cell.v, isSpace) == "" {
				continue
			}
			col := colName(cell.col)
			hja, hen := "見出しなし", "no header"
			if h := strings.TrimFunc(g.get(c.row, cell.col), isSpace); h != "" {
				hja, hen = "見出し「"+h+"」", fmt.Sprintf("header %q", h)
			}
			return (&CellError{Sheet: c.sheet, Cell: cellName(cell.col, gr.num), Code: ErrDuplicateColumn}).withHint(
				fmt.Sprintf("%s列（%s）に記入がありますが、この列は読みません。回答は「回答」列、補足は「コメント・根拠」列に移し、追加した列を削除してから取り込んでください（何も記録していません）", col, hja),
				fmt.Sprintf("column %s (%s) has something written in it, but it is not read: move answers to the Answer column and notes to the Comment column, delete the added column and import again (nothing recorded)", col, hen))
		}
	}
	return nil
}

// checkNotes reports ErrCellNote at every cell of a generated
// questionnaire that holds a note (Excel's メモ or コメント, LibreOffice's or
// Google Sheets' comment), on any sheet: riskregister writes none, and
// none is read, so a caveat the vendor put in one (有償オプション契約時のみ
// on a はい, 回答は暫定です on the cover) was dropped without a word and the
// はい recorded alone. The message names the comment cell of the note's
// question row, where its text belongs.
func (rd *reader) checkNotes(g *grid, c *columns) error {
	for _, sh := range rd.b.sheets {
		notes, err := rd.b.cellNotes(sh.name)
		if err != nil {
			return err
		}
		for _, n := range notes {
			col, row, ok := parseRef(n.ref)
			if !ok {
				continue
			}
			v := strings.Join(strings.FieldsFunc(cleanText(n.text), isSpace), " ")
			if rs := []rune(v); len(rs) > 40 {
				v = string(rs[:40]) + "…"
			}
			whereJa, whereEn := "当てはまる質問の「コメント・根拠」欄（回答に関わらない内容なら不要です）", "the comment cell of the question it is about (nowhere if it is about none)"
			if id := g.idAt(row, c.id); sh.name == c.sheet && row != c.row && looksLikeID(id) && c.comment > 0 {
				cc := cellName(c.comment, row)
				whereJa, whereEn = "質問「"+id+"」の「コメント・根拠」欄（"+cc+"）", "the comment cell of question "+id+" ("+cc+")"
			}
			rd.problem((&CellError{Sheet: sh.name, Cell: cellName(col, row), Code: ErrCellNote, Value: v}).withHint(
				fmt.Sprintf("取り込まないため、回答に添えられません。内容を%sに書き写し、メモを削除してから取り込んでください（何も記録していません）", whereJa),
				fmt.Sprintf("notes and comments on cells are not read, so it would not go with the answers: copy it into %s, delete the note or comment and import again (nothing recorded)", whereEn)))
		}
	}
	return nil
}

// checkShapes reports ErrShapeText at every shape with text (a text
// box, a callout, a form control's label: book.shapeTexts) on any sheet
// of a generated questionnaire: riskregister writes none and reads none,
// so an answer typed in a text box over the answer cell, or a caveat in
// a callout beside a はい, was dropped with no more than "not answered".
// The message names the comment cell of the question row the shape is
// anchored in, where a note belongs.
func (rd *reader) checkShapes(g *grid, c *columns) error {
	for _, sh := range rd.b.sheets {
		shapes, err := rd.b.shapeTexts(sh.name)
		if err != nil {
			return err
		}
		for _, s := range shapes {
			v := strings.Join(strings.FieldsFunc(cleanText(s.text), isSpace), " ")
			if rs := []rune(v); len(rs) > 40 {
				v = string(rs[:40]) + "…"
			}
			whereJa, whereEn := "当てはまる質問の「回答」欄（補足は「コメント・根拠」欄）", "the answer cell of the question it answers (a note to its comment cell)"
			if _, row, ok := parseRef(s.ref); ok && sh.name == c.sheet && row != c.row && looksLikeID(g.idAt(row, c.id)) && c.comment > 0 {
				id := g.idAt(row, c.id)
				whereJa = "質問「" + id + "」の「回答」欄（" + cellName(c.answer, row) + "）、補足は「コメント・根拠」欄（" + cellName(c.comment, row) + "）"
				whereEn = "the answer cell of question " + id + " (" + cellName(c.answer, row) + "), a note to its comment cell (" + cellName(c.comment, row) + ")"
			}
			rd.problem((&CellError{Sheet: sh.name, Cell: s.ref, Code: ErrShapeText, Value: v}).withHint(
				fmt.Sprintf("取り込まないため、回答として読まれません。回答は%sに書き写し、図形を削除してから取り込んでください（何も記録していません）", whereJa),
				fmt.Sprintf("text boxes, callouts and other shapes are not read, so it is no answer: copy an answer into %s, delete the shape and import again (nothing recorded)", whereEn)))
		}
	}
	return nil
}

// warnNotes reports ErrForeignNote at every note on sheet of a workbook
// riskregister did not make whose cell is one of cells (the answer and
// comment cells of the question rows read, each to its question's ID):
// a caveat a vendor put in a note on a Yes (Only with the premium plan)
// is not read and would go without a word. Only those cells are looked
// at: a template's own notes (guidance on a header or a question) are
// not the vendor's. A warning: the answer is imported, the note shown.
func (rd *reader) warnNotes(sheet string, cells map[string]string) error {
	if len(cells) == 0 {
		return nil
	}
	notes, err := rd.b.cellNotes(sheet)
	if err != nil {
		return err
	}
	for _, n := range notes {
		id, ok := cells[n.ref]
		if !ok {
			continue
		}
		v := strings.Join(strings.FieldsFunc(cleanText(n.text), isSpace), " ")
		if rs := []rune(v); len(rs) > 40 {
			v = string(rs[:40]) + "…"
		}
		rd.problem((&CellError{Sheet: sheet, Cell: n.ref, Code: ErrForeignNote, Value: v}).withHint(
			fmt.Sprintf("メモ・コメントは読まないため、質問「%s」の回答はメモなしで取り込みます。回答を限定する内容（条件付き・一部のみ など）であれば、事業者にコメント欄に書いてもらう（または回答を直してもらう）などして取り込み直してください", id),
			fmt.Sprintf("notes and comments on cells are not read, so the answer to question %s is imported without it: if it qualifies the answer (only on a plan, only in part), have it written in the comment column (or the answer corrected) and import again", id)))
	}
	return nil
}

// checkSentCells reports ErrSentCellChanged at every reference (参照) or
// category (分類) cell of a question row of a generated questionnaire that
// holds something else than it was sent with: neither column is read, so
// a caveat or the evidence a vendor wrote there (参照 taken for "reference
// documents": ISMS 認証書（別紙1）; OUT-03 (6(8)①ア) ※有償のみ), or an
// answer typed in the wrong column, was dropped with no more than "not
// answered". A reference cell holds, a line each, the IDs of the
// question's requirements, each with its policy clause in brackets
// (refLine); a category cell one of the catalogue's categories, in either
// language. A cell left blank drops nothing.
func (rd *reader) checkSentCells(g *grid, c *columns) {
	cols := map[int]field{}
	for _, gr := range g.rows {
		if gr.num != c.row {
			continue
		}
		for _, cell := range gr.cells {
			if f := headerField(cell.v); f == fRef || f == fCategory {
				cols[cell.col] = f
			}
		}
	}
	if len(cols) == 0 {
		return
	}
	refs, cats := map[string]bool{}, map[string]bool{}
	addCat := func(t riskassess.Text) {
		for _, s := range []string{t.Ja, t.En} {
			if s = cleanText(s); s != "" {
				cats[s] = true
			}
		}
	}
	for _, r := range rd.opts.Requirements {
		refs[r.ID] = true
		if r.Clause != "" {
			refs[r.ID+" ("+r.Clause+")"] = true
		}
		addCat(r.Category)
		if r.Question != nil {
			addCat(r.Question.Category)
		}
	}
	for _, q := range rd.opts.Questions {
		addCat(q.Category)
	}
	if reg := rd.opts.Register; reg != nil {
		// A clause of the organisation's policy after a requirement ID:
		// the reference as sent before the requirement cited another.
		for _, r := range rd.opts.Requirements {
			for _, cl := range reg.Org.Policy.Clauses {
				refs[r.ID+" ("+cl.ID+")"] = true
			}
		}
	}
	sentIDs := rd.sentQuestionIDs()
	for _, gr := range g.rows {
		id := g.idAt(gr.num, c.id)
		if _, ok := sentIDs[upperASCII(id)]; gr.num == c.row || !ok || !looksLikeID(id) {
			continue
		}
		for _, cell := range gr.cells {
			f, ok := cols[cell.col]
			if !ok {
				continue
			}
			if r, cc, shown := g.shownAt(gr.num, cell.col); !shown || r != gr.num || cc != cell.col {
				continue // covered by a merged range: shows the cell it starts at
			}
			v := cleanText(rd.cellText(cell))
			if v == "" || f == fCategory && (cats[v] || len(cats) == 0) || f == fRef && refCell(v, refs) {
				continue
			}
			shown := strings.Join(strings.FieldsFunc(v, isSpace), " ")
			if rs := []rune(shown); len(rs) > 40 {
				shown = string(rs[:40]) + "…"
			}
			col := colName(cell.col)
			what, whatEn := "要件の参照（要件 ID と基本方針の条項）", "the requirements' references (requirement IDs and policy clauses)"
			if f == fCategory {
				what, whatEn = "質問の分類", "the question's category"
			}
			cc := "「コメント・根拠」欄"
			ccEn := "the comment cell"
			if c.comment > 0 {
				cc += "（" + cellName(c.comment, gr.num) + "）"
				ccEn += " (" + cellName(c.comment, gr.num) + ")"
			}
			rd.problem((&CellError{Sheet: c.sheet, Cell: cellName(cell.col, gr.num), Code: ErrSentCellChanged, Value: shown}).withHint(
				fmt.Sprintf("%s列は送付時の%sを示す列で、読みません。記入は回答に添えられないため、回答なら「回答」欄に、補足・根拠なら質問「%s」の%sに移し、%s列を送付時のとおりに戻して（空欄でも構いません）から取り込んでください（何も記録していません）", col, what, id, cc, col),
				fmt.Sprintf("column %s shows %s as sent and is not read, so what was written there would not go with the answer: move an answer to the answer cell and a note or evidence to %s of question %s, restore column %s as sent (or leave it blank) and import again (nothing recorded)", col, whatEn, ccEn, id, col)))
		}
	}
}

// refLine matches a line of a reference cell as the questionnaire writes
// it for a catalogue other than the one in use: a requirement ID, then a
// policy clause in brackets written as the built-in ones are (6(8)①ア:
// digits, letters, brackets, circled numbers, katakana), never words
// (YN-02 (有償のみ) is a caveat).
var refLine = regexp.MustCompile(`^[A-Za-z][A-Za-z0-9]*(?:-[A-Za-z0-9]+)+(?: \([0-9A-Za-z().\x{2460}-\x{2473}\x{30A1}-\x{30FA}]+\))?$`)

// refCell reports whether v (a reference cell's text) holds only
// references: every line one of refs (a requirement ID of the catalogue,
// alone or with its clause, or a clause of the organisation's policy, in
// brackets) or, for another catalogue version, of the form refLine.
func refCell(v string, refs map[string]bool) bool {
	for _, ln := range strings.Split(v, "\n") {
		ln = strings.TrimFunc(ln, isSpace)
		if ln != "" && !refs[ln] && !refLine.MatchString(ln) {
			return false
		}
	}
	return true
}

// checkNoIDRows reports ErrNoQuestionID at every cell with something
// written in it in a row below the header of a generated questionnaire
// whose ID cell holds no question ID: a row the vendor inserted (a caveat
// typed under its question, in the answer, comment, question or category
// column; an answer given on the next line) or whose ID was cleared.
// Every row such a questionnaire is sent with has an ID, and readRows
// skips the others, so what was written there was dropped with no more
// than "not answered". The ID column itself (notes and banners there are
// skipped, as the docs allow, unless they name a question the workbook was
// sent with: idNote) and the reference column are not checked. A
// cell covered by a merged range (an answer merged down from the row
// above) shows nothing of its own and is not reported, nor is a closing
// mark (以上, （以上）, 以上になります …: closingMark). Rows above the
// header are checked the same way when one of them holds a sent question
// (the header sorted in among the question rows: sentAbove); above a
// header in its place only their answer and comment cells are (but not in
// column A), since a title or notes may be written in the other columns.
func (rd *reader) checkNoIDRows(g *grid, c *columns) {
	skip := map[int]bool{c.id: true}
	for _, gr := range g.rows {
		if gr.num != c.row {
			continue
		}
		for _, cell := range gr.cells {
			if headerField(cell.v) == fRef {
				skip[cell.col] = true
			}
		}
	}
	// sent holds, per column other than the answer and comment, the texts
	// the question rows show there (a category, an entry's name) and, for
	// the question column, the digests of the questions the workbook was
	// sent with: a row whose ID was cleared still shows them, as sent.
	sent := map[int]map[string]bool{}
	for _, gr := range g.rows {
		if gr.num == c.row || !looksLikeID(g.idAt(gr.num, c.id)) {
			continue
		}
		for _, cell := range gr.cells {
			if cell.col == c.answer || cell.col == c.comment || skip[cell.col] {
				continue
			}
			if sent[cell.col] == nil {
				sent[cell.col] = map[string]bool{}
			}
			sent[cell.col][cleanText(cell.v)] = true
		}
	}
	sortedIn := rd.sentAbove(g, c)
	sentIDs := rd.sentQuestionIDs()
	ix := &idIndex{sentIDs: sentIDs, sent: sent, digestIDs: sentDigestIDs(rd.res.Meta), rows: map[string]int{}}
	if len(ix.digestIDs) == 0 {
		ix.digestIDs = rd.catalogueDigestIDs(sentIDs)
	}
	for _, id := range rd.res.Meta.QuestionIDs {
		ix.order = append(ix.order, id)
	}
	for _, it := range rd.res.Meta.Items {
		if _, id, ok := strings.Cut(it, "|"); ok && !slices.Contains(ix.order, id) {
			ix.order = append(ix.order, id)
		}
	}
	// first is the first row of the header and the question rows: a
	// title above it names questions as a title (Q-1～Q-9 確認票).
	first := c.row
	ix.reqIDs = map[string]string{}
	twice := map[string]bool{}
	for _, gr := range g.rows {
		id := g.idAt(gr.num, c.id)
		sid, ok := sentIDs[upperASCII(id)]
		if ok && gr.num != c.row && looksLikeID(id) {
			ix.rows[rowKey(g, c, gr.num, sid)]++
			first = min(first, gr.num)
		} else if c.question > 0 && gr.num > c.row {
			// A question's own row whose ID was typed over still
			// shows its question and references as sent.
			sid = ix.digestIDs[QuestionDigest(g.get(gr.num, c.question))]
		} else {
			sid = ""
		}
		if sid != "" {
			for col := range skip {
				if col == c.id {
					continue
				}
				for _, req := range refRequirements(g.get(gr.num, col)) {
					k := upperASCII(req)
					if prev, ok := ix.reqIDs[k]; ok && prev != sid || sentIDs[k] != "" {
						twice[k] = true
					}
					ix.reqIDs[k] = sid
				}
			}
		}
	}
	for k := range twice {
		delete(ix.reqIDs, k)
	}
	for _, gr := range g.rows {
		if gr.num == c.row {
			continue
		}
		above := gr.num < c.row
		id := g.idAt(gr.num, c.id)
		if _, ok := sentIDs[upperASCII(id)]; ok && looksLikeID(id) {
			continue // a question row
		}
		named := false
		if !above || sortedIn && gr.num > first {
			var own bool
			if own, named = rd.idNote(g, c, gr.num, id, ix); own {
				continue // one refusal, at the ID cell: restoring the ID reads the rest
			}
		}
		if !named && looksLikeID(id) {
			continue // another ID (edited, withdrawn, a title above the header): readRows warns
		}
		for _, cell := range gr.cells {
			col := cell.col
			if skip[col] || above && !sortedIn && (col != c.answer && col != c.comment || col == 1) {
				// Above a header in its place: a title or notes,
				// except in the answer and comment columns (when not
				// column A, where a title is typed).
				continue
			}
			if r, cc, ok := g.shownAt(gr.num, col); !ok || r != gr.num || cc != col {
				continue
			}
			if col != c.answer && col != c.comment &&
				(sent[col][cleanText(cell.v)] || col == c.question && ix.digestIDs[QuestionDigest(cell.v)] != "") {
				continue // as sent: the category or question of a row whose ID was cleared
			}
			v := strings.TrimFunc(cleanText(rd.cellText(g.cell(gr.num, col))), isSpace)
			if v == "" || closingMark(v) {
				// 以上 ("end") closes a Japanese document: no answer.
				continue
			}
			if rs := []rune(v); len(rs) > 40 {
				v = string(rs[:40]) + "…"
			}
			idCol := colName(c.id)
			rd.problem((&CellError{Sheet: c.sheet, Cell: cellName(col, gr.num), Code: ErrNoQuestionID, Value: v}).withHint(
				fmt.Sprintf("この行の %s列が空欄（または ID ではない記入）のため、どの質問への記入か分かりません。質問の行の回答欄・コメント欄に移し、挿入した行を削除して（ID を消した場合は元に戻して）から取り込んでください（何も記録していません）", idCol),
				fmt.Sprintf("this row has no question ID in column %s, so which question this belongs to is not known: move it to the answer or comment cell of the question's own row, delete the inserted row (or restore the ID) and import again (nothing recorded)", idCol)))
		}
	}
}

// sentQuestionIDs maps the upper-case form (upperASCII) of each question
// ID a generated workbook was sent with (those of a SelfCheckBook's items
// too) to the ID.
func (rd *reader) sentQuestionIDs() map[string]string {
	m := rd.res.Meta
	ids := map[string]string{}
	for _, id := range m.QuestionIDs {
		ids[upperASCII(id)] = id
	}
	for _, it := range m.Items {
		if _, id, ok := strings.Cut(it, "|"); ok {
			ids[upperASCII(id)] = id
		}
	}
	return ids
}

// idIndex is what checkNoIDRows and idNote know of the question rows of a
// generated questionnaire's sheet.
type idIndex struct {
	// sentIDs maps the upper-case form of each question ID the workbook
	// was sent with to the ID (sentQuestionIDs).
	sentIDs map[string]string
	// order lists the sent question IDs in the order they were sent,
	// each once.
	order []string
	// sent holds, per column other than the answer and comment, the
	// texts the question rows show there.
	sent map[int]map[string]bool
	// digestIDs maps the QuestionDigest of each question text the
	// workbook was sent with to its ID: the digests recorded in its
	// metadata or, in a workbook made before they were, those of the
	// catalogue's texts of the sent questions (a digest two questions
	// share left out).
	digestIDs map[string]string
	// rows counts the rows holding each sent question (rowKey).
	rows map[string]int
	// reqIDs maps the upper-case form of each requirement ID the
	// reference (参照) column of the question rows shows (CLD-11 of
	// "CLD-11 (6(8)②)") to the question ID of its row; an ID two
	// questions show is left out.
	reqIDs map[string]string
}

// refRequirements returns the requirement IDs a reference cell shows:
// the first word of each line (CLD-11 of "CLD-11 (6(8)②)"), width and
// dashes folded (normID), when it has an ASCII letter and a digit.
func refRequirements(v string) []string {
	var out []string
	for _, ln := range strings.Split(cleanText(v), "\n") {
		f := strings.FieldsFunc(normID(ln), func(r rune) bool { return isSpace(r) || r == '(' })
		// An ID with a letter and a digit (CLD-11), never a clause or a
		// number that ordinary notes contain.
		if len(f) > 0 && looksLikeID(f[0]) && strings.ContainsAny(f[0], "0123456789") &&
			strings.ContainsFunc(f[0], func(r rune) bool { return r >= 'A' && r <= 'Z' || r >= 'a' && r <= 'z' }) {
			out = append(out, f[0])
		}
	}
	return out
}

// namedRequirements returns the question IDs of the requirements
// (ix.reqIDs) that s (upper case) names as a whole word, in the order
// named, each once, with a short list or a range of them as namedIDs
// reads one (CLD-11、13, CLD-11～13, CLD-11～CLD-29), and whether s names
// a range: a caveat naming the requirement instead of its question
// (※CLD-11 は有償プランのみ). A requirement ID inside another ID (CLD-11
// of Q-CLD-11 or XQ-CLD-11) is not named.
func namedRequirements(s string, ix *idIndex) (names []string, span bool) {
	// CLD-11 of Q-CLD-11 is no requirement ID: not after a dash.
	find := func(s string) (string, int) { return wholeIDIn(s, ix.reqIDs, "-") }
	return namedIDs(s, find, ix.reqIDs, ix.order)
}

// rowKey is the key of question id on row r in idIndex.rows: the ID in
// upper case, after the row's entry in a SelfCheckBook (as in Meta.Items).
func rowKey(g *grid, c *columns, r int, id string) string {
	if c.entry > 0 {
		return upperASCII(strings.TrimFunc(g.mergedCell(r, c.entry).v, isSpace) + "|" + id)
	}
	return upperASCII(id)
}

// catalogueDigestIDs maps the QuestionDigest of each text the catalogue
// (ReadOptions.Questions and Requirements) writes for a question of ids
// (upper case to the ID as sent), in either language, to its ID; a
// digest two questions share is left out.
func (rd *reader) catalogueDigestIDs(ids map[string]string) map[string]string {
	out, twice := map[string]string{}, map[string]bool{}
	add := func(q *riskassess.Question) {
		id, ok := ids[upperASCII(q.ID)]
		if !ok {
			return
		}
		for _, t := range []string{questionText(q, "ja"), questionText(q, "en"), q.Text.Ja, q.Text.En} {
			if strings.TrimFunc(t, isSpace) == "" {
				continue
			}
			d := QuestionDigest(t)
			if prev, ok := out[d]; ok && prev != id {
				twice[d] = true
			}
			out[d] = id
		}
	}
	for i := range rd.opts.Questions {
		add(&rd.opts.Questions[i])
	}
	for i := range rd.opts.Requirements {
		if q := rd.opts.Requirements[i].Question; q != nil {
			add(q)
		}
	}
	for d := range twice {
		delete(out, d)
	}
	return out
}

// idNote reports ErrNoQuestionID at the ID cell of row r of a generated
// questionnaire when it holds id, not one of the question IDs the
// workbook was sent with, but text naming one: a question's own ID with a
// note (Q-1 有償のみ, Q-1（一部対応）, Q-1※要確認) or a note about a
// question (※Q-1 は有償プランのみ, Q-1 補足：…) in a row the vendor
// inserted. Such a row was read as no question (or an unknown one), so
// its answer was dropped with no more than "missing question", and the
// note was dropped without a word, a caveat lost from a はい recorded
// alone. A note naming no question (※ 以下は当社の補足です, a banner) is
// skipped as before. own reports the question's own row (ownQuestion):
// its other cells are not reported, since restoring the ID reads them.
// Otherwise the message names every question the text names and the
// question row directly above (its comment cell, and in a book its
// entry): a caveat typed under one question may be about it and name
// another (回答は Q-2 と同じ); a heading or footer naming a range or
// several questions (■ 選定条件（Q-1～Q-9）) is to be deleted if only a
// heading, copied to each question's comment if a caveat (the comment
// cell of the question directly above named when it is one of them).
// named reports a refusal.
func (rd *reader) idNote(g *grid, c *columns, r int, id string, ix *idIndex) (own, named bool) {
	if id == "" {
		return false, false
	}
	if rr, cc, ok := g.shownAt(r, c.id); !ok || rr != r || cc != c.id {
		return false, false // covered by a range merged from another cell
	}
	names, span := namedQuestions(upperASCII(id), ix)
	if len(names) == 0 {
		names, span = namedRequirements(upperASCII(id), ix)
	}
	if len(names) == 0 {
		return false, false
	}
	q, own := rd.ownQuestion(g, c, r, names, ix)
	v := strings.TrimFunc(cleanText(g.get(r, c.id)), isSpace)
	if rs := []rune(v); len(rs) > 40 {
		v = string(rs[:40]) + "…"
	}
	col := colName(c.id)
	p := &CellError{Sheet: c.sheet, Cell: cellName(c.id, r), Code: ErrNoQuestionID, Value: v}
	defer rd.problem(p)
	if own {
		if q == "" {
			p.withHint(
				fmt.Sprintf("%s列に ID 以外の記入があるため、この行の回答を質問への回答として読めません。%s列はこの行の質問の ID だけに戻し、補足はコメント欄に移してから取り込んでください（何も記録していません）", col, col),
				fmt.Sprintf("column %s holds more than a question ID, so this row is not read as a question's row (nor its answer): leave the ID of this row's question alone in column %s, move the note to the comment cell and import again (nothing recorded)", col, col))
			return true, true
		}
		p.withHint(
			fmt.Sprintf("%s列に ID「%s」以外の記入があるため、この行の回答を質問「%s」への回答として読めません。%s列は「%s」だけに戻し、補足はコメント欄に移してから取り込んでください（何も記録していません）", col, q, q, col, q),
			fmt.Sprintf("column %s holds more than the question ID %s, so this row is not read as the row of question %s (nor its answer): leave %s alone in column %s, move the note to the comment cell and import again (nothing recorded)", col, q, q, q, col))
		return true, true
	}
	// The question row directly above, where a caveat typed under its
	// question belongs: its ID, entry (in a book) and comment cell.
	aboveID, entry, cell := "", "", ""
	for _, gr := range g.rows {
		aid := g.idAt(gr.num, c.id)
		sid, ok := ix.sentIDs[upperASCII(aid)]
		if gr.num >= r || gr.num == c.row || !ok || !looksLikeID(aid) {
			continue
		}
		aboveID, cell = sid, cellName(c.id, gr.num)
		if c.comment > 0 {
			cell = cellName(c.comment, gr.num)
		}
		if c.entry > 0 {
			entry = strings.TrimFunc(g.mergedCell(gr.num, c.entry).v, isSpace)
		}
	}
	// aboveJa and aboveEn name it: 質問「Q-2」 or エントリ「e」の「Q-2」.
	aboveJa, aboveEn := "質問「"+aboveID+"」", "question "+aboveID
	if entry != "" {
		aboveJa, aboveEn = "エントリ「"+entry+"」の「"+aboveID+"」", "question "+aboveID+" of entry "+entry
	}
	const nothing = "（何も記録していません）"
	if len(names) > 1 || span {
		list := make([]string, len(names))
		for i, n := range names {
			list[i] = "「" + n + "」"
		}
		listJa, listEn := strings.Join(list, ""), strings.Join(names, ", ")
		if span && len(names) == 1 {
			listJa, listEn = listJa+"を含む範囲", "a range including "+listEn
		}
		hja := fmt.Sprintf("%s列に複数の質問（%s）に触れる記入がありますが、ID 列の記入は読まないため、回答に添えられません。見出しだけであれば削除し、補足であれば当てはまる各質問の行のコメント欄に写し", col, listJa)
		hen := fmt.Sprintf("column %s names several questions (%s), but nothing in the ID column is read, so it would not go with their answers: if it is only a heading, delete it; if it is a caveat, copy it to the comment cell of each question it is about", col, listEn)
		if aboveID != "" && slices.Contains(names, aboveID) {
			hja += "（すぐ上の" + aboveJa + "なら " + cell + "）"
			hen += " (" + cell + " for the " + aboveEn + " directly above)"
		}
		p.withHint(hja+"、この行を削除してから取り込んでください"+nothing, hen+", delete this row and import again (nothing recorded)")
		return false, true
	}
	switch aboveID {
	case "":
		p.withHint(
			fmt.Sprintf("%s列に質問「%s」についての記入がありますが、ID 列の記入は読まないため、回答に添えられません。質問「%s」の行のコメント欄に移し、挿入した行を削除してから取り込んでください%s", col, names[0], names[0], nothing),
			fmt.Sprintf("column %s has a note about question %s, but nothing in the ID column is read, so it would not go with the answer: move it to the comment cell of question %s's own row, delete the inserted row and import again (nothing recorded)", col, names[0], names[0]))
	case names[0]:
		p.withHint(
			fmt.Sprintf("%s列に質問「%s」についての記入がありますが、ID 列の記入は読まないため、回答に添えられません。すぐ上の%sの行のコメント欄（%s）に移し、挿入した行を削除してから取り込んでください%s", col, names[0], aboveJa, cell, nothing),
			fmt.Sprintf("column %s has a note about question %s, but nothing in the ID column is read, so it would not go with the answer: move it to the comment cell of the %s directly above (%s), delete the inserted row and import again (nothing recorded)", col, names[0], aboveEn, cell))
	default:
		other, otherEn := "「"+names[0]+"」の行", "question "+names[0]+"'s own row"
		if c.entry > 0 {
			other, otherEn = "当てはまるエントリの「"+names[0]+"」の行", "the row of question "+names[0]+" of the entry it is about"
		}
		p.withHint(
			fmt.Sprintf("%s列に質問「%s」に触れる記入がありますが、ID 列の記入は読まないため、回答に添えられません。すぐ上の%sのことなら %s に、質問「%s」のことであれば%sのコメント欄に移し、挿入した行を削除してから取り込んでください%s", col, names[0], aboveJa, cell, names[0], other, nothing),
			fmt.Sprintf("column %s has a note naming question %s, but nothing in the ID column is read, so it would not go with an answer: move it to the comment cell of the %s directly above (%s) if it is about that question, or to the comment cell of %s if it is about question %s; delete the inserted row and import again (nothing recorded)", col, names[0], aboveEn, cell, otherEn, names[0]))
	}
	return false, true
}

// ownQuestion reports whether row r, whose ID cell names the questions
// names (the first at its start or not), is a question's own row with a
// note in its ID cell or the ID typed over, and which question it is
// ("" when that cannot be told). A row is a question's own only if no
// other row holds that question's ID (a row copied with its question, an
// "insert copied cells" of Excel, is an inserted row: restoring its ID
// would put the question on two rows). With a question column: the row
// whose question cell shows the text a question was sent with (its
// recorded digest, or in an older workbook the catalogue's text), or
// else, when the cell is no text another question row shows, the row of
// a sent question that has no row: the one its ID cell names first,
// wherever the row is (a sorted sheet moves it away from its neighbours),
// or else, when the question rows run in the order sent (either way), the
// only one sent between the question rows above and below it
// in the direction the rows run (a caveat row naming a question that has
// its row is not taken for the row of a question deleted elsewhere), so
// that the row holding the only copy of a sent question is never taken
// for an inserted one. Without a question column: the question the ID
// cell names first, at its start.
func (rd *reader) ownQuestion(g *grid, c *columns, r int, names []string, ix *idIndex) (string, bool) {
	hasRow := func(id string) bool { return ix.rows[rowKey(g, c, r, id)] > 0 }
	if c.question == 0 {
		_, at := namedQuestion(upperASCII(g.idAt(r, c.id)), ix.sentIDs)
		return names[0], at == 0 && !hasRow(names[0])
	}
	t := g.cell(r, c.question).v
	if cleanText(t) == "" {
		return "", false
	}
	if id := ix.digestIDs[QuestionDigest(t)]; id != "" {
		return id, !hasRow(id)
	}
	if ix.sent[c.question][cleanText(t)] {
		// A copy of another question row, unless only this row shows it
		// (its ID cell, Q-1（一部対応）, looks like an ID too).
		for _, gr := range g.rows {
			if gr.num != r && gr.num != c.row && looksLikeID(g.idAt(gr.num, c.id)) && cleanText(g.cell(gr.num, c.question).v) == cleanText(t) {
				return "", false
			}
		}
	}
	// The question the ID cell names first, sent (to this row's entry in
	// a book) and on no row: this row holds its only copy, wherever a sort
	// put it.
	if !hasRow(names[0]) && (c.entry == 0 || rd.sentItem(rowKey(g, c, r, names[0]))) {
		return names[0], true
	}
	// Else the sent questions without a row that were sent between the
	// question rows above and below this one (of its entry in a book) when
	// the question rows run in the order sent, ascending or descending
	// (at the top or bottom of the sheet, after or before the nearest
	// one); any, when there is only one. When they run in no order
	// (sorted by another column) the neighbours tell nothing of where the
	// row was sent: none is taken, and the row reads as inserted (a
	// question without a row elsewhere, its ID cell annotated, is not
	// this row's).
	entryOf := func(row int) string {
		if c.entry == 0 {
			return ""
		}
		return upperASCII(strings.TrimFunc(g.mergedCell(row, c.entry).v, isSpace))
	}
	var above, below []int // positions in ix.order of the question rows, top down
	for _, gr := range g.rows {
		id := g.idAt(gr.num, c.id)
		sid, ok := ix.sentIDs[upperASCII(id)]
		if !ok || gr.num == c.row || gr.num == r || !looksLikeID(id) || entryOf(gr.num) != entryOf(r) {
			continue
		}
		if gr.num < r {
			above = append(above, slices.Index(ix.order, sid))
		} else {
			below = append(below, slices.Index(ix.order, sid))
		}
	}
	lo, hi := -1, len(ix.order)
	all := slices.Concat(above, below)
	switch {
	case len(all) < 2:
	case slices.IsSorted(all):
		if len(above) > 0 {
			lo = above[len(above)-1]
		}
		if len(below) > 0 {
			hi = below[0]
		}
	case slices.IsSortedFunc(all, func(a, b int) int { return b - a }):
		if len(below) > 0 {
			lo = below[0]
		}
		if len(above) > 0 {
			hi = above[len(above)-1]
		}
	default:
		return "", false
	}
	var missing []string
	for i, id := range ix.order {
		if i > lo && i < hi && !hasRow(id) && (c.entry == 0 || rd.sentItem(rowKey(g, c, r, id))) {
			missing = append(missing, id)
		}
	}
	switch {
	case len(missing) == 0:
		return "", false
	case len(missing) == 1:
		return missing[0], true
	}
	return "", true
}

// sentItem reports whether key (upper-case entry|ID) is one of the items
// of a SelfCheckBook.
func (rd *reader) sentItem(key string) bool {
	for _, it := range rd.res.Meta.Items {
		if upperASCII(it) == key {
			return true
		}
	}
	return false
}

// namedQuestions returns every sent question (ix.sentIDs) that s (upper
// case) names as a whole word (namedQuestion), in the order named, each
// once, and whether s names a range (namedIDs): Q-1～Q-9, Q-1～9 and
// Q-1から9 name the questions sent from one end to the other, Q-1、3・5
// names Q-3 and Q-5 too.
func namedQuestions(s string, ix *idIndex) (names []string, span bool) {
	return namedIDs(s, func(s string) (string, int) { return namedQuestion(s, ix.sentIDs) }, ix.sentIDs, ix.order)
}

// namedIDs returns the questions that s (upper case) names through the
// IDs find locates (the first in s and where; "" when none) and lookup
// maps (an upper-case ID to a question ID), in the order named, each
// once: every ID found; after one, a short list of numbers (Q-1、3・5,
// Q-1, 3: the ID with its number replaced); and a range (～ folded to ~,
// 〜, から, or a dash between two IDs) to another ID or a number (Q-1～Q-9,
// Q-1～9), which names the questions sent from one end to the other
// (order). span reports a range: one whose end is found, or an ID not
// sent (Q-1～Q-99); a date or an amount after ～ (Q-1 ～2027年3月) is none.
func namedIDs(s string, find func(string) (string, int), lookup map[string]string, order []string) (names []string, span bool) {
	seen := map[string]bool{}
	add := func(id string) {
		if !seen[id] {
			seen[id] = true
			names = append(names, id)
		}
	}
	prefixOf := func(s string, marks ...string) string {
		for _, m := range marks {
			if strings.HasPrefix(s, m) {
				return m
			}
		}
		return ""
	}
	// renumber returns key with its number replaced by the whole number
	// rest starts with (Q-1 and "9 共通": Q-9) and that number's length,
	// when lookup has that ID and the number is no date, time, amount or
	// count (2027年, 21時, 99.9, 3件).
	renumber := func(key, rest string) (string, int, bool) {
		n := len(rest) - len(strings.TrimLeft(rest, "0123456789"))
		d := len(key) - len(strings.TrimRight(key, "0123456789"))
		if n == 0 || d == 0 {
			return "", 0, false
		}
		after := rest[n:]
		unit := strings.TrimLeftFunc(after, isSpace) // 24 時間: a unit after spaces
		if after != "" && (alnumASCII(after[0]) || after[0] == '%' || after[0] == ':' || after[0] == '/' ||
			after[0] == '.' && len(after) > 1 && after[1] >= '0' && after[1] <= '9' ||
			prefixOf(unit, "年", "月", "日", "時", "分", "秒", "週", "件", "個", "回", "円", "名", "人", "社", "台", "本", "世代", "拠点",
				"箇所", "カ所", "か所", "ヶ所", "営業日", "ヶ月", "か月", "カ月", "ヵ月", "箇月", "GB", "TB", "MB", "%", "％", "：") != "") {
			return "", 0, false
		}
		end := key[:len(key)-d] + rest[:n]
		_, ok := lookup[end]
		return end, n, ok
	}
	for i := 0; i < len(s); {
		key, at := find(s[i:])
		if key == "" {
			break
		}
		add(lookup[key])
		i += at + len(key)
		for {
			rest := strings.TrimLeftFunc(s[i:], isSpace)
			if sep := prefixOf(rest, "、", "・", ","); sep != "" {
				// A list: Q-1、3 names Q-3 (Q-1、Q-3 is found as an ID).
				rest = strings.TrimLeftFunc(rest[len(sep):], isSpace)
				next, n, ok := renumber(key, rest)
				if !ok {
					break
				}
				add(lookup[next])
				i, key = len(s)-len(rest)+n, next
				continue
			}
			mark := prefixOf(rest, "~", "〜", "から", "-")
			if mark == "" {
				break
			}
			rest = strings.TrimLeftFunc(rest[len(mark):], isSpace)
			if rest == "" || !alnumASCII(rest[0]) {
				break
			}
			end, at := find(rest)
			n := len(end)
			if end == "" || at != 0 {
				var ok bool
				if end, n, ok = renumber(key, rest); !ok {
					// Q-1～Q-99, Q-1～99: a range to an ID not sent (a
					// date or an amount, Q-1～4月, is none). A dash is a
					// range only between two IDs (Q-1-A案 is not).
					span = span || mark != "-" && (!(rest[0] >= '0' && rest[0] <= '9') || end != "")
					break
				}
			}
			from, to := slices.Index(order, lookup[key]), slices.Index(order, lookup[end])
			if from < 0 || to < from {
				break
			}
			span = true
			for _, id := range order[from : to+1] {
				add(id)
			}
			i, key = len(s)-len(rest)+n, end
		}
	}
	return names, span
}

// sentDigestIDs maps the QuestionDigest of each question text a
// generated workbook was sent with (m) to its question ID (a
// SelfCheckBook's items too); empty for a workbook made before the
// digests were recorded.
func sentDigestIDs(m *Meta) map[string]string {
	out := map[string]string{}
	for i, d := range m.QuestionDigests {
		if i < len(m.QuestionIDs) {
			out[d] = m.QuestionIDs[i]
		}
	}
	for i, d := range m.ItemDigests {
		if i < len(m.Items) {
			if _, id, ok := strings.Cut(m.Items[i], "|"); ok {
				out[d] = id
			}
		}
	}
	return out
}

// namedQuestion returns the first of the keys of ids (upper-case question
// IDs) that s (upper case) names, and where: as a whole word, not
// followed or preceded by an ASCII letter or digit (Q-1 is not named by
// Q-10 or XQ-1); the longest of those at the same place. It returns ""
// when s names none.
func namedQuestion(s string, ids map[string]string) (id string, at int) {
	return wholeIDIn(s, ids, "")
}

// wholeIDIn returns the first of the keys of ids that s names as a whole
// word (not followed or preceded by an ASCII letter or digit, nor preceded
// by a byte of notAfter), and where; the longest of those at the same
// place (the least in byte order among equals). It returns "", -1 when s
// names none.
func wholeIDIn(s string, ids map[string]string, notAfter string) (id string, at int) {
	at = -1
	for q := range ids {
		for i := 0; i+len(q) <= len(s); {
			j := strings.Index(s[i:], q)
			if j < 0 {
				break
			}
			j += i
			e := j + len(q)
			if (j == 0 || !alnumASCII(s[j-1]) && strings.IndexByte(notAfter, s[j-1]) < 0) && (e == len(s) || !alnumASCII(s[e])) {
				if at < 0 || j < at || j == at && (len(q) > len(id) || len(q) == len(id) && q < id) {
					id, at = q, j
				}
				break
			}
			i = j + 1
		}
	}
	return id, at
}

// alnumASCII reports whether b is an ASCII letter or digit.
func alnumASCII(b byte) bool {
	return b >= '0' && b <= '9' || b >= 'A' && b <= 'Z' || b >= 'a' && b <= 'z'
}

// closingMark reports whether v is 以上 ("end"), the closing mark of a
// Japanese document, as it is typed: with spaces (以　上), surrounding
// punctuation or dashes (以上。, －以上－, ― 以上 ―), in brackets
// (（以上）, (以上), 【以上】, ［以上］, 〔以上〕, 「以上」, 『以上』, 《以上》,
// ＜以上＞) or with a polite ending (以上です, 以上でございます, 以上になります,
// 以上となります), or these together (（以上です。）). A closing mark carries
// no answer; anything more (以上、Q-1 は対象外, 以上の通り) is not one.
func closingMark(v string) bool {
	v = strings.Map(func(r rune) rune {
		if isSpace(r) {
			return -1
		}
		return r
	}, fold(v))
	const marks = "。.．、,－―—–‐ー-"
	// fold (NFKC) has made （） ［］ ＜＞ ASCII.
	brackets := [][2]string{{"(", ")"}, {"【", "】"}, {"[", "]"}, {"〔", "〕"}, {"「", "」"}, {"『", "』"}, {"《", "》"}, {"<", ">"}, {"〈", "〉"}}
	for {
		t := strings.Trim(v, marks)
		for _, b := range brackets {
			if strings.HasPrefix(t, b[0]) && strings.HasSuffix(t, b[1]) && len(t) >= len(b[0])+len(b[1]) {
				t = t[len(b[0]) : len(t)-len(b[1])]
				break
			}
		}
		for _, end := range []string{"でございます", "になります", "となります", "です"} {
			if c, ok := strings.CutSuffix(t, end); ok {
				t = c
				break
			}
		}
		if t == v {
			return v == "以上"
		}
		v = t
	}
}

// sentAbove reports whether a row above the header row of g holds one of
// the questions the workbook was sent with (by ID, or entry and ID in a
// SelfCheckBook): the header row sorted in among the question rows, whose
// rows above it readRows and readBook read as question rows.
func (rd *reader) sentAbove(g *grid, c *columns) bool {
	m := rd.res.Meta
	sent := map[string]bool{}
	for _, id := range m.QuestionIDs {
		sent[upperASCII(id)] = true
	}
	for _, it := range m.Items {
		sent[upperASCII(it)] = true
	}
	for _, gr := range g.rows {
		if gr.num >= c.row {
			continue
		}
		id := g.idAt(gr.num, c.id)
		if !looksLikeID(id) {
			continue
		}
		if sent[upperASCII(id)] {
			return true
		}
		if c.entry > 0 && sent[upperASCII(strings.TrimFunc(g.mergedCell(gr.num, c.entry).v, isSpace)+"|"+id)] {
			return true
		}
	}
	return false
}

// refuseCopies returns ErrQuestionsCopy when a sheet of order other than
// the questions sheet qs also has the questions' header row: a copy of the
// questions sheet, perhaps holding the vendor's answers, which reading qs
// alone would silently drop. Only the first peekRows rows of each sheet
// are read (grids caches them for readRespondent).
func (rd *reader) refuseCopies(order []string, grids map[string]*grid, qs string) error {
	for _, s := range order {
		if s == qs {
			continue
		}
		g, err := rd.peek(grids, s)
		if err != nil {
			return err
		}
		if findHeader(g) != nil {
			return (&CellError{Sheet: s, Code: ErrQuestionsCopy, Value: s}).withHint(
				fmt.Sprintf("回答をコピーに記入した場合は「%s」シートに写し、コピーのシートを削除してから取り込んでください（何も記録していません）", qs),
				fmt.Sprintf("a copy of the %q sheet: if the answers were typed into the copy, move them to %q and delete the copy, then import again (nothing recorded)", qs, qs))
		}
	}
	return nil
}

// checkAddedSheets reports ErrAddedSheet at the first cell with
// something written in it of every sheet of a generated questionnaire
// that riskregister does not write (a sheet the vendor added for notes,
// 補足 or 別紙, or for answers): nothing on it is read, so a caveat about
// a question (Q-OUT-03 は有償オプションのみ) was dropped without a word.
// The sheets riskregister writes are the questions sheet qs, the cover
// (表紙 or Cover, or any sheet with a respondent label: a cover renamed),
// the council-wide items of a self-check book (議会全体 or Council-wide)
// and the hidden _meta and _lists. Only the first rows of a sheet are
// looked at (peekRows).
func (rd *reader) checkAddedSheets(order []string, grids map[string]*grid, qs string) error {
	known := map[string]bool{qs: true, MetaSheet: true, listSheet: true}
	for _, l := range []riskassess.Lang{"ja", "en"} {
		cover, questions := sheetNames(l)
		known[cover], known[questions], known[councilSheetName(l)] = true, true, true
	}
	for _, s := range order {
		if known[s] {
			continue
		}
		g, err := rd.peek(grids, s)
		if err != nil {
			return err
		}
		var first *gcell
		firstRow, cover := 0, false
		for _, gr := range g.rows {
			for i, cell := range gr.cells {
				if respondentField(cell.v) >= 0 {
					cover = true
				}
				if first == nil && strings.TrimFunc(cleanText(cell.v), isSpace) != "" {
					first, firstRow = &gr.cells[i], gr.num
				}
			}
		}
		if cover || first == nil {
			continue
		}
		v := strings.Join(strings.FieldsFunc(cleanText(rd.cellText(*first)), isSpace), " ")
		if rs := []rune(v); len(rs) > 40 {
			v = string(rs[:40]) + "…"
		}
		rd.problem((&CellError{Sheet: s, Cell: cellName(first.col, firstRow), Code: ErrAddedSheet, Value: v}).withHint(
			fmt.Sprintf("「%s」は確認票にないシートで、読まないため回答に添えられません。回答は「%s」シートの回答欄に、補足・根拠は当てはまる質問のコメント欄に移し、このシートを削除してから取り込んでください（何も記録していません）", s, qs),
			fmt.Sprintf("the sheet %q was added to the questionnaire and is not read, so what was written on it would not go with the answers: move answers to the answer cells of the %q sheet and notes or evidence to the comment cells of the questions they are about, delete this sheet and import again (nothing recorded)", s, qs)))
	}
	return nil
}

// checkCover reports ErrCoverNote at every cell of the cover of a
// generated questionnaire (the sheet with the respondent labels) that
// holds something riskregister neither writes nor reads: a cell right of
// a respondent field's value (回答日 2026/12/1 | 暫定; the respondent and
// the contact are read from every cell right of their label, joinedField),
// a cell below the
// respondent fields (※本回答は標準プランについてのものです), or a cell outside
// the two columns of labels and values (延長を依頼済み beside 回答期限). The
// reader reads only the respondent fields, so a caveat on all the answers
// written there was dropped without a word.
func (rd *reader) checkCover(grids map[string]*grid) error {
	s := rd.coverSheet
	if s == "" {
		return nil
	}
	g, err := rd.peek(grids, s)
	if err != nil {
		return err
	}
	// The labels' column and the last row holding a respondent label.
	labelCol, lastRow := 0, 0
	for _, gr := range g.rows {
		for _, cell := range gr.cells {
			if respondentField(cell.v) >= 0 {
				if labelCol == 0 || cell.col < labelCol {
					labelCol = cell.col
				}
				lastRow = max(lastRow, gr.num)
			}
		}
	}
	if labelCol == 0 {
		return nil
	}
	for _, gr := range g.rows {
		label, value, field := false, false, -1 // the row's label seen; its value seen; its field
		for _, cell := range gr.cells {
			blank := strings.TrimFunc(cleanText(cell.v), isSpace) == ""
			ok := false
			switch {
			case blank:
				ok = true
			case respondentField(cell.v) >= 0 && !label:
				label, ok, field = true, true, respondentField(cell.v)
			case label && !value:
				value, ok = true, true // the field's value, wherever it is right of its label
			case label && joinedField(field):
				ok = true // read into the value (joinedField)
			case !label && gr.num <= lastRow && (cell.col == labelCol || cell.col == labelCol+1):
				ok = true // the title, the subject, the instructions
			}
			if ok {
				continue
			}
			if r, c, shown := g.shownAt(gr.num, cell.col); !shown || r != gr.num || c != cell.col {
				continue // covered by a merged range
			}
			v := strings.Join(strings.FieldsFunc(cleanText(rd.cellText(cell)), isSpace), " ")
			if rs := []rune(v); len(rs) > 40 {
				v = string(rs[:40]) + "…"
			}
			rd.problem((&CellError{Sheet: s, Cell: cellName(cell.col, gr.num), Code: ErrCoverNote, Value: v}).withHint(
				"表紙は回答者欄（会社名・法人番号・回答者・連絡先・回答日、点検者・所属・職名・点検日）の値だけを読むため、この記入は回答に添えられません。回答全体への補足であれば当てはまる質問のコメント欄に写し、この記入を削除してから取り込んでください（何も記録していません）",
				"only the values of the respondent fields (company name, corporate number, respondent, contact, date answered; checker, position, date checked) are read on the cover, so this would not go with the answers: if it is a note on the answers, copy it to the comment cells of the questions it is about, delete it here and import again (nothing recorded)"))
		}
	}
	return nil
}

// peek returns the first peekRows rows of sheet s, read once: grids
// caches what the search for the questions sheet and earlier peeks read.
func (rd *reader) peek(grids map[string]*grid, s string) (*grid, error) {
	if g := grids[s]; g != nil {
		return g, nil
	}
	g, err := rd.b.loadGrid(s, peekRows)
	if err != nil {
		return nil, err
	}
	grids[s] = g
	return g, nil
}

// checkMatched refuses a workbook whose questions are mostly not the
// entry's (a CAIQ or HECVAT imported with --entry, another kind's
// questionnaire): with a catalogue in use and fewer than half of the
// question rows matching, the result keeps one error (ErrFewMatched) and
// no items or answers, so that nothing of it can be recorded.
func (rd *reader) checkMatched() {
	res := rd.res
	if _, useCatalogue := rd.questions(); !useCatalogue || res.Matched*2 >= res.Rows && res.Rows > 0 {
		return
	}
	for _, p := range res.Problems {
		if p.QuestionID == "" && p.Severity() == SeverityError {
			return // already refused (wrong kind or entry, bad metadata): that says why
		}
	}
	p := &CellError{Sheet: res.Sheet, Code: ErrFewMatched, Value: fmt.Sprintf("%d of %d", res.Matched, res.Rows),
		Allowed: []string{"at least half of the rows"}}
	p.withHint(fmt.Sprintf("この確認票の質問 %d 問のうち、%s「%s」の質問と一致するのは %d 問です。何も記録していません。"+
		"%s 向けに作った確認票（riskregister questionnaire --entry %s）を取り込むか、--entry・--kind を確かめてください",
		res.Rows, res.Kind.Label("ja"), res.EntryID, res.Matched, res.EntryID, res.EntryID),
		fmt.Sprintf("%d of the workbook's %d questions are questions of %s %q; nothing recorded. "+
			"Import the questionnaire generated for this entry (riskregister questionnaire --entry %s), or check --entry and --kind",
			res.Matched, res.Rows, res.Kind, res.EntryID, res.EntryID))
	res.Problems = []*CellError{p}
	res.Items = nil
	res.Answers = map[string]riskassess.Answer{}
}

// checkMeta verifies the metadata and fills Kind, EntryID and
// CatalogueVersion of the result.
func (rd *reader) checkMeta() {
	res, opts, m := rd.res, rd.opts, rd.res.Meta
	res.Kind, res.EntryID = opts.Kind, opts.EntryID
	if m == nil {
		return
	}
	if m.Format != metaFormat {
		rd.problem(&CellError{Sheet: MetaSheet, Cell: m.cell("format"), Code: ErrBadMeta, Value: m.Format, Allowed: []string{metaFormat}})
	}
	if m.By != "" && m.By != riskassess.AttestVendor && m.By != riskassess.AttestCouncil {
		rd.problem(&CellError{Sheet: MetaSheet, Cell: m.cell("by"), Code: ErrBadMeta, Value: string(m.By), Allowed: []string{string(riskassess.AttestCouncil)}})
	}
	if m.madeOnRaw != "" && m.MadeOn.IsZero() {
		rd.problem(&CellError{Sheet: MetaSheet, Cell: m.cell("made_on"), Code: ErrBadMeta, Value: m.madeOnRaw, Allowed: []string{"2026-04-01"}})
	}
	if m.sum() != m.Checksum {
		rd.problem((&CellError{Sheet: MetaSheet, Cell: m.cell("checksum"), Code: ErrBadMeta}).
			withHint("チェックサムが合わないため、書き換えられたものとして扱います。新しい確認票に記入し直してもらってください",
				"the checksum does not match, so the sheet was edited: ask for the answers on a new questionnaire"))
	}
	rd.checkOrg()
	res.CatalogueVersion = m.CatalogueVersion
	res.Round = m.Round
	if m.By == riskassess.AttestCouncil {
		res.By = riskassess.AttestCouncil
	}
	if m.Scope != "" {
		rd.checkBookMeta()
		return
	}
	if m.Kind != "" {
		if opts.Kind != "" && m.Kind != opts.Kind {
			rd.problem(&CellError{Sheet: MetaSheet, Cell: m.cell("kind"), Code: ErrWrongKind, Value: string(m.Kind), Allowed: []string{string(opts.Kind)}})
		} else {
			res.Kind = m.Kind
		}
	}
	if m.EntryID != "" {
		if opts.EntryID != "" && m.EntryID != opts.EntryID {
			rd.problem(&CellError{Sheet: MetaSheet, Cell: m.cell("entry"), Code: ErrWrongEntry, Value: m.EntryID, Allowed: []string{opts.EntryID}})
		} else {
			res.EntryID = m.EntryID
		}
	}
	if opts.CatalogueVersion != "" && m.CatalogueVersion != opts.CatalogueVersion {
		rd.problem((&CellError{Sheet: MetaSheet, Cell: m.cell("catalogue_version"), Code: ErrOtherVersion,
			Value: m.CatalogueVersion, Allowed: []string{opts.CatalogueVersion}}).
			withHint(otherVersionJa, otherVersionEn))
	}
}

// checkOrg refuses a workbook whose _meta names an organisation (Meta.Org)
// that is not the register's (ReadOptions.Register's org.name): a vendor
// answering two councils' questionnaires for entries of the same ID
// returned one to the wrong council, and it imported there. The names
// are compared (riskassess.FoldText, in any case, blanks at the ends
// dropped) in Japanese when both have a Japanese name, else in English
// when both have an English one, else across the languages: 大野市議会
// and 小野市議会 are both "Ono City Council", and a register copied from
// another council's keeps its English name until someone notices. A
// workbook without the name (made before it was recorded) or a register
// without one is not checked.
func (rd *reader) checkOrg() {
	m, reg := rd.res.Meta, rd.opts.Register
	if m == nil || m.Org == (riskassess.Text{}) || reg == nil || reg.Org.Name == (riskassess.Text{}) {
		return
	}
	key := func(s string) string {
		return strings.ToLower(strings.TrimFunc(riskassess.FoldText(s), isSpace))
	}
	made, here := m.Org, reg.Org.Name
	mj, me, hj, he := key(made.Ja), key(made.En), key(here.Ja), key(here.En)
	var same bool
	switch {
	case mj != "" && hj != "":
		same = mj == hj
	case me != "" && he != "":
		same = me == he
	default:
		same = mj != "" && mj == he || me != "" && me == hj
	}
	if same {
		return
	}
	name := func(t riskassess.Text) string { return cmp.Or(t.Ja, t.En) }
	rd.problem((&CellError{Sheet: MetaSheet, Cell: m.cell("org"), Code: ErrWrongEntry, Value: name(made), Allowed: []string{name(here)}}).
		withHint(fmt.Sprintf("この確認票は「%s」が作ったもので、「%s」の台帳には取り込みません（何も記録していません）。送り先を確かめ、この組織の確認票で回答してもらってください。同じ組織で名称（register.yaml の org.name）を変えたなら、新しい確認票を送ってください", name(made), name(here)),
			fmt.Sprintf("the questionnaire was made by %q and is not imported into the register of %q (nothing recorded): check where it was sent and have it answered on this organisation's questionnaire; if the organisation renamed itself (org.name in register.yaml), send a new questionnaire", name(made), name(here))))
}

// otherVersionJa and otherVersionEn are the hint of the _meta sheet's
// ErrOtherVersion: what a workbook of another catalogue version imports.
const (
	otherVersionJa = "ID が一致し、質問文が変わっていない質問だけを取り込みます"
	otherVersionEn = "only the questions whose ID still exists and whose text has not changed are imported"
)

// questions returns the catalogue questions for the result's kind, and
// whether a catalogue is in use at all.
func (rd *reader) questions() ([]riskassess.Question, bool) {
	if rd.opts.Questions != nil {
		return rd.opts.Questions, true
	}
	if rd.opts.Requirements != nil && rd.res.Kind != "" {
		return questionsBy(rd.opts.Requirements, rd.res.Kind, rd.res.answerer(), rd.claims()), true
	}
	return nil, false
}

func (rd *reader) current() map[string]riskassess.Answer {
	rd.entry = nil
	if rd.opts.Register != nil {
		if rd.res.Kind == "" || rd.res.EntryID == "" {
			return nil
		}
		e := rd.opts.Register.Entry(rd.res.Kind, rd.res.EntryID)
		if e == nil {
			cell := ""
			if rd.res.Meta != nil {
				cell = rd.res.Meta.cell("entry")
			}
			rd.problem((&CellError{Sheet: MetaSheet, Cell: cell, Code: ErrWrongEntry, Value: rd.res.EntryID}).
				withHint(fmt.Sprintf("台帳に%s「%s」がありません", rd.res.Kind.Label("ja"), rd.res.EntryID),
					fmt.Sprintf("the register has no %s %q", rd.res.Kind, rd.res.EntryID)))
			return nil
		}
		rd.entry = e
		rd.dates = e.Base().AnswerDates()
		return e.Base().Answers
	}
	return rd.opts.Current
}

type rowAnswer struct {
	row                 int
	raw, comment, cellD string
	// question is the text of the row's question cell and questionCell
	// its name (the ID cell when the sheet has no question column).
	question, questionCell string
	// errCell is the answer or comment cell that shows a formula's error
	// (errValue: #N/A, #REF! …), "" if neither does.
	errCell, errValue string
	// uncalculated: the answer cell holds a formula without a cached
	// value (read as blank).
	uncalculated bool
	// formatWords: the words the answer cell's custom number format
	// shows with its number (wareki.ExcelShownWords, of the section that
	// shows it: 予定 of yyyy/m/d"予定", 未確認 of 0.0;-0.0;"未確認" for
	// 0), or with its text (wareki.ExcelTextWords: 約 of "約"@).
	formatWords string
	// typed: the answer cell holds text (as typed), not a number.
	typed bool
	// struck: the answer cell's text is struck through, in whole or in
	// part (見え消し).
	struck bool
	// volatile: the answer cell holds a formula taking the day it is
	// calculated (=TODAY()), or one referring to such a formula
	// (volatileHint); cellD is refused with volatileJa and volatileEn.
	volatile               bool
	volatileJa, volatileEn string
	// commentVolatile is the comment cell when it holds such a formula,
	// "" otherwise, commentVolatileJa and commentVolatileEn its hint.
	commentVolatile                      string
	commentVolatileJa, commentVolatileEn string
	// commentUncalculated is the comment cell when it holds a formula
	// without a cached value (read as blank), "" otherwise.
	commentUncalculated string
}

func (rd *reader) readRows(g *grid, c *columns) {
	res := rd.res
	qs, useCatalogue := rd.questions()
	current := rd.current()
	res.Current = current
	byID := map[string]*riskassess.Question{}
	for i := range qs {
		byID[qs[i].ID] = &qs[i]
	}
	// A council-side question in an older workbook is the entry's
	// question too (only its answer is not the vendor's to give).
	notVendorIDs := rd.notVendor()
	canon := caseFoldIDs(byID, notVendorIDs)
	sh := c.sheet
	first := map[string]int{}
	dup := map[string]bool{}
	var found []string
	rows := map[string]rowAnswer{}
	sentIDs := map[string]bool{}
	if res.Meta != nil {
		for _, id := range res.Meta.QuestionIDs {
			sentIDs[id] = true
		}
	}
	for _, gr := range g.rows {
		r := gr.num
		if r == c.row || (rd.only != nil && !rd.only[r]) {
			continue
		}
		id := g.idAt(r, c.id)
		if !looksLikeID(id) {
			continue
		}
		if _, ok := byID[id]; !ok && !notVendorIDs[id] {
			// q-out-02 typed by hand is Q-OUT-02, as ｑ－ｏｕｔ－０２ is.
			if known, ok := canon[upperASCII(id)]; ok {
				id = known
			}
		}
		if r < c.row && !(res.Meta != nil && sentIDs[id]) {
			// Above the header: a title or notes, unless it is one of
			// the questions the workbook was sent with (the header row
			// sorted in among them: Google Sheets sorts a range with its
			// header row unless told it has one), whose answer was
			// dropped with "missing question".
			continue
		}
		if fr, ok := first[id]; ok {
			if !dup[id] {
				rd.problem((&CellError{Sheet: sh, Cell: cellName(c.id, r), Code: ErrDuplicateRow, QuestionID: id, Value: id,
					Hint: fmt.Sprintf("first in row %d / %d 行目と重複", fr, fr)}).
					withHint(fmt.Sprintf("同じ質問が %d 行目にもあります。どちらかの行を削除してください", fr),
						fmt.Sprintf("first in row %d: delete one of the rows", fr)))
			}
			dup[id] = true
			continue
		}
		first[id] = r
		found = append(found, id)
		ac := g.mergedCell(r, c.answer)
		ra := rowAnswer{row: r, raw: rd.cellText(ac), cellD: cellName(c.answer, r), questionCell: cellName(c.id, r), typed: ac.kind == kindText, struck: ac.strike}
		q := byID[id]
		isDate := q != nil && q.Type == riskassess.AnswerDate
		ra.volatileJa, ra.volatileEn, ra.volatile = rd.volatileHint(ac, isDate)
		if _, code := rd.b.numFmt(ac.style); code != "" {
			switch ac.kind {
			case kindNumber:
				ra.formatWords = wareki.ExcelShownWords(code, ac.v)
			case kindText:
				ra.formatWords = wareki.ExcelTextWords(code)
			}
		}
		if c.question > 0 {
			ra.question, ra.questionCell = rd.cellText(g.mergedCell(r, c.question)), cellName(c.question, r)
		}
		if ac.kind == kindError {
			ra.errCell, ra.errValue = ra.cellD, ac.v
		}
		ra.uncalculated = g.mergedUncalculated(r, c.answer)
		if c.comment > 0 {
			if g.mergedUncalculated(r, c.comment) {
				ra.commentUncalculated = cellName(c.comment, r)
			}
			cc := g.mergedCell(r, c.comment)
			ra.comment = cleanText(rd.cellText(cc))
			if ja, en, ok := rd.volatileHint(cc, false); ok {
				ra.commentVolatile, ra.commentVolatileJa, ra.commentVolatileEn = cellName(c.comment, r), ja, en
			}
			if cc.kind == kindError && ra.errCell == "" {
				ra.errCell, ra.errValue = cellName(c.comment, r), cc.v
			}
		}
		rows[id] = ra
	}
	res.Rows = len(found)
	for _, id := range found {
		if _, ok := byID[id]; ok || !useCatalogue || notVendorIDs[id] {
			res.Matched++
		}
	}
	res.Answers = map[string]riskassess.Answer{}
	digests := rd.questionDigests()
	otherText := textOfOther(qs)
	addItem := func(id string, q *riskassess.Question, known bool) {
		it := Item{ID: id}
		if q != nil {
			it.Type = q.Type
		}
		ra, ok := rows[id]
		switch {
		case !ok:
			it.Status, it.Code, it.ErrorCode = StatusWarning, ErrMissingQuestion.String(), ErrMissingQuestion
			p := rd.kept(&CellError{Sheet: sh, Code: ErrMissingQuestion, QuestionID: id, Value: id}, current, q, id, &it)
			it.Message = p.Message(rd.lang)
			rd.problem(p)
			res.Items = append(res.Items, it)
			return
		}
		it.Cell = sh + "!" + ra.cellD
		it.Comment = ra.comment
		if dup[id] {
			it.Status, it.Code, it.ErrorCode = StatusError, ErrDuplicateRow.String(), ErrDuplicateRow
			it.Message = riskassess.T(fmt.Sprintf("質問「%s」の行が重複しています。どちらかの行を削除してください", id),
				fmt.Sprintf("duplicate question row %q: delete one of the rows", id)).In(rd.lang)
			res.Items = append(res.Items, it)
			return
		}
		if useCatalogue && !known {
			it.Status, it.Code, it.ErrorCode = StatusWarning, ErrExtraQuestion.String(), ErrExtraQuestion
			p := &CellError{Sheet: sh, Cell: cellName(c.id, ra.row), Code: ErrExtraQuestion, QuestionID: id, Value: id}
			it.Message = p.Message(rd.lang)
			it.Raw = strings.TrimSpace(ra.raw)
			rd.problem(p)
			res.Items = append(res.Items, it)
			return
		}
		want, hasDigest := digests[id]
		answered := strings.TrimFunc(ra.raw, isSpace) != "" || ra.comment != ""
		if hasDigest && answered && QuestionDigest(ra.question) != want {
			// The answer was given to another text than the one asked:
			// never recorded as the answer to the question asked.
			hintJa, hintEn := "回答は取り込みません。質問文を確認票のとおりに戻して（補足はコメント欄に）回答してもらうか、新しい確認票で回答してもらってください",
				"the answer is not imported: have the question text restored as sent (notes go in the comment column) and the question answered, or ask for the answer on a new questionnaire"
			if res.Meta != nil && res.Meta.By == riskassess.AttestCouncil {
				hintJa, hintEn = "回答は取り込みません。質問文を元に戻して（補足はコメント欄に）点検し直すか、新しい自己点検票で点検してください",
					"the answer is not imported: restore the question text (notes go in the comment column) and check it again, or check it on a new self-check workbook"
			}
			p := (&CellError{Sheet: sh, Cell: ra.questionCell, Code: ErrQuestionChanged, QuestionID: id, Value: id}).withHint(hintJa, hintEn)
			rd.problem(p)
			it.Status, it.Code, it.ErrorCode, it.Message, it.Raw = StatusError, ErrQuestionChanged.String(), ErrQuestionChanged, p.Message(rd.lang), strings.TrimSpace(ra.raw)
			res.Items = append(res.Items, it)
			return
		}
		if hasDigest && !answered && QuestionDigest(ra.question) != want {
			if a := answerInQuestion(q, ra.question, rd.sentText(q, want)); a != "" {
				// The answer typed in the question cell, the answer cell
				// left blank: it was dropped with no more than "not
				// answered".
				p := (&CellError{Sheet: sh, Cell: ra.questionCell, Code: ErrQuestionChanged, QuestionID: id, Value: id}).withHint(
					fmt.Sprintf("回答欄が空欄で、質問文の欄に回答と読める記入「%s」があります。回答は回答欄に、補足はコメント欄に移し、質問文を確認票のとおりに戻してから取り込んでください（何も記録していません）", a),
					fmt.Sprintf("the answer cell is blank and the question cell holds what reads as an answer (%q): move the answer to the answer cell and any note to the comment column, restore the question text as sent and import again (nothing recorded)", a))
				rd.problem(p)
				it.Status, it.Code, it.ErrorCode, it.Message = StatusError, ErrQuestionChanged.String(), ErrQuestionChanged, p.Message(rd.lang)
				res.Items = append(res.Items, it)
				return
			}
		}
		if other := otherText(id, ra.question); !hasDigest && answered && other != "" {
			// No digest to check the text against (a copy without the
			// _meta sheet, an older workbook), but the row shows another
			// question's text: the ID and question columns were sorted
			// or pasted apart, and the answer was given to the question
			// shown.
			p := (&CellError{Sheet: sh, Cell: ra.questionCell, Code: ErrQuestionChanged, QuestionID: id, Value: id}).withHint(
				fmt.Sprintf("この行に表示されているのは「%s」の問いです（行・列を並べ替えた、別のブックに貼り付けたなど）。どちらの質問への回答か分からないため、回答は取り込みません。ID と質問文を元の組み合わせに戻すか、新しい確認票で回答してもらってください", other),
				fmt.Sprintf("this row shows the text of question %q (rows or columns sorted, or pasted into another workbook), so which question was answered is not known and the answer is not imported: restore the ID and question text as sent, or ask for the answer on a new questionnaire", other))
			rd.problem(p)
			it.Status, it.Code, it.ErrorCode, it.Message, it.Raw = StatusError, ErrQuestionChanged.String(), ErrQuestionChanged, p.Message(rd.lang), strings.TrimSpace(ra.raw)
			res.Items = append(res.Items, it)
			return
		}
		if sent, changed := catalogueTextIn(q, ra.question); !hasDigest && changed {
			if a := answerInQuestion(q, ra.question, sent); a != "" {
				// No digest (a copy without the _meta sheet), but the
				// question cell holds what reads as an answer beside the
				// catalogue's text: recorded, the answer cell's はい
				// would stand against the いいえ shown; blank, the answer
				// was dropped with no more than "not answered".
				ja := fmt.Sprintf("回答欄が空欄で、質問文の欄に回答と読める記入「%s」があります。回答は回答欄に、補足はコメント欄に移し、質問文を元に戻してから取り込んでください（何も記録していません）", a)
				en := fmt.Sprintf("the answer cell is blank and the question cell holds what reads as an answer (%q): move the answer to the answer cell and any note to the comment column, restore the question text and import again (nothing recorded)", a)
				if answered {
					ja = fmt.Sprintf("質問文の欄にも回答と読める記入「%s」があり、どちらが回答か分からないため、回答は取り込みません。回答は回答欄だけに、補足はコメント欄に書き、質問文を元に戻してから取り込んでください（何も記録していません）", a)
					en = fmt.Sprintf("the question cell also holds what reads as an answer (%q), so which is the answer is not known and it is not imported: keep the answer in the answer cell alone and any note in the comment column, restore the question text and import again (nothing recorded)", a)
				}
				p := (&CellError{Sheet: sh, Cell: ra.questionCell, Code: ErrQuestionChanged, QuestionID: id, Value: id}).withHint(ja, en)
				rd.problem(p)
				it.Status, it.Code, it.ErrorCode, it.Message, it.Raw = StatusError, ErrQuestionChanged.String(), ErrQuestionChanged, p.Message(rd.lang), strings.TrimSpace(ra.raw)
				res.Items = append(res.Items, it)
				return
			}
		}
		if m := res.Meta; q != nil && m != nil && m.Lang != "" && answered {
			if hasDigest && QuestionDigest(questionText(q, m.Lang)) != want {
				// The workbook was made before the catalogue's question
				// changed (another catalogue version): the answer was
				// given to the question as it was, never recorded as the
				// answer to the question as it is now.
				p := &CellError{Sheet: sh, Cell: ra.questionCell, Code: ErrOtherVersion, QuestionID: id, Value: m.CatalogueVersion}
				ja, en := "この確認票を作った後に要件カタログの質問が変わりました。変わる前の質問への回答のため、この質問の回答とコメントは取り込みません。新しい確認票で回答してもらってください",
					"the question has changed since this questionnaire was made: the answer and comment were given to the question as it was and are not imported; ask for the answer on a new questionnaire"
				switch {
				case rd.opts.CatalogueVersion == m.CatalogueVersion:
					// The same catalogue version: only the question's
					// text changed (the council's own question,
					// register.yaml requirements.add), no version to name.
					p.Value, p.textChanged = id, true
					ja, en = "変わる前の質問文への回答のため、この質問の回答とコメントは取り込みません。新しい確認票で回答してもらってください",
						"the answer and comment were given to the question as it was and are not imported; ask for the answer on a new questionnaire"
				case rd.opts.CatalogueVersion != "":
					p.Allowed = []string{rd.opts.CatalogueVersion}
				}
				if p = rd.kept(p, current, q, id, &it); p.hint != (riskassess.Text{}) {
					ja, en = ja+"（"+p.hint.Ja+"）", en+" ("+p.hint.En+")"
					p.Hint = ""
				}
				p.withHint(ja, en)
				rd.problem(p)
				it.Status, it.Code, it.ErrorCode, it.Message, it.Raw = StatusWarning, ErrOtherVersion.String(), ErrOtherVersion, p.Message(rd.lang), strings.TrimSpace(ra.raw)
				res.Items = append(res.Items, it)
				return
			}
		}
		if ra.errCell != "" {
			// A formula that failed shows its error, not what the vendor
			// meant: never recorded as an answer or a comment.
			p := (&CellError{Sheet: sh, Cell: ra.errCell, Code: ErrUnknownAnswer, QuestionID: id, Value: strings.TrimSpace(ra.errValue)}).
				withHint("数式のエラーを表示しているセルです。数式を直すか、値を直接記入してください",
					"the cell shows a formula's error: correct the formula or type the value")
			rd.problem(p)
			it.Status, it.Code, it.ErrorCode, it.Message, it.Raw = StatusError, ErrUnknownAnswer.String(), ErrUnknownAnswer, p.Message(rd.lang), p.Value
			res.Items = append(res.Items, it)
			return
		}
		if ra.commentVolatile != "" {
			// A comment of =TEXT(TODAY(),"yyyy/mm/dd")&"に実施": the
			// day the file was last saved, not what the vendor wrote.
			p := (&CellError{Sheet: sh, Cell: ra.commentVolatile, Code: ErrUnknownAnswer, QuestionID: id, Value: ra.comment}).
				withHint(ra.commentVolatileJa, ra.commentVolatileEn)
			rd.problem(p)
			it.Status, it.Code, it.ErrorCode, it.Message, it.Raw = StatusError, ErrUnknownAnswer.String(), ErrUnknownAnswer, p.Message(rd.lang), strings.TrimSpace(ra.raw)
			res.Items = append(res.Items, it)
			return
		}
		if ra.commentUncalculated != "" {
			// The comment is read as blank: say so, whatever the answer.
			rd.problem((&CellError{Sheet: sh, Cell: ra.commentUncalculated, Code: ErrUncalculated, Value: id}).
				withHint(uncalculatedCommentJa, uncalculatedCommentEn))
		}
		if strings.TrimFunc(ra.raw, isSpace) == "" {
			// A pre-filled "from the register" note is not the vendor's:
			// with the answer cleared it is dropped.
			ra.comment = stripDerived(ra.comment, "")
			it.Comment = ra.comment
		}
		if strings.TrimFunc(ra.raw, isSpace) == "" {
			if ra.comment != "" && answerInComment(q, ra.comment) {
				// The answer typed in the comment column (いいえ): kept as
				// a comment, the vendor's answer was dropped and the
				// stored one (はい) kept.
				cell := ra.cellD
				if c.comment > 0 {
					cell = cellName(c.comment, ra.row)
				}
				ja := "コメントの回答は読みません。回答欄に移し、根拠・補足だけをコメントに残して取り込み直してください（何も記録していません）"
				en := "an answer in the comment column is not read as the answer: move it to the answer cell, keep only the basis in the comment, and import again (nothing recorded)"
				if prev, had := rd.stored(current, q, id); had && prev.Value != "" {
					ja = fmt.Sprintf("コメントの回答は読まず、現在の回答「%s」が残ってしまいます。", AnswerLabel(it.Type, prev.Value, "ja")) +
						"回答欄に移し、根拠・補足だけをコメントに残して取り込み直してください（何も記録していません）"
					en = fmt.Sprintf("an answer in the comment column is not read as the answer, and the current answer %q would stay: ", AnswerLabel(it.Type, prev.Value, "en")) +
						"move it to the answer cell, keep only the basis in the comment, and import again (nothing recorded)"
				}
				p := (&CellError{Sheet: sh, Cell: cell, Code: ErrAnswerInComment, QuestionID: id, Value: ra.comment}).withHint(ja, en)
				rd.problem(p)
				it.Status, it.Code, it.ErrorCode, it.Message, it.Raw = StatusError, ErrAnswerInComment.String(), ErrAnswerInComment, p.Message(rd.lang), ""
				res.Items = append(res.Items, it)
				return
			}
			if ra.comment != "" {
				// Never drop what the vendor wrote: the comment is kept
				// (with the stored answer, or with an empty answer, which
				// counts as not answered).
				it.Status, it.Code, it.ErrorCode = StatusWarning, ErrCommentOnly.String(), ErrCommentOnly
				ja := "コメントは記録し、質問は未回答として扱います。回答を選んでもらってください"
				en := "the comment is recorded and the question counts as not answered; ask the vendor to choose an answer"
				if prev, had := rd.stored(current, q, id); had && prev.Value != "" {
					it.Previous, it.PreviousOn = prev.Value, rd.dates[id]
					ja = fmt.Sprintf("コメントを記録し、現在の回答「%s」%sはそのまま残します。回答を選んでもらってください", AnswerLabel(it.Type, prev.Value, "ja"), onJa(it.PreviousOn))
					en = fmt.Sprintf("the comment is recorded and the current answer %q%s is kept; ask the vendor to choose an answer", AnswerLabel(it.Type, prev.Value, "en"), onEn(it.PreviousOn))
				}
				if ra.uncalculated {
					ja, en = uncalculatedJa+ja, uncalculatedEn+en
					it.Uncalculated = true
				}
				p := (&CellError{Sheet: sh, Cell: ra.cellD, Code: ErrCommentOnly, QuestionID: id, Value: id}).withHint(ja, en)
				it.Message = p.Message(rd.lang)
				rd.problem(p)
				res.Answers[id] = riskassess.Answer{Value: "", Comment: ra.comment, Cell: it.Cell}
				res.Items = append(res.Items, it)
				return
			}
			it.Status, it.Code, it.ErrorCode = StatusWarning, ErrNotAnswered.String(), ErrNotAnswered
			p := rd.kept(&CellError{Sheet: sh, Cell: ra.cellD, Code: ErrNotAnswered, QuestionID: id, Value: id}, current, q, id, &it)
			if ra.uncalculated {
				it.Uncalculated = true
				ja, en := uncalculatedJa+"質問は未回答として扱います", uncalculatedEn+"the question counts as not answered"
				if p.hint != (riskassess.Text{}) {
					ja, en = uncalculatedJa+p.hint.Ja, uncalculatedEn+p.hint.En
				}
				p.Hint = ""
				p.withHint(ja, en)
			}
			it.Message = p.Message(rd.lang)
			rd.problem(p)
			res.Items = append(res.Items, it)
			return
		}
		// refuse records p as the answer's error and the question's item.
		refuse := func(p *CellError) {
			rd.problem(p)
			it.Status, it.Code, it.ErrorCode, it.Message, it.Raw = StatusError, p.Code.String(), p.Code, p.Message(rd.lang), ra.raw
			res.Items = append(res.Items, it)
		}
		if ra.struck {
			// A deletion shown (見え消し): what is left of the answer is
			// not guessed.
			refuse((&CellError{Sheet: sh, Cell: ra.cellD, Code: ErrUnknownAnswer, QuestionID: id, Value: strings.TrimSpace(ra.raw)}).
				withHint(struckJa, struckEn))
			return
		}
		if ra.volatile {
			// =TODAY(): the day the file was last saved, by whoever
			// saved it, not the day the vendor gave.
			refuse((&CellError{Sheet: sh, Cell: ra.cellD, Code: ErrUnknownAnswer, QuestionID: id, Value: strings.TrimSpace(ra.raw)}).
				withHint(ra.volatileJa, ra.volatileEn))
			return
		}
		if w := notDateWords(ra.formatWords); w != "" && q != nil && q.Type == riskassess.AnswerDate {
			// yyyy/m/d"予定": the cell shows 2026/4/1予定, a note the
			// date read alone dropped (typed, it is errDateNote).
			refuse((&CellError{Sheet: sh, Cell: ra.cellD, Code: ErrBadDate, QuestionID: id, Value: strings.TrimSpace(rd.cellText(g.mergedCell(ra.row, c.answer))), Allowed: DateForms}).withHint(
				fmt.Sprintf("セルの表示形式が日付に「%s」を添えて表示しています（読むのは日付だけです）。回答欄の表示形式を日付だけにし（例: 2026/4/1）、補足はコメント欄に書いてください", w),
				fmt.Sprintf("the cell's number format shows %q with the date (only the date would be read): format the answer as a date alone (e.g. 2026/4/1) and put the note in the comment column", w)))
			return
		}
		if w := strings.TrimFunc(strings.Map(func(r rune) rune {
			if strings.ContainsRune("%％,.¥￥$€£", r) {
				return ' '
			}
			return r
		}, ra.formatWords), isSpace); w != "" && q != nil && q.Type == riskassess.AnswerNumber {
			// 0.0"以上", "約"0.0: the cell shows 99.9以上, a bound the
			// number read alone dropped (typed, it is refused). A
			// percentage or a currency sign is no word.
			refuse((&CellError{Sheet: sh, Cell: ra.cellD, Code: ErrBadNumber, QuestionID: id, Value: strings.TrimSpace(ra.raw), Allowed: []string{"a number, e.g. 99.9"}}).withHint(
				fmt.Sprintf("セルの表示形式が数に「%s」を添えて表示しています（読むのは数だけです）。回答欄の表示形式を数だけにし（例: 99.9）、補足はコメント欄に書いてください", w),
				fmt.Sprintf("the cell's number format shows %q with the number (only the number would be read): format the answer as a number alone (e.g. 99.9) and put the note in the comment column", w)))
			return
		}
		if w := strings.TrimFunc(ra.formatWords, isSpace); w != "" && ra.typed && q != nil && (q.Type == riskassess.AnswerYesNo || q.Type == riskassess.AnswerChoice || q.Type == "") {
			// @"（有償プランのみ）": the cell shows はい（有償プランのみ）, a
			// caveat the answer read alone dropped (typed, it is refused).
			refuse((&CellError{Sheet: sh, Cell: ra.cellD, Code: ErrUnknownAnswer, QuestionID: id, Value: strings.TrimSpace(ra.raw)}).withHint(
				fmt.Sprintf("セルの表示形式が回答に「%s」を添えて表示しています（読むのは回答だけです）。回答欄の表示形式を「標準」か「文字列」にし、補足はコメント欄に書いてください", w),
				fmt.Sprintf("the cell's number format shows %q with the answer (only the answer would be read): format the answer cell as General or Text and put the note in the comment column", w)))
			return
		}
		v, code, allowed, err := normaliseAnswer(q, ra.raw, ra.typed, res.Date1904, rd.lang)
		if code != 0 {
			p := &CellError{Sheet: sh, Cell: ra.cellD, Code: code, QuestionID: id, Value: ra.raw, Allowed: allowed, Err: err}
			var he *hintError
			if errors.As(err, &he) {
				p.Err = nil
				p.withHint(he.ja, he.en)
			}
			refuse(p)
			return
		}
		if p := rd.dateAfterAnswered(q, v, sh, ra.cellD, id, ra.raw); p != nil {
			refuse(p)
			return
		}
		// A pre-filled "from the register" note stays only with the
		// answer it was filled in with, once.
		ra.comment = stripDerived(ra.comment, v)
		if p := yesNotDone(q, v, ra.comment, sh, ra.cellD, id, ra.raw); p != nil {
			it.Comment = ra.comment
			refuse(p)
			return
		}
		it.Answer = v
		if ra.raw != v {
			it.Raw = ra.raw
		}
		it.Comment = ra.comment
		a := riskassess.Answer{Value: v, Comment: ra.comment, Cell: it.Cell}
		prev, had := rd.stored(current, q, id)
		switch {
		case !had || prev.Value == "":
			it.Status = StatusImported
		case prev.Value == v && prev.Comment == ra.comment:
			it.Status = StatusUnchanged
		default:
			it.Status = StatusChanged
			it.Previous, it.PreviousOn = prev.Value, rd.dates[id]
		}
		res.Answers[id] = a
		if q != nil {
			if res.questions == nil {
				res.questions = map[string]string{}
			}
			res.questions[id] = riskassess.QuestionDigest(q)
		}
		res.Items = append(res.Items, it)
	}
	seen := map[string]bool{}
	// A gap questionnaire asked only some questions: the others are not
	// missing from it.
	var asked map[string]bool
	if m := rd.res.Meta; m != nil && m.Gap != "" {
		asked = map[string]bool{}
		for _, id := range m.QuestionIDs {
			asked[id] = true
		}
	}
	if useCatalogue {
		for i := range qs {
			if seen[qs[i].ID] {
				continue
			}
			if _, inFile := rows[qs[i].ID]; asked != nil && !asked[qs[i].ID] && !inFile {
				continue
			}
			seen[qs[i].ID] = true
			addItem(qs[i].ID, &qs[i], true)
		}
	}
	notVendor := rd.notVendor()
	for _, id := range found {
		if seen[id] {
			continue
		}
		seen[id] = true
		if notVendor[id] {
			// Answers count only from those who may give them.
			ra := rows[id]
			if strings.TrimFunc(ra.raw, isSpace) == "" && ra.comment == "" {
				continue // an unanswered row of an older workbook
			}
			code, hint := ErrNotVendorQuestion, riskassess.T("議会が自ら確認する質問です（自己点検）。事業者の回答は取り込みません",
				"the council checks this itself (self-check): the vendor's answer is not imported")
			if res.By == riskassess.AttestCouncil {
				code, hint = ErrNotCouncilQuestion, riskassess.T("事業者に尋ねる質問です。自己点検の回答は取り込みません",
					"the vendor answers this: the self-check's answer is not imported")
			}
			it := Item{ID: id, Cell: sh + "!" + ra.cellD, Raw: strings.TrimSpace(ra.raw), Comment: ra.comment,
				Status: StatusWarning, Code: code.String(), ErrorCode: code}
			p := (&CellError{Sheet: sh, Cell: ra.cellD, Code: code, QuestionID: id, Value: id}).
				withHint(hint.Ja, hint.En)
			it.Message = p.Message(rd.lang)
			rd.problem(p)
			res.Items = append(res.Items, it)
			continue
		}
		addItem(id, byID[id], false)
	}
}

// textOfOther returns a function telling, for question id and the text
// of its row's question cell, the ID of another question of qs whose text
// that is (as a questions sheet shows it in Japanese or English, or one
// language alone), or "" when the text is id's own, no question's, or
// empty.
func textOfOther(qs []riskassess.Question) func(id, text string) string {
	var byDigest map[string][]string
	return func(id, text string) string {
		if strings.TrimFunc(text, isSpace) == "" || len(qs) == 0 {
			return ""
		}
		if byDigest == nil {
			byDigest = map[string][]string{}
			for i := range qs {
				q := &qs[i]
				seen := map[string]bool{}
				for _, t := range []string{questionText(q, "ja"), questionText(q, "en"), q.Text.Ja, q.Text.En} {
					if d := QuestionDigest(t); strings.TrimFunc(t, isSpace) != "" && !seen[d] {
						seen[d] = true
						byDigest[d] = append(byDigest[d], q.ID)
					}
				}
			}
		}
		ids := byDigest[QuestionDigest(text)]
		if len(ids) == 0 || slices.Contains(ids, id) {
			return ""
		}
		return ids[0]
	}
}

// struckJa and struckEn are the hint for an answer cell whose text is
// struck through, in whole or in part: a deletion shown (見え消し), which
// was read as the answer (a struck はい as はい).
const (
	struckJa = "取り消し線（見え消し）のある回答は読みません。取り消した回答は削除し、回答だけを残してください（変更の経緯はコメント欄に）"
	struckEn = "an answer struck through (a deletion shown) is not read: delete what was struck out and leave the answer alone (note the change in the comment column)"
)

// yesNotDone returns the error of the answer yes (v) to the yes/no
// question q (may be nil) whose comment says the thing asked about is not
// done (riskassess.CommentSaysNotDone: 未実施, 今後対応予定…), at the
// answer's cell sheet!cell; nil for any other answer. Stored, the pair
// would be met (「はい」と回答) until validate refused the register
// (catalog.CheckReferences, the same rule): it is refused here, before
// anything is recorded.
func yesNotDone(q *riskassess.Question, v, comment, sheet, cell, id, raw string) *CellError {
	if q == nil || q.Type != riskassess.AnswerYesNo || v != Yes || !riskassess.CommentSaysNotDone(comment) {
		return nil
	}
	return (&CellError{Sheet: sheet, Cell: cell, Code: ErrYesNotDone, QuestionID: id, Value: strings.TrimSpace(raw)}).withHint(
		fmt.Sprintf("コメント「%s」は実施していないことを書いています。実施していなければ「いいえ」（一部なら「一部」）を選ぶか、コメントを直してください", comment),
		fmt.Sprintf("the comment %q says it is not done: choose no (partial if it is done in part), or correct the comment", comment))
}

// answerInComment reports whether comment, the comment of question q
// whose answer cell is blank, is an answer to q typed in the comment
// column: for a yes/no question an answer alone (いいえ, はい。, ○) or a
// Japanese answer word before a note (いいえ（契約書に記載なし）, はい、取得済み);
// for a date question a date alone; for a number question a number; for
// a choice question a choice's label. A note that only starts so (一部の
// 端末のみ, No. 5 of the manual) is a comment.
func answerInComment(q *riskassess.Question, comment string) bool {
	if q == nil {
		return false
	}
	switch q.Type {
	case riskassess.AnswerYesNo, "":
		t := strings.TrimRight(fold(comment), "。.")
		if normYesNo(t) != "" {
			return true
		}
		for _, w := range answerWordsJa {
			if rest, ok := strings.CutPrefix(t, w); ok && rest != "" && strings.ContainsRune("、。,(: ", []rune(rest)[0]) {
				return true
			}
		}
		// An English answer or a mark before a note (No, not encrypted;
		// Yes (ISMS); ○（取得済み）), set apart by fewer marks: "No. 5 of
		// the manual" and a bullet "○ 契約書第5条" are notes.
		for _, w := range answerWordsNoted {
			if rest, ok := strings.CutPrefix(t, w.word); ok && rest != "" && (strings.ContainsRune(w.seps, []rune(rest)[0]) || strings.HasPrefix(rest, " (")) {
				return true
			}
		}
		return false
	case riskassess.AnswerDate:
		return wareki.DateAlone(comment)
	case riskassess.AnswerNumber:
		_, err := parseNumber(comment)
		return err == nil
	case riskassess.AnswerChoice:
		return matchChoice(q, comment) != ""
	}
	return false
}

// notDateWords returns the words of a date cell's number format (see
// wareki.ExcelFormatWords) that are no part of a date: 予定 of
// yyyy/m/d"予定", 現在, a word in Latin letters; "" when every word is
// one of a date's (年, 月, 日, 曜, an era's name, a weekday, 午前, 午後,
// 時, 分, 秒), a bracket, a space or a separator.
func notDateWords(words string) string {
	return strings.TrimFunc(strings.Map(func(r rune) rune {
		if isSpace(r) || strings.ContainsRune("年月日曜元明治大正昭和平成令火水木金土午前後時分秒()（）[]［］/-.:,、・", r) {
			return ' '
		}
		return r
	}, words), isSpace)
}

// sentText returns the text question q was sent with, as the questions
// sheet showed it (questionText in the workbook's language, or the
// other), when its digest is want; "" when the catalogue's text is not
// the one sent.
func (rd *reader) sentText(q *riskassess.Question, want string) string {
	if q == nil {
		return ""
	}
	langs := []riskassess.Lang{"ja", "en"}
	if m := rd.res.Meta; m != nil && m.Lang != "" {
		langs = append([]riskassess.Lang{m.Lang}, langs...)
	}
	for _, l := range langs {
		if t := questionText(q, l); QuestionDigest(t) == want {
			return t
		}
	}
	return ""
}

// catalogueTextIn returns the catalogue's text of question q (in
// Japanese or English, as questionText, or without a choice question's
// choices) that text, a question cell's, holds (folded as digestFold; ""
// when it holds none), and whether text differs from each (false for a
// blank text or a nil q).
func catalogueTextIn(q *riskassess.Question, text string) (sent string, changed bool) {
	f := digestFold(text)
	if q == nil || f == "" {
		return "", false
	}
	for _, t := range []string{questionText(q, "ja"), questionText(q, "en"), q.Text.Ja, q.Text.En} {
		switch s := digestFold(t); {
		case s == "":
		case s == f:
			return t, false
		case sent == "" && strings.Contains(f, s):
			sent = t
		}
	}
	return sent, true
}

// answerInQuestion returns what reads as an answer to q (answerInComment)
// in text, the changed text of q's question cell whose answer cell is
// blank: the whole text or one of its lines (はい typed over the
// question), or what was written before or after the text sent (sent, ""
// when not known: ○ 質問…, 質問…\nいいえ, 質問… → 該当なし), each without
// an arrow or a colon round it. It returns "" when there is none (a
// question reworded, a note appended: （ただし本社のみ）).
func answerInQuestion(q *riskassess.Question, text, sent string) string {
	t := cleanText(text)
	parts := append([]string{t}, strings.Split(t, "\n")...)
	if s := digestFold(sent); s != "" {
		if f := digestFold(t); strings.Contains(f, s) {
			head, tail, _ := strings.Cut(f, s)
			parts = append(parts, head, tail)
		}
	}
	for _, p := range parts {
		p = strings.TrimFunc(p, func(r rune) bool { return isSpace(r) || strings.ContainsRune("→⇒➡>＞:：=＝", r) })
		if p != "" && answerInComment(q, p) {
			return p
		}
	}
	return ""
}

// answerWordsJa are the Japanese yes/no answers that answerInComment reads
// before a note (folded).
var answerWordsJa = []string{"はい", "いいえ", "一部", "該当なし", "該当しない", "対象外"}

// answerWordsNoted are the English yes/no answers and the marks that
// answerInComment reads before a note (folded), each with the runes that
// may set the note apart (or a space and a bracket: Yes (ISMS)): not "."
// after no (No. 5), nor a hyphen (No-one), nor a space alone after a mark
// (a bullet).
var answerWordsNoted = []struct{ word, seps string }{
	{"yes", ",(:;."}, {"no", ",(:;"}, {"partially", ",(:;."}, {"partial", ",(:;."}, {"n/a", ",(:;."}, {"not applicable", ",(:;."},
	{"○", "(、,"}, {"〇", "(、,"}, {"◯", "(、,"}, {"×", "(、,"}, {"✕", "(、,"}, {"△", "(、,"},
}

// uncalculatedJa and uncalculatedEn begin the hint for an answer cell
// holding a formula without a cached value (a writer that does not
// calculate saved it): it reads as blank, never as a guess at its value.
const (
	uncalculatedJa = "回答欄に数式がありますが、計算結果が保存されていません（計算しないソフトで作られたファイル）。Excel か LibreOffice で開いて保存し直してもらってください。"
	uncalculatedEn = "the answer cell holds a formula without a calculated value (saved by software that does not calculate): ask the vendor to open the file in Excel or LibreOffice and save it again; "

	// The hints of ErrUncalculated: a comment cell (any workbook), and an
	// answer cell of a foreign questionnaire.
	uncalculatedCommentJa = "コメント欄の数式の値が保存されていないため（計算しないソフトで作られたファイル）、コメントは空欄として読みます。Excel か LibreOffice で開いて保存し直してもらってください"
	uncalculatedCommentEn = "the comment cell's formula was saved without its value (by software that does not calculate), so the comment reads as blank: ask the vendor to open the file in Excel or LibreOffice and save it again"
	uncalculatedForeignJa = "回答欄の数式の値が保存されていないため（計算しないソフトで作られたファイル）、未回答として読みます。Excel か LibreOffice で開いて保存し直してもらってください"
	uncalculatedForeignEn = "the answer cell's formula was saved without its value (by software that does not calculate), so the question reads as not answered: ask the vendor to open the file in Excel or LibreOffice and save it again"
)

// questionDigests returns the digest of each question's text as the
// workbook was made (Meta.QuestionDigests) by question id; nil for a
// workbook that does not record them.
func (rd *reader) questionDigests() map[string]string {
	m := rd.res.Meta
	if m == nil || len(m.QuestionDigests) != len(m.QuestionIDs) {
		return nil
	}
	out := make(map[string]string, len(m.QuestionIDs))
	for i, id := range m.QuestionIDs {
		if d := m.QuestionDigests[i]; d != "" {
			out[id] = d
		}
	}
	return out
}

// notVendor returns the ids of the catalogue's questions for the result's
// kind that the workbook's answerer is not asked: in a vendor
// questionnaire those of requirements the council attests (see
// riskassess.Requirement.AttestedBy), in a self-check workbook those of
// requirements the vendor attests. nil without a catalogue.
func (rd *reader) notVendor() map[string]bool {
	if rd.opts.Requirements == nil || rd.res.Kind == "" {
		return nil
	}
	by := rd.res.answerer()
	out := map[string]bool{}
	for i := range rd.opts.Requirements {
		r := &rd.opts.Requirements[i]
		if r.Question != nil && r.AppliesTo(rd.res.Kind) && r.AttestedBy != by {
			out[r.Question.ID] = true
		}
	}
	// A question shared with a requirement of the answerer is theirs, and
	// a self-check confirms the vendor's 該当なし claims.
	for _, q := range questionsBy(rd.opts.Requirements, rd.res.Kind, by, rd.claims()) {
		delete(out, q.ID)
	}
	return out
}

// stored returns the entry's current answer to question id (q, nil if
// unknown) that a reply is compared with, and whether it has one. An
// answer given to an earlier wording of the question does not count
// (riskassess.AnswerOutdated) and the question is asked again blank, so
// it is absent here: the reply's answer is new (取込), not 変更なし, even
// when it is the same value, and is "typed", not "as sent".
func (rd *reader) stored(current map[string]riskassess.Answer, q *riskassess.Question, id string) (riskassess.Answer, bool) {
	prev, had := current[id]
	if had && q != nil && rd.entry != nil {
		if _, outdated := riskassess.AnswerOutdated(rd.entry, q); outdated {
			return riskassess.Answer{}, false
		}
	}
	return prev, had
}

// kept adds to p, for a question left unanswered (or missing), the hint
// that the entry's current answer is kept, with the date it was given,
// sets it.Previous and it.PreviousOn and returns p.
// An answer given to an earlier wording of q (riskassess.AnswerOutdated),
// which does not count, is named as such instead, and it.Previous stays
// unset: import, assess and the site say the same of it.
func (rd *reader) kept(p *CellError, current map[string]riskassess.Answer, q *riskassess.Question, id string, it *Item) *CellError {
	prev, ok := current[id]
	if !ok || prev.Value == "" {
		return p
	}
	if q != nil && rd.entry != nil {
		if on, outdated := riskassess.AnswerOutdated(rd.entry, q); outdated {
			return p.withHint(fmt.Sprintf("変わる前の質問文への回答「%s」%sは判定に使いません", AnswerLabel(it.Type, prev.Value, "ja"), onJa(on)),
				fmt.Sprintf("the answer %q%s was given to an earlier wording of the question and does not count", AnswerLabel(it.Type, prev.Value, "en"), onEn(on)))
		}
	}
	it.Previous, it.PreviousOn = prev.Value, rd.dates[id]
	return p.withHint(fmt.Sprintf("現在の回答「%s」%sをそのまま残します", AnswerLabel(it.Type, prev.Value, "ja"), onJa(it.PreviousOn)),
		fmt.Sprintf("the current answer %q%s is kept", AnswerLabel(it.Type, prev.Value, "en"), onEn(it.PreviousOn)))
}

// answeredBy is the day the answers were given: the reply (or check)
// date on the cover, or the import date (ReadOptions.AsOf) when the cover
// has none or a later one (riskassess.AnsweredOn); the cover's date alone
// without an import date; zero when neither is known.
func (rd *reader) answeredBy() riskassess.Date {
	r, asOf := rd.res.Respondent.Date, rd.opts.AsOf
	if asOf.IsZero() {
		return r
	}
	return riskassess.AnsweredOn(r, asOf)
}

// dateAfterAnswered returns the error of the answer v (normalised) of
// date question q when q asks when something was last done (asksLastDone)
// and v is after the day the answers were given (answeredBy), or nil.
// Every built-in date question asks that (最後に確認した日): a later date is
// a slip (of the year, often), which the checks read as "after the as-of
// date" only until that day comes and then as done, for a year that was
// not earned. A custom question may ask for a day to come (次回の監査予定日):
// its dates are read as typed.
func (rd *reader) dateAfterAnswered(q *riskassess.Question, v, sheet, cell, id, raw string) *CellError {
	if q == nil || q.Type != riskassess.AnswerDate || !asksLastDone(q) {
		return nil
	}
	by := rd.answeredBy()
	d, err := riskassess.ParseDate(v)
	if by.IsZero() || err != nil || !d.After(by) {
		return nil
	}
	return (&CellError{Sheet: sheet, Cell: cell, Code: ErrBadDate, QuestionID: id, Value: strings.TrimSpace(raw)}).withHint(
		fmt.Sprintf("%s は、回答日 %s より後の日付です（回答日は表紙の回答日・点検日、なければ取込日）。この質問は最後に行った日を尋ねるため、回答した日より後にはなりません。回答の日付の誤り（年の誤りなど）ならそれを、表紙の回答日・点検日が早すぎる（点検を始めた日を書いたなど）ならそちらを直してから取り込んでください。台帳から記入されたままの日付なら取込日（--as-of）を確かめてください", d, by),
		fmt.Sprintf("%s is after %s, the day the answers were given (the reply or check date on the cover, else the import date); the question asks when it was last done, which cannot be later: correct the answer if it is the slip (of the year?), or the date on the cover if that is too early (the day the check began?), and import again; if the date was pre-filled from the register, check the import date (--as-of)", d, by))
}

// asksLastDone reports whether the text of date question q asks when
// something was last done: its Japanese text says so (lastDoneJa: 最後に,
// 前回, 直近, 最終実施 …), or its English one (lastDone: last, most
// recent, previous), but not for a day to come: a Japanese text naming one
// (toComeJa: 次回, 予定, 期限 …; 最後に may be "finally", 直近 "nearest")
// never asks it, nor an English one (toComeEn: next, planned …; lastToCome:
// the last day of the contract, the date it will last until).
func asksLastDone(q *riskassess.Question) bool {
	if toComeJa.MatchString(notToComeJa.ReplaceAllString(q.Text.Ja, "$1")) {
		return false
	}
	en := strings.ToLower(q.Text.En)
	return lastDoneJa.MatchString(q.Text.Ja) || lastDone.MatchString(en) && !lastToCome.MatchString(en) && !toComeEn.MatchString(en)
}

// lastDoneJa and toComeJa are asksLastDone's Japanese words: 最後に (last),
// 前回 (the previous time), 直近 (the most recent) and 最終 before the
// doing of something (最終実施日, 最終更新日; not 最終日, the last day, or
// 最終納品日, a delivery that may be to come), and the words of a day to
// come: 次回・次の (next), 予定 (planned), 期限・期日 (deadline, due date),
// 満了 (expiry), 終了日 (end date), 今後・将来 (from now on), 見込 (expected),
// いつまで (until when).
var (
	lastDoneJa = regexp.MustCompile(`最後に|前回|直近|最終(?:実施|確認|更新|変更|点検|診断|監査|見直|投稿|受診|受講|訓練|検査|ログイン)`)
	toComeJa   = regexp.MustCompile(`次回|次の|予定|期限|期日|満了|終了日|今後|将来|見込|いつまで`)
	// notToComeJa are phrases holding those words that name no day to
	// come, removed before toComeJa is matched: 次の meaning "the
	// following" (次の事項を最後に確認した日, 次のうち直近に実施した訓練), and a
	// deadline that is what was checked (有効期限を最後に確認した日; the doing
	// is kept for lastDoneJa), not the day asked (是正期限を記入).
	notToComeJa = regexp.MustCompile(`次の(?:うち|事項|項目|とおり|通り|いずれ|各|ような|内容|措置|対策)|(?:期限|期日)を((?:最後に|前回|直近)?(?:確認|点検|見直|更新|変更))`)
)

// lastDone, lastToCome and toComeEn are asksLastDone's English words:
// "last", "most recent" or "previous" as words (not plastic, lasting),
// "last" of a day to come, and the words of a day to come (next, planned,
// scheduled, upcoming, a deadline, a due date, an expiry).
var (
	lastDone   = regexp.MustCompile(`\blast\b|\bmost\s+recent\b|\bprevious\b`)
	lastToCome = regexp.MustCompile(`\blast\s+(?:day|date)s?\b|\b(?:will|to)\s+last\b`)
	toComeEn   = regexp.MustCompile(`\b(?:next|planned|scheduled|upcoming|deadline|due\s+date|expir(?:y|es|ation))\b`)
)

// onJa and onEn name the date an answer was given, or nothing.
func onJa(d riskassess.Date) string {
	if d.IsZero() {
		return ""
	}
	return "（" + d.String() + " の回答）"
}

func onEn(d riskassess.Date) string {
	if d.IsZero() {
		return ""
	}
	return " (given " + d.String() + ")"
}

// idAt returns the question ID in cell (row, col): trimmed, its width
// folded (normID).
func (g *grid) idAt(row, col int) string {
	return strings.TrimSpace(normID(strings.TrimFunc(g.get(row, col), isSpace)))
}

// normID folds the width of an ID (ｑ－ｏｕｔ－０１ typed by hand) and
// its dashes (the hyphens, en and em dashes, the horizontal bar ―, the
// minus sign and the long-vowel marks ー and ｰ a Japanese input method
// gives for "-") but keeps its case: readRows matches a known question ID
// whatever the case of its ASCII letters (caseFoldIDs).
func normID(s string) string {
	return strings.Map(func(r rune) rune {
		switch {
		case r >= '！' && r <= '～':
			return r - '！' + '!'
		case r == '\u2010' || r == '\u2011' || r == '\u2012' || r == '\u2013' || r == '\u2014' || r == '\u2015' ||
			r == '\u2212' || r == '\uFE63' || r == 'ー' || r == 'ｰ':
			return '-'
		}
		return r
	}, s)
}

// caseFoldIDs maps the upper-case form (upperASCII) of each question ID
// in byID and extra to the ID, leaving out a form two IDs share.
func caseFoldIDs(byID map[string]*riskassess.Question, extra map[string]bool) map[string]string {
	out := make(map[string]string, len(byID)+len(extra))
	twice := map[string]bool{}
	add := func(id string) {
		k := upperASCII(id)
		if prev, ok := out[k]; ok && prev != id {
			twice[k] = true
		}
		out[k] = id
	}
	for id := range byID {
		add(id)
	}
	for id := range extra {
		add(id)
	}
	for k := range twice {
		delete(out, k)
	}
	return out
}

// upperASCII returns s with its ASCII letters in upper case.
func upperASCII(s string) string {
	return strings.Map(func(r rune) rune {
		if r >= 'a' && r <= 'z' {
			return r - 'a' + 'A'
		}
		return r
	}, s)
}

// looksLikeID reports whether s can be a question ID: 1–64 characters
// without spaces (this skips notes, banners and copyright rows that some
// questionnaires put in the ID column).
func looksLikeID(s string) bool {
	if s == "" || len(s) > 64 {
		return false
	}
	return !strings.ContainsFunc(s, isSpace)
}

// Header recognition. A header cell may hold several labels separated by
// "/" or a line break ("回答 / Answer"); each is folded (NFKC, lower case).
// The question, category and reference columns are not read, but their
// labels are known so that a cell such as "Question / Answer" is taken for
// the column its first label names.
type field int

const (
	fNone field = iota
	fID
	fAnswer
	fComment
	fQuestion
	fCategory
	fRef
	fEntry
	fSubject
)

var headerAliases = map[string]field{
	"id": fID, "question id": fID, "questionid": fID, "質問id": fID, "質問番号": fID, "設問id": fID, "設問番号": fID, "項番": fID,
	"回答": fAnswer, "answer": fAnswer, "csp caiq answer": fAnswer, "回答欄": fAnswer, "response": fAnswer, "vendor answer": fAnswer,
	"コメント・根拠": fComment, "コメント": fComment, "根拠": fComment, "comment": fComment, "comments": fComment,
	"evidence": fComment, "備考": fComment, "notes": fComment, "補足": fComment,
	"質問": fQuestion, "question": fQuestion, "設問": fQuestion, "質問事項": fQuestion,
	"分類": fCategory, "category": fCategory,
	"参照": fRef, "reference": fRef,
	"エントリ": fEntry, "entry": fEntry,
	"対象": fSubject, "subject": fSubject,
}

func headerField(cell string) field {
	f := fold(cell)
	if f == "" || len(f) > 120 {
		return fNone
	}
	if v, ok := headerAliases[f]; ok {
		return v
	}
	if strings.HasPrefix(f, "csp implementation description") {
		return fComment
	}
	for _, part := range strings.FieldsFunc(f, func(r rune) bool { return r == '/' || r == '\n' || r == '|' }) {
		if v, ok := headerAliases[strings.TrimSpace(part)]; ok {
			return v
		}
	}
	return fNone
}

// findHeader returns the first row (of the first headerScanRows rows with
// content) that has an ID column and an answer column.
func findHeader(g *grid) *columns {
	for i, gr := range g.rows {
		if i >= headerScanRows {
			break
		}
		c := &columns{row: gr.num}
		set := func(at *int, col int) {
			if *at == 0 {
				*at = col
			} else if c.dup == 0 {
				c.dup, c.first = col, *at
			}
		}
		for _, cell := range gr.cells {
			switch headerField(cell.v) {
			case fID:
				set(&c.id, cell.col)
			case fAnswer:
				set(&c.answer, cell.col)
			case fComment:
				set(&c.comment, cell.col)
			case fEntry:
				if c.entry == 0 {
					c.entry = cell.col
				}
			case fQuestion:
				if c.question == 0 {
					c.question = cell.col
				}
			case fSubject:
				if c.subject == 0 {
					c.subject = cell.col
				}
			}
		}
		if c.id > 0 && c.answer > 0 {
			return c
		}
	}
	return nil
}

// Respondent labels (folded) → field index in respondentLabels order.
var respondentAliases = map[string]int{
	"会社名": 0, "company name": 0, "company": 0, "事業者名": 0, "商号": 0, "法人名": 0,
	"法人番号": 1, "corporate number": 1,
	"回答者": 2, "respondent": 2, "回答者名": 2, "担当者": 2, "記入者": 2,
	"連絡先": 3, "contact": 3,
	"回答日": 4, "date answered": 4, "記入日": 4,
	// The checker fields of a self-check (自己点検) cover.
	"点検者": 2, "checker": 2, "所属・職名": 3, "点検日": 4, "date checked": 4,
}

// respondentField returns the field (respondentAliases) whose label cell
// is, or -1: the label alone or one of its parts ("会社名 / Company name"),
// each with a colon after it or not (法人番号：, Company name:): a label
// so written was no label, and the cover had no corporate number.
func respondentField(cell string) int {
	f := fold(cell)
	if f == "" || len(f) > 80 {
		return -1
	}
	if v, ok := respondentAliases[strings.TrimRight(f, ": ")]; ok {
		return v
	}
	for _, part := range strings.FieldsFunc(f, func(r rune) bool { return r == '/' || r == '\n' }) {
		if v, ok := respondentAliases[strings.TrimRight(strings.TrimSpace(part), ": ")]; ok {
			return v
		}
	}
	return -1
}

// readRespondent finds the respondent fields by their labels on any sheet
// but the questions sheet: the value is the first non-empty cell to the
// right of the label (for the respondent and the contact, every one up to
// the next label, joined: joinedField).
func (rd *reader) readRespondent(order []string, grids map[string]*grid, qsheet string) error {
	done := [5]bool{}
	var at [5][2]string  // where each field was read: sheet, cell
	var dateAt [2]string // the cell right of the first 回答日 (点検日) label
	dateRefused := false
	for _, s := range order {
		if s == qsheet {
			continue
		}
		g, err := rd.peek(grids, s)
		if err != nil {
			return err
		}
		for i, gr := range g.rows {
			if i >= peekRows {
				break
			}
			r, cells := gr.num, gr.cells
			for ci, cell := range cells {
				k := respondentField(cell.v)
				if k >= 0 {
					if rd.coverSheet == "" {
						rd.coverSheet = s
					}
					rd.coverLabels[k]++
				}
				if k == 1 && rd.res.CorporateNumberAt == "" {
					// Where a blank number is to be written: the cell
					// right of its label (the value's cell, once read).
					rd.res.CorporateNumberAt = s + "!" + cellName(cell.col+1, r)
				}
				if k == 4 && dateAt[0] == "" {
					dateAt = [2]string{s, cellName(cell.col+1, r)}
				}
				if k < 0 || done[k] {
					continue
				}
				val, vc, vcell := "", 0, gcell{}
				for _, c2 := range cells[ci+1:] {
					if t := strings.TrimFunc(c2.v, isSpace); t != "" {
						if val != "" && respondentField(c2.v) >= 0 {
							break // the next field's label
						}
						if val != "" {
							// The respondent's or the contact's value
							// written in several cells (03-1234-5678 |
							// yamada@example.jp): all of it.
							val += " " + cleanText(rd.cellText(c2))
							continue
						}
						val, vc, vcell = cleanText(rd.cellText(c2)), c2.col, c2
						if !joinedField(k) {
							break
						}
					}
				}
				if val == "" {
					continue
				}
				done[k] = true
				at[k] = [2]string{s, cellName(vc, r)}
				p := &rd.res.Respondent
				switch k {
				case 0:
					p.Company = val
					rd.res.CompanyAt = s + "!" + cellName(vc, r)
				case 1:
					p.CorporateNumber = strings.Map(func(r rune) rune {
						if isSpace(r) || r == '-' {
							return -1
						}
						return r
					}, fold(val))
					rd.res.CorporateNumberAt = s + "!" + cellName(vc, r)
					if err := fieldrule.CheckCorporateNumber(p.CorporateNumber); err != nil {
						// Recorded as typed, with a warning: the vendor
						// knows its number better than a check digit does.
						ce := &CellError{Sheet: s, Cell: cellName(vc, r), Code: ErrBadCorporateNumber, Value: val, Err: err}
						if errors.Is(err, fieldrule.ErrCorporateNumberCheck) {
							ce.hint = riskassess.T("チェックデジット（先頭の数字）が一致しません。国税庁法人番号公表サイトで確認してください",
								"the check digit (the first digit) does not match; check it on the National Tax Agency's corporate number site")
						} else {
							ce.hint = riskassess.T("法人番号は 13 桁の数字です", "a corporate number is 13 digits")
						}
						rd.problem(ce)
					}
				case 2:
					p.Person = val
				case 3:
					p.Contact = val
				case 4:
					if ja, en, ok := rd.volatileHint(vcell, true); ok {
						rd.problem((&CellError{Sheet: s, Cell: cellName(vc, r), Code: ErrBadDate, Value: val}).withHint(ja, en))
						dateRefused = true
						continue
					}
					d, err := parseDateCell(val, rd.res.Date1904)
					if err != nil {
						if looksLikeContact(val) {
							// The contact typed one row off: "write the
							// year first" of 03-1234-5678 misled.
							rd.problem(rd.wrongFieldError(s, cellName(vc, r), val, 4, false))
						} else {
							rd.problem(&CellError{Sheet: s, Cell: cellName(vc, r), Code: ErrBadDate, Value: val, Allowed: DateForms, Err: err})
						}
						dateRefused = true
						continue
					}
					if !rd.checkBookDate(d, s, cellName(vc, r), val) {
						rd.checkCoverDateBeforeMade(d, s, cellName(vc, r), val)
					}
					rd.checkCoverDateAfterAsOf(d, s, cellName(vc, r), val)
					p.Date = d
					rd.res.RespondentDateAt = s + "!" + cellName(vc, r)
				}
			}
		}
	}
	rd.dateInOtherField(at, dateRefused)
	if rd.res.Respondent.Date.IsZero() && !dateRefused && dateAt[0] != "" {
		rd.checkBlankDateBeforeMade(dateAt[0], dateAt[1])
	}
	return nil
}

// checkBlankDateBeforeMade refuses a blank cover date answered or
// checked (回答日, 点検日) at sheet!cell when the import date
// (ReadOptions.AsOf), which stands for it (answeredBy), is before the day
// the workbook was made (Meta.MadeOn), with ErrCoverDateBeforeMade: the
// answers were recorded as given on the import date, before the
// questionnaire existed (import --as-of 2026-11-20 of one made
// 2026-11-27). No import date, or a workbook without made_on, is not
// checked.
func (rd *reader) checkBlankDateBeforeMade(sheet, cell string) {
	m, asOf := rd.res.Meta, rd.opts.AsOf
	if m == nil || m.MadeOn.IsZero() || asOf.IsZero() || !asOf.Before(m.MadeOn) {
		return
	}
	rd.problem((&CellError{Sheet: sheet, Cell: cell, Code: ErrCoverDateBeforeMade, Allowed: []string{m.MadeOn.String() + " –"}}).withHint(
		fmt.Sprintf("回答日（点検日）が空欄のため取込日 %s を回答日としますが、この確認票を作った日 %s より前です。作る前の確認票に回答・点検はできません。取込日（--as-of）を確かめるか、表紙に回答日を記入してもらって取り込み直してください（何も記録していません）", asOf, m.MadeOn),
		fmt.Sprintf("the date answered (checked) is blank, so the import date %s stands for it, but it is before the questionnaire was made on %s: no one answers a questionnaire not yet made; check the import date (--as-of), or have the date answered filled in on the cover, and import again (nothing recorded)", asOf, m.MadeOn)))
}

// vendorCover reports whether the cover has the vendor's respondent
// labels (会社名, 法人番号), which a self-check's cover never has.
func (rd *reader) vendorCover() bool { return rd.coverLabels[0] > 0 || rd.coverLabels[1] > 0 }

// checkVendorCoverLabels refuses the cover of a vendor questionnaire
// made by riskregister that lacks the label of the company name (会社名)
// or of the corporate number (法人番号), or holds one twice: the fields
// the import checks who answered by (respondentMismatch in
// cmd/riskregister). With the 法人番号 row deleted (or its label cleared,
// reworded, moved off the cover) the cover had no corporate number field
// and the check was skipped: another company's answers, its name typed
// over ours, were recorded as the entry's. With two, the first was read
// and the other dropped without a word. The cover written has each once
// (respondentLabels); the respondent, contact and date are not asked for
// (a cover without them is read, their values blank).
func (rd *reader) checkVendorCoverLabels() {
	lang := rd.res.Meta.Lang
	sheet := rd.coverSheet
	if sheet == "" {
		sheet, _ = sheetNames(lang)
	}
	for k := range 2 {
		label := labelPair(respondentLabels[k], lang)
		var ja, en string
		switch n := rd.coverLabels[k]; {
		case n == 0:
			ja = "この欄の見出しが表紙にありません（行が削除されたか、見出しが消された・書き換えられたか、表紙が削除されています）。"
			en = "the field's label is not on the cover (its row was deleted, the label cleared or reworded, or the cover deleted), "
		case n > 1:
			ja = fmt.Sprintf("この欄の見出しが %d つあり、どの欄が回答か分かりません。", n)
			en = fmt.Sprintf("the field's label is on the cover %d times, so which of them holds the answer is not known, ", n)
		default:
			continue
		}
		rd.problem((&CellError{Sheet: sheet, Code: ErrCoverField, Value: label}).withHint(
			ja+"表紙の会社名・法人番号で回答した事業者を確かめるため、このままでは他社の回答を記録するおそれがあります。表紙の行を削除せず、見出しも書き換えずに、送付した確認票のとおりに記入してもらい、取り込み直してください（何も記録していません）",
			en+"and who answered is checked by the cover's company name and corporate number: another company's answers could be recorded; have the vendor fill in the questionnaire as sent, without deleting the cover's rows or changing its labels, and import again (nothing recorded)"))
	}
}

// checkCoverDateAfterAsOf refuses the cover's date answered or checked
// (回答日, 点検日) d when it is after the import date (ReadOptions.AsOf):
// no one answers on a day to come. It was stored as typed without a word
// (a slip of the year, 2027/12/1 for 2026/12/1), the answers dated the
// import day instead (riskassess.AnsweredOn). Without an import date
// nothing bounds it.
func (rd *reader) checkCoverDateAfterAsOf(d riskassess.Date, sheet, cell, val string) {
	rd.checkDateAfterAsOf(d, sheet, cell, val, riskassess.T("表紙を直して", "correct the cover"))
}

// checkCoverDateBeforeMade refuses the cover's date answered or checked
// (回答日, 点検日) d, typed as val at sheet!cell, when it is before the day
// the workbook was made (Meta.MadeOn): no one answers a questionnaire
// not yet made. It was stored as typed (令和8年4月1日 on a questionnaire
// made 2026-11-27), and the answers counted as given that day in every
// view of an earlier date. A workbook without made_on (made without a
// date, or before it was recorded) is not checked, nor is a round's
// workbook whose entry (ReadOptions.Register) records the round sent on
// or after the day made: the round's check in cmd/riskregister
// (answeredBeforeSent) refuses it, naming the round.
func (rd *reader) checkCoverDateBeforeMade(d riskassess.Date, sheet, cell, val string) {
	m := rd.res.Meta
	if m == nil || m.MadeOn.IsZero() || !d.Before(m.MadeOn) {
		return
	}
	if reg := rd.opts.Register; m.Round != "" && reg != nil {
		if e := reg.Entry(rd.res.Kind, rd.res.EntryID); e != nil {
			if r := e.Base().Round(m.Round); r != nil && !r.SentOn.Before(m.MadeOn) {
				return
			}
		}
	}
	rd.problem((&CellError{Sheet: sheet, Cell: cell, Code: ErrCoverDateBeforeMade, Value: val, Allowed: []string{m.MadeOn.String() + " –"}}).withHint(
		fmt.Sprintf("%s と読みましたが、この確認票を作った日 %s より前です。作る前の確認票に回答・点検はできません。日付の誤り（年・月の誤りなど）なら表紙を直して取り込み直してください。日付が正しいなら確認票の作成日（--as-of）の誤りのため、新しい確認票に回答してもらってください（何も記録していません）", d, m.MadeOn),
		fmt.Sprintf("read as %s, before the questionnaire was made on %s: no one answers a questionnaire not yet made; if the date is a slip (of the year or month?), correct the cover and import again; if it is right, the questionnaire was made with a wrong date (--as-of): have a new one answered (nothing recorded)", d, m.MadeOn)))
}

// checkDateAfterAsOf refuses the date answered d read at sheet!cell (val
// as typed) when it is after the import date, with ErrCoverDateAfterImport;
// fix says what to correct ("correct the cover", "have the vendor correct
// DATE-01"), in the middle of the hint.
func (rd *reader) checkDateAfterAsOf(d riskassess.Date, sheet, cell, val string, fix riskassess.Text) {
	asOf := rd.opts.AsOf
	if asOf.IsZero() || !d.After(asOf) {
		return
	}
	// Its own code: the date was read, and "bad date" (日付を読めません)
	// sent the vendor to retype a date whose form was fine.
	rd.problem((&CellError{Sheet: sheet, Cell: cell, Code: ErrCoverDateAfterImport, Value: val, Allowed: []string{"– " + asOf.String()}}).withHint(
		fmt.Sprintf("%s と読みましたが、取込日 %s より後です。まだ来ていない日に回答・点検はできません。日付の誤り（年の誤りなど）なら%s取り込み直し、取込日が違うなら --as-of を確かめてください（何も記録していません）", d, asOf, fix.Ja),
		fmt.Sprintf("read as %s, after the import date %s: no one answers on a day to come; if the date is a slip (of the year?), %s and import again, else check the import date (--as-of) (nothing recorded)", d, asOf, fix.En)))
}

// dateInOtherField refuses a cover whose date answered (回答日, 点検日) is
// blank while the contact or the respondent (連絡先, 回答者; 所属・職名,
// 点検者) holds a date alone (2026/12/1), or a month and a day alone
// (12月1日, 12/1): the date typed one row off. It was recorded as the
// contact, and the answers dated the import day. The problem is
// ErrCoverWrongField, naming the field the cell is (as a bad date its
// message began 日付「…」を読めません, of a date read well, in no date field).
// at holds where each field was read (readRespondent); dateRefused is set
// when the date answered was there but refused already.
func (rd *reader) dateInOtherField(at [5][2]string, dateRefused bool) {
	p := &rd.res.Respondent
	if !p.Date.IsZero() || dateRefused {
		return
	}
	for _, f := range []struct {
		k int
		v string
	}{{3, p.Contact}, {2, p.Person}} {
		switch {
		case f.v == "":
			continue
		case wareki.DateAlone(f.v):
			rd.problem(rd.wrongFieldError(at[f.k][0], at[f.k][1], f.v, f.k, false))
		case wareki.MonthDayAlone(f.v):
			// 12月1日: a date without its year, which DateAlone (Parse)
			// does not read; it was recorded as the contact.
			rd.problem(rd.wrongFieldError(at[f.k][0], at[f.k][1], f.v, f.k, true))
		default:
			continue
		}
		return
	}
}

// coverFieldName is the respondent field k (2–4, respondentAliases) as a
// message names it: the label the cover written shows (respondentLabels,
// a self-check's checkerLabels), its English in lower case.
func (rd *reader) coverFieldName(k int) riskassess.Text {
	l := respondentLabels[k]
	if rd.res.By == riskassess.AttestCouncil {
		l = checkerLabels[k-2]
	}
	return riskassess.T(l.Ja, strings.ToLower(l.En))
}

// wrongFieldError is the ErrCoverWrongField problem of the value v of the
// respondent field k at sheet!cell: for k 2 or 3 (回答者, 連絡先) a date
// alone (a month and a day alone when noYear) with the date answered
// blank; for k 4 (回答日) a telephone number or an e-mail address
// (looksLikeContact). The message names the field the cell is, in the
// words of the cover (a self-check's 点検者, 所属・職名, 点検日).
func (rd *reader) wrongFieldError(sheet, cell, v string, k int, noYear bool) *CellError {
	here, date, contact := rd.coverFieldName(k), rd.coverFieldName(4), rd.coverFieldName(3)
	var ja, en string
	switch {
	case k == 4:
		ja = fmt.Sprintf("このセルは%sの欄ですが、日付ではなく電話番号かメールアドレスとみられる記入があります。表紙の記入が 1 行ずれているとみられます。%sは%sの欄に移し、%sの欄には日付（例: 2026/4/1）を記入して取り込み直してください（何も記録していません）",
			here.Ja, contact.Ja, contact.Ja, here.Ja)
		en = fmt.Sprintf("this cell is the %s field, but it holds what looks like a telephone number or an e-mail address, not a date: the cover looks typed one row off; move the %s to its field, write the date (e.g. 2026/4/1) in the %s field and import again (nothing recorded)",
			here.En, contact.En, here.En)
	case noYear:
		ja = fmt.Sprintf("このセルは%sの欄ですが、年のない日付（月日）だけが書かれ、%sの欄が空欄です。表紙の記入が 1 行ずれているとみられます。年も含めた日付（例: 2026/12/1）を%sの欄に記入し、%sを記入して取り込み直してください（何も記録していません）",
			here.Ja, date.Ja, date.Ja, here.Ja)
		en = fmt.Sprintf("this cell is the %s field, but it holds a month and a day alone and the %s field is blank: the cover looks typed one row off; write the date with its year (e.g. 2026/12/1) in the %s field, fill in the %s and import again (nothing recorded)",
			here.En, date.En, date.En, here.En)
	default:
		ja = fmt.Sprintf("このセルは%sの欄ですが、日付だけが書かれ、%sの欄が空欄です。表紙の記入が 1 行ずれているとみられます。日付を%sの欄に移し、%sを記入して取り込み直してください（何も記録していません）",
			here.Ja, date.Ja, date.Ja, here.Ja)
		en = fmt.Sprintf("this cell is the %s field, but it holds a date alone and the %s field is blank: the cover looks typed one row off; move the date to the %s field, fill in the %s and import again (nothing recorded)",
			here.En, date.En, date.En, here.En)
	}
	return (&CellError{Sheet: sheet, Cell: cell, Code: ErrCoverWrongField, Value: v}).withHint(ja, en)
}

// looksLikeContact reports whether v, the value of a cover's date field
// that is not a date, is a telephone number or an e-mail address: an @
// with a dot after it, or 10 or 11 digits, the first a 0 (a Japanese
// number: 03-1234-5678, 090-1234-5678, 0120-123-456), or a + and 8 to
// 15 digits (the international form: +81 3-1234-5678, +1 (555)
// 123-4567), among hyphens, spaces and brackets alone. A date never is
// one (8 digits at most, not a leading 0 with 10, no +), nor is a short
// number (an extension).
func looksLikeContact(v string) bool {
	v = strings.TrimSpace(fold(v))
	if _, domain, ok := strings.Cut(v, "@"); ok {
		return strings.Contains(domain, ".")
	}
	rest, intl := strings.CutPrefix(v, "+")
	digits := 0
	for _, r := range rest {
		switch {
		case r >= '0' && r <= '9':
			if digits == 0 && r != '0' && !intl {
				return false
			}
			digits++
		case r == '-' || r == ' ' || r == '(' || r == ')':
		default:
			return false
		}
	}
	if intl {
		return digits >= 8 && digits <= 15
	}
	return digits == 10 || digits == 11
}

// joinedField reports whether the respondent field k (respondentAliases)
// is read from every cell right of its label, joined with spaces: the
// respondent (回答者, 点検者) and the contact (連絡先, 所属・職名), which
// vendors write in several cells (a telephone number and an e-mail
// address, a name and a department). The company name, the corporate
// number and the date are read from the first cell only; checkCover
// refuses anything right of it.
func joinedField(k int) bool { return k == 2 || k == 3 }

// volatileJa and volatileEn are the hint of a cell holding a formula that
// takes the day it is calculated (=TODAY(), =NOW()): its value is the day
// the file was last saved, by whoever saved it (the council opening it to
// correct something), not the day the vendor answered or checked.
const (
	volatileJa = "=TODAY() や =NOW() の数式は、ファイルを開いて保存した日（だれが保存しても）の日付になるため、回答した日・点検した日としては読みません。日付を直接記入してください（例: 2026/4/1）"
	volatileEn = "a formula such as =TODAY() or =NOW() gives the day the file was last saved, by whoever saved it, not the day it was answered or checked: type the date itself (e.g. 2026/4/1)"
)

// volatileValueJa and volatileValueEn are the hint of an answer or a
// comment (not a date) holding a volatile formula (volatileFormula).
const (
	volatileValueJa = "=TODAY()・=NOW()・=RAND() を使う数式は、ファイルを保存するたびに（だれが保存しても）値が変わるため、回答としては読みません。値を直接記入してください"
	volatileValueEn = "a formula using =TODAY(), =NOW() or =RAND() changes its value each time the file is saved, by whoever saves it, so it is not read as an answer: type the value itself"
)

// volatileHint returns whether the cell c holds a volatile formula, or one
// referring to other cells of a workbook that holds one (gcell.refers,
// book.anyVolatile: =表紙!B5 of a 回答日 of =TODAY()), and if so the hint
// of its problem: for a date when date is set. A workbook that cannot be
// searched for a volatile formula counts as holding one.
func (rd *reader) volatileHint(c gcell, date bool) (ja, en string, ok bool) {
	if c.volatile {
		if date {
			return volatileJa, volatileEn, true
		}
		return volatileValueJa, volatileValueEn, true
	}
	if !c.refers {
		return "", "", false
	}
	if v, err := rd.b.anyVolatile(); !v && err == nil {
		return "", "", false
	}
	ja = "この数式はほかのセルや名前を参照しており、このブックには =TODAY()・=NOW()・=RAND() など保存するたびに値が変わる数式があるため、記入された値か確かめられません。"
	en = "the formula refers to other cells or names, and the workbook holds a formula such as =TODAY(), =NOW() or =RAND() whose value changes each time the file is saved, so whether its value is the one given cannot be checked: "
	if date {
		return ja + "日付を直接記入してください（例: 2026/4/1）", en + "type the date itself (e.g. 2026/4/1)", true
	}
	return ja + "値を直接記入してください", en + "type the value itself", true
}

// colName is the letters of column col (AA), for a message.
func colName(col int) string { return strings.TrimRight(cellName(col, 1), "1") }

func cellName(col, row int) string {
	s, err := excelize.CoordinatesToCellName(col, row)
	if err != nil {
		return fmt.Sprintf("R%dC%d", row, col)
	}
	return s
}

// cellText returns the text of an answer or comment cell as the person who
// typed it saw it, where the raw value would read differently: a TRUE/FALSE
// cell (stored as 1/0) is "TRUE"/"FALSE", which a yes/no question reads as
// はい/いいえ; a number cell is rendered in its number format (see
// wareki.ExcelNumberText: 0.999 as 99.9%, a date serial as 2026-04-01 in the
// workbook's date system, a zero-padded number with its zeros). A boolean
// cell holding anything but 0 or 1 is kept raw (and refused by a yes/no
// question rather than guessed).
func (rd *reader) cellText(c gcell) string {
	switch c.kind {
	case kindBool:
		switch strings.TrimSpace(c.v) {
		case "1":
			return "TRUE"
		case "0":
			return "FALSE"
		}
	case kindNumber:
		id, code := rd.b.numFmt(c.style)
		if s, ok := wareki.ExcelNumberText(c.v, id, code, rd.b.date1904); ok {
			return s
		}
	}
	return c.v
}
