package report

import (
	"cmp"
	"strings"
	"unicode"

	"github.com/gikai-sec/riskregister/riskassess"
)

// PlanItem is one dated item of a year plan: the due item and the name the
// plan shows for its entry.
type PlanItem struct {
	riskassess.DueItem
	// Name is the entry's name (the id when the entry is not in the
	// register).
	Name riskassess.Text `json:"name"`
}

// PlanSection is the items of one section within one month.
type PlanSection struct {
	// Section is the section id ("" for items without one).
	Section string     `json:"section"`
	Items   []PlanItem `json:"items"`
}

// PlanMonth is one month of a year plan.
type PlanMonth struct {
	// Month is the first day of the month.
	Month    riskassess.Date `json:"month"`
	Sections []PlanSection   `json:"sections"`
}

// YearPlan is what falls due in one fiscal year (年度計画), by month and
// section, with the items dated before the year that are still overdue
// (carried over) and the chase list of questionnaire replies overdue.
type YearPlan struct {
	Year riskassess.FiscalYear `json:"fiscal_year"`
	AsOf riskassess.Date       `json:"as_of"`
	// Months are the twelve months of Year, April first; a month without
	// items has no sections.
	Months []PlanMonth `json:"months"`
	// Count is the number of items in Months.
	Count int `json:"count"`
	// Carried lists the items dated before Year that are overdue on AsOf
	// (DueItem.OverdueAsOf, the rule of `due`): work left open from
	// earlier years (前年度以前からの期限超過), oldest first. Questionnaire
	// replies on Chase are not repeated here.
	Carried []PlanItem `json:"carried"`
	// Chase lists the questionnaire replies not imported whose reply date
	// is before AsOf (whatever their fiscal year), oldest first.
	Chase []PlanItem `json:"chase"`
}

// OverdueCount returns the number of distinct items of p overdue on AsOf:
// those of Months marked overdue, Carried, and the replies of Chase dated
// outside Year (those within Year are in Months too). When AsOf is within Year
// or before it, this is the number of items `due` lists as overdue on AsOf
// for the same assessments.
func (p *YearPlan) OverdueCount() int {
	n := len(p.Carried)
	for _, m := range p.Months {
		for _, s := range m.Sections {
			for _, it := range s.Items {
				if it.Overdue {
					n++
				}
			}
		}
	}
	for _, it := range p.Chase {
		if !p.Year.Contains(it.Date) {
			n++
		}
	}
	return n
}

// PlanYear returns the year plan of fiscal year fy: every due item of the
// assessments dated within fy (reviews, on-site checks, questionnaire
// replies, certificate, ISMAP, contract and approval expiries, password
// changes, remediation), grouped by month and then by section in the order
// of reg.Org.Sections (sections not listed there last, by id), and within a
// section sorted by date, the entry's reading (SortName), kind, id and due
// kind. Items dated before fy that are overdue on asOf (DueItem.OverdueAsOf)
// are carried over (Carried), oldest first, except the replies already on
// the chase list. The dates are those the assessments computed as of asOf: a review
// is its next review date, an on-site check or a password change the next
// one after the last recorded. reg may be nil (names are then the ids).
//
// fy is named by the calendar year it starts in: 2026 for 令和8年度 (see
// riskassess.FiscalYear), not the era year 8. PlanYear does not check it:
// PlanYear(reg, as, 8, asOf) is the plan of the year 8, with nothing due and
// nothing carried (only Chase, which ignores fy). Read a year people typed
// with wareki.ParseFiscalYear (令和8年度, R8, FY2026; 1900–2200), as the
// command's --fiscal-year does; sitegen refuses an Options.FiscalYear out
// of that range.
func PlanYear(reg *riskassess.Register, as []riskassess.Assessment, fy riskassess.FiscalYear, asOf riskassess.Date) YearPlan {
	p := YearPlan{Year: fy, AsOf: asOf}
	var entries map[riskassess.EntryKey]riskassess.Entry
	if reg != nil {
		entries = EntryIndex(reg)
	}
	item := func(a *riskassess.Assessment, d riskassess.DueItem) PlanItem {
		if d.EntryKind == "" {
			d.EntryKind = a.Kind
		}
		if d.EntryID == "" {
			d.EntryID = a.EntryID
		}
		it := PlanItem{DueItem: d, Name: riskassess.T(d.EntryID, d.EntryID)}
		if e := entries[riskassess.EntryKey{Kind: d.EntryKind, ID: d.EntryID}]; e != nil {
			it.Name = e.Base().Name
			if it.Section == "" {
				it.Section = e.Base().Owner.Section
			}
		}
		return it
	}
	// Sized once: at 10,000 entries the year holds tens of thousands of
	// items, and growing the slice by doubling would allocate it twice over.
	n := 0
	for i := range as {
		for _, d := range as[i].Due {
			if fy.Contains(d.Date) {
				n++
			}
		}
	}
	items := make([]PlanItem, 0, n)
	for i := range as {
		a := &as[i]
		for _, d := range a.Due {
			if fy.Contains(d.Date) {
				d.Overdue = d.OverdueAsOf(asOf)
				items = append(items, item(a, d))
			}
			switch {
			case d.Kind == riskassess.DueReply && !d.Date.IsZero() && d.Date.Before(asOf):
				d.Overdue = true
				p.Chase = append(p.Chase, item(a, d))
			case !d.Date.IsZero() && d.Date.Before(fy.Start()) && d.OverdueAsOf(asOf):
				// Carried over, unless on the chase list (the case above).
				d.Overdue = true
				p.Carried = append(p.Carried, item(a, d))
			}
		}
	}
	// The reading of each item's entry is looked up once per entry, not
	// at every comparison (SortName folds the whole name).
	sortKey := map[riskassess.EntryKey]string{}
	readings := func(items []PlanItem) []string {
		names := make([]string, len(items))
		for i := range items {
			k := riskassess.EntryKey{Kind: items[i].EntryKind, ID: items[i].EntryID}
			s, ok := sortKey[k]
			if !ok {
				if e := entries[k]; e != nil {
					s = SortName(e)
				}
				sortKey[k] = s
			}
			names[i] = s
		}
		return names
	}
	order := map[string]int{}
	if reg != nil {
		for i, s := range reg.Org.Sections {
			order[s.ID] = i
		}
	}
	names := readings(items)
	secs := make([]int, len(items))
	for i := range items {
		if k, ok := order[items[i].Section]; ok {
			secs[i] = k
		} else {
			secs[i] = len(order) // by id, after the listed sections
		}
	}
	sortStableBy(items, func(i, j int) int {
		a, b := &items[i], &items[j]
		if c := cmp.Compare(a.Date.Year*12+int(a.Date.Month), b.Date.Year*12+int(b.Date.Month)); c != 0 {
			return c
		}
		if c := cmp.Compare(secs[i], secs[j]); c != 0 {
			return c
		}
		if secs[i] == len(order) {
			if c := strings.Compare(a.Section, b.Section); c != 0 {
				return c
			}
		}
		return comparePlanItems(a, b, names[i], names[j])
	})
	for _, list := range [][]PlanItem{p.Carried, p.Chase} {
		names := readings(list)
		sortStableBy(list, func(i, j int) int { return comparePlanItems(&list[i], &list[j], names[i], names[j]) })
	}
	p.Count = len(items)
	for _, m := range fy.Months() {
		pm := PlanMonth{Month: m}
		// The items of a month and section are next to each other in
		// items: a section's Items is their run in it (its capacity cut to
		// its length), not a copy.
		for len(items) > 0 && items[0].Date.Year == m.Year && items[0].Date.Month == m.Month {
			n := 1
			for n < len(items) && items[n].Date.Year == m.Year && items[n].Date.Month == m.Month && items[n].Section == items[0].Section {
				n++
			}
			pm.Sections = append(pm.Sections, PlanSection{Section: items[0].Section, Items: items[:n:n]})
			items = items[n:]
		}
		p.Months = append(p.Months, pm)
	}
	return p
}

