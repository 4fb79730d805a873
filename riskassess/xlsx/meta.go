package xlsx

import (
	"crypto/sha256"
	"encoding/hex"
	"slices"
	"strconv"
	"strings"

	"github.com/gikai-sec/riskregister/riskassess"
	"golang.org/x/text/unicode/norm"
)

// MetaSheet is the name of the very hidden sheet that records what a
// generated questionnaire asked. It holds key/value rows (key in column A,
// value in column B); "question" repeats once per question, in order, with
// the digest of the question's text in column C.
const MetaSheet = "_meta"

// listSheet is the hidden sheet holding long choice lists.
const listSheet = "_lists"

// metaFormat identifies the layout of the _meta sheet.
const metaFormat = "riskregister-questionnaire/1"

// Meta is what the _meta sheet of a generated questionnaire records.
type Meta struct {
	Format           string
	Kind             riskassess.Kind
	EntryID          string
	CatalogueVersion string
	Lang             riskassess.Lang
	QuestionsSheet   string
	QuestionIDs      []string
	// QuestionDigests are the QuestionDigest of each question's text as
	// written on the questions sheet, in the order of QuestionIDs; empty
	// in a workbook made before they were recorded. The reader refuses
	// an answer whose question text no longer has its digest
	// (ErrQuestionChanged).
	QuestionDigests []string
	// By is who answers the workbook: riskassess.AttestCouncil for a
	// self-check (自己点検) workbook; "" for a vendor questionnaire.
	By riskassess.Attester
	// Scope is set in a self-check of several entries (SelfCheckBook):
	// "section:ID" for a section's, "council" for the whole council's.
	// Kind, EntryID and QuestionIDs are then empty: Items lists what
	// it asks.
	Scope string
	// Gap names the foreign questionnaire a gap questionnaire follows
	// (Questionnaire.Gap): QuestionIDs are then only the questions it did
	// not answer, and the reader does not report the others as missing.
	Gap string
	// FiscalYear is the fiscal year of a SelfCheckBook.
	FiscalYear int
	// Items are the (entry, question) pairs of a SelfCheckBook, in
	// order, as "kind/id|question".
	Items []string
	// ItemDigests are the QuestionDigest of each item's question text as
	// written on the questions sheet, in the order of Items; empty in a
	// book made before they were recorded. The reader refuses an answer
	// whose question text no longer has its digest (ErrQuestionChanged).
	ItemDigests []string
	// ItemSubjects are the QuestionDigest of each item's subject (the
	// entry's name on the questions sheet), in the order of Items; empty
	// in a book made before they were recorded. The reader refuses a row
	// whose subject is another entry's (ErrWrongEntry).
	ItemSubjects []string
	// PrefillDigests are, in the order of QuestionIDs, the prefillDigest
	// of what each question's answer and comment cells were pre-filled
	// with when the workbook was made (blank cells too); ItemPrefills the
	// same for Items. Empty in a workbook made before they were recorded
	// (Result.Typed then compares with the entry's current answers). Not
	// in the checksum: they only tell a workbook left as made from one
	// typed into.
	PrefillDigests []string
	ItemPrefills   []string
	// Round is the questionnaire round the workbook was sent in
	// (riskregister round), "" for a workbook made on its own.
	Round string
	// MadeOn is the day the workbook was made (Questionnaire.AsOf,
	// SelfCheckBook.AsOf), written as made_on (YYYY-MM-DD) and folded
	// into the checksum; zero in a workbook made without a date or before
	// it was recorded. The reader refuses a cover's 回答日 (点検日) before
	// it (ErrCoverDateBeforeMade).
	MadeOn riskassess.Date
	// madeOnRaw is the made_on cell as read, for ErrBadMeta when it is no
	// date.
	madeOnRaw string
	// Org is the name of the organisation that made the workbook (the
	// register's org.name), Japanese and English; empty in a workbook
	// made before it was recorded, or without a name. The reader refuses
	// the workbook for a register of another organisation (checkOrg).
	Org riskassess.Text
	// Checksum is Checksum(Kind, EntryID, CatalogueVersion, QuestionIDs) as
	// written, with a self-check's "by", the Round, MadeOn and the
	// question digests, when recorded, folded into the entry part; the reader
	// recomputes it to detect edits of the sheet. For a SelfCheckBook it
	// covers the scope, the fiscal year, the catalogue version, "by" and
	// Items instead, with MadeOn, ItemDigests and ItemSubjects when
	// recorded.
	Checksum string
	// cells remembers where each key was read, for error positions.
	cells map[string]string
}

// Checksum returns the hex SHA-256 of "kind|entry|version|id1,id2,…": the
// checksum the _meta sheet carries so that an import can tell whether the
// metadata was edited.
func Checksum(kind riskassess.Kind, entryID, version string, ids []string) string {
	h := sha256.New()
	h.Write([]byte(string(kind) + "|" + entryID + "|" + version + "|" + strings.Join(ids, ",")))
	return hex.EncodeToString(h.Sum(nil))
}

// sum returns the checksum m should carry: Checksum of its fields, with a
// self-check's "by" folded into the entry part so that turning a vendor
// questionnaire into a self-check (or back) by editing _meta is detected.
// A vendor questionnaire's checksum is unchanged by By; the round, when
// set, is folded in the same way, so that a workbook cannot be moved into
// another round by editing _meta, and so is the day made (MadeOn), so
// that an earlier made_on cannot let in an earlier 回答日.
func (m *Meta) sum() string {
	if m.Scope != "" {
		h := sha256.New()
		h.Write([]byte("selfcheck-book|" + m.Scope + "|" + strconv.Itoa(m.FiscalYear) + "|" + m.CatalogueVersion +
			"|by=" + string(m.By) + "|" + strings.Join(m.Items, ",")))
		if m.Org != (riskassess.Text{}) {
			h.Write([]byte("|org=" + m.Org.Ja + "/" + m.Org.En))
		}
		if !m.MadeOn.IsZero() {
			h.Write([]byte("|made=" + m.MadeOn.String()))
		}
		if len(m.ItemDigests) > 0 {
			h.Write([]byte("|texts=" + strings.Join(m.ItemDigests, ",")))
		}
		if len(m.ItemSubjects) > 0 {
			h.Write([]byte("|subjects=" + strings.Join(m.ItemSubjects, ",")))
		}
		return hex.EncodeToString(h.Sum(nil))
	}
	entry := m.EntryID
	if m.By != "" && m.By != riskassess.AttestVendor {
		entry += "|by=" + string(m.By)
	}
	if m.Round != "" {
		entry += "|round=" + m.Round
	}
	if !m.MadeOn.IsZero() {
		entry += "|made=" + m.MadeOn.String()
	}
	if m.Org != (riskassess.Text{}) {
		entry += "|org=" + m.Org.Ja + "/" + m.Org.En
	}
	if len(m.QuestionDigests) > 0 {
		entry += "|texts=" + strings.Join(m.QuestionDigests, ",")
	}
	return Checksum(m.Kind, entry, m.CatalogueVersion, m.QuestionIDs)
}

func (m *Meta) rows() [][]string {
	r := [][]string{
		{"format", m.Format},
		{"kind", string(m.Kind)},
		{"entry", m.EntryID},
		{"catalogue_version", m.CatalogueVersion},
		{"lang", string(m.Lang)},
		{"questions_sheet", m.QuestionsSheet},
		{"checksum", m.Checksum},
	}
	if m.By != "" && m.By != riskassess.AttestVendor {
		r = append(r, []string{"by", string(m.By)})
	}
	if m.Gap != "" {
		r = append(r, []string{"gap", m.Gap})
	}
	if m.Scope != "" {
		r = append(r, []string{"scope", m.Scope}, []string{"fiscal_year", strconv.Itoa(m.FiscalYear)})
	}
	if m.Round != "" {
		r = append(r, []string{"round", m.Round})
	}
	if !m.MadeOn.IsZero() {
		r = append(r, []string{"made_on", m.MadeOn.String()})
	}
	if m.Org != (riskassess.Text{}) {
		r = append(r, []string{"org", m.Org.Ja, m.Org.En})
	}
	for i, id := range m.QuestionIDs {
		row := []string{"question", id}
		if i < len(m.QuestionDigests) {
			row = append(row, m.QuestionDigests[i])
			if i < len(m.PrefillDigests) {
				row = append(row, m.PrefillDigests[i])
			}
		}
		r = append(r, row)
	}
	for i, it := range m.Items {
		row := []string{"item", it}
		if i < len(m.ItemDigests) {
			row = append(row, m.ItemDigests[i])
			if i < len(m.ItemSubjects) {
				row = append(row, m.ItemSubjects[i])
				if i < len(m.ItemPrefills) {
					row = append(row, m.ItemPrefills[i])
				}
			}
		}
		r = append(r, row)
	}
	return r
}