// comparePlanItems compares two items of a year plan by date, then by
// the reading of their entries (an and bn: SortName), the entry kind
// (Kinds order) and id, then the due kind, field and what. Each key is
// compared only when the ones before it are equal.
func comparePlanItems(a, b *PlanItem, an, bn string) int {
	if c := a.Date.Compare(b.Date); c != 0 {
		return c
	}
	if a.EntryKind != b.EntryKind || a.EntryID != b.EntryID {
		if c := strings.Compare(an, bn); c != 0 {
			return c
		}
		if c := cmp.Compare(dueKindOrder(a.EntryKind), dueKindOrder(b.EntryKind)); c != 0 {
			return c
		}
		if c := strings.Compare(a.EntryID, b.EntryID); c != 0 {
			return c
		}
	}
	if c := strings.Compare(string(a.Kind), string(b.Kind)); c != 0 {
		return c
	}
	if c := strings.Compare(a.Field, b.Field); c != 0 {
		return c
	}
	return strings.Compare(a.What, b.What)
}

// SortName returns the key tables sort entry e by: its reading in katakana
// when the register records one (name_kana, or a contractor's
// legal_name_kana), else its Japanese name; hiragana is folded to katakana
// and half-width katakana to full width, so that a reading and a kana name
// sort together. Ties are broken by the caller (kind, id).
func SortName(e riskassess.Entry) string {
	b := e.Base()
	s := b.NameKana
	if c, ok := e.(*riskassess.Contractor); ok && s == "" {
		s = c.LegalNameKana
	}
	if s == "" {
		s = b.Name.Ja
	}
	return foldKana(s)
}

// foldKana maps hiragana to katakana, half-width katakana to full width,
// full-width ASCII to ASCII and drops spaces and middle dots, for sorting.
func foldKana(s string) string {
	var b strings.Builder
	rs := []rune(s)
	for i := 0; i < len(rs); i++ {
		r := rs[i]
		switch {
		case r >= 'ぁ' && r <= 'ゖ':
			r += 'ァ' - 'ぁ'
		case r >= '\uFF66' && r <= '\uFF9D':
			r = halfKana[r-'\uFF66']
			if i+1 < len(rs) && (rs[i+1] == '\uFF9E' || rs[i+1] == '\uFF9F') {
				// ﾞ / ﾟ: the voiced form is the next code point (ガ = カ+1,
				// パ = ハ+2); ｳﾞ is ヴ.
				if r == 'ウ' && rs[i+1] == '\uFF9E' {
					r = 'ヴ'
				} else if rs[i+1] == '\uFF9E' {
					r++
				} else {
					r += 2
				}
				i++
			}
		case r >= '\uFF01' && r <= '\uFF5E':
			r -= 0xFEE0
		case unicode.IsSpace(r), r == '・', r == '\uFF65':
			continue
		}
		b.WriteRune(r)
	}
	return b.String()
}

// halfKana are the full-width forms of the half-width katakana U+FF66–U+FF9D.
var halfKana = []rune("ヲァィゥェォャュョッーアイウエオカキクケコサシスセソタチツテトナニヌネノハヒフヘホマミムメモヤユヨラリルレロワン")