// parseMeta reads the key/value rows of a _meta sheet.
func parseMeta(g *grid) *Meta {
	m := &Meta{cells: map[string]string{}}
	for _, gr := range g.rows {
		row := gr.num
		k := strings.TrimSpace(g.get(row, 1))
		v := strings.TrimSpace(g.get(row, 2))
		cell := cellName(2, row)
		switch k {
		case "format":
			m.Format = v
		case "kind":
			m.Kind = riskassess.Kind(v)
		case "entry":
			m.EntryID = v
		case "catalogue_version":
			m.CatalogueVersion = v
		case "lang":
			m.Lang = riskassess.Lang(v)
		case "questions_sheet":
			m.QuestionsSheet = v
		case "checksum":
			m.Checksum = v
		case "by":
			m.By = riskassess.Attester(v)
		case "round":
			m.Round = v
		case "made_on":
			m.madeOnRaw = v
			m.MadeOn, _ = riskassess.ParseDate(v)
		case "org":
			m.Org = riskassess.T(v, strings.TrimSpace(g.get(row, 3)))
		case "question":
			m.QuestionIDs = append(m.QuestionIDs, v)
			m.QuestionDigests = append(m.QuestionDigests, strings.TrimSpace(g.get(row, 3)))
			m.PrefillDigests = append(m.PrefillDigests, strings.TrimSpace(g.get(row, 4)))
		case "scope":
			m.Scope = v
		case "gap":
			m.Gap = v
		case "fiscal_year":
			m.FiscalYear, _ = strconv.Atoi(v)
		case "item":
			m.Items = append(m.Items, v)
			m.ItemDigests = append(m.ItemDigests, strings.TrimSpace(g.get(row, 3)))
			m.ItemSubjects = append(m.ItemSubjects, strings.TrimSpace(g.get(row, 4)))
			m.ItemPrefills = append(m.ItemPrefills, strings.TrimSpace(g.get(row, 5)))
		default:
			continue
		}
		if _, ok := m.cells[k]; !ok {
			m.cells[k] = cell
		}
	}
	m.QuestionDigests = unlessBlank(m.QuestionDigests)
	m.ItemDigests = unlessBlank(m.ItemDigests)
	m.ItemSubjects = unlessBlank(m.ItemSubjects)
	m.PrefillDigests = unlessBlank(m.PrefillDigests)
	m.ItemPrefills = unlessBlank(m.ItemPrefills)
	return m
}

// unlessBlank returns ds, or nil when none of it is set (a workbook made
// before the column was written).
func unlessBlank(ds []string) []string {
	if !slices.ContainsFunc(ds, func(d string) bool { return d != "" }) {
		return nil
	}
	return ds
}

// prefillDigest returns the digests of what an answer cell and its
// comment cell hold, as "answer/comment": QuestionDigest of the
// normalised answer value ("yes", "2026-04-01", a choice id; "" when
// blank) and of the comment. A workbook records it for each question as
// made (Meta.PrefillDigests) and Result.Typed compares what is read with
// it (prefilledAs).
func prefillDigest(value, comment string) string {
	return QuestionDigest(value) + "/" + QuestionDigest(comment)
}

// prefilledAs reports whether the answer value and comment read from a
// row give nothing besides what it was pre-filled with (want, a
// prefillDigest): each is blank (cleared) or as pre-filled.
func prefilledAs(value, comment, want string) bool {
	wv, wc, ok := strings.Cut(want, "/")
	if !ok {
		return false
	}
	blank := func(s string) bool { return strings.TrimFunc(s, isSpace) == "" }
	return (blank(value) || QuestionDigest(value) == wv) && (blank(comment) || QuestionDigest(comment) == wc)
}

// QuestionDigest returns the digest of a question's text as a questions
// sheet shows it (the question, and a choice question's choices): the
// first 16 hex digits of the SHA-256 of the text in Unicode NFKC with
// every space and line break removed and the "_x000D_" escape dropped,
// so that a spreadsheet program re-saving the cell, or re-wrapping it,
// does not change it, while a changed word does.
func QuestionDigest(text string) string {
	sum := sha256.Sum256([]byte(digestFold(text)))
	return hex.EncodeToString(sum[:8])
}

// digestFold returns text as QuestionDigest compares it: without Excel's
// _x000D_ escapes, in NFKC, and without spaces, line breaks and invisible
// characters (riskassess.IsInvisible). For every text of the blocks
// riskassess.FoldText covers it gives what FoldText gives, so that the
// workbook and an import record agree on whether a question is the same
// (TestDigestFoldsAgree).
func digestFold(text string) string {
	t := norm.NFKC.String(strings.ReplaceAll(text, "_x000D_", ""))
	return strings.Map(func(r rune) rune {
		if riskassess.IsInvisible(r) {
			return -1
		}
		return r
	}, t)
}

func (m *Meta) cell(key string) string {
	if c, ok := m.cells[key]; ok {
		return c
	}
	return "B1"
}
