package sitegen

import (
	"bytes"
	"strconv"

	"github.com/gikai-sec/riskregister/riskassess"
	"github.com/gikai-sec/riskregister/riskassess/publiclist"
	"github.com/gikai-sec/riskregister/riskassess/report"
)

// riskFill are the SVG fills per risk level, with the text colour drawn on
// them; every pair has a contrast ratio of at least 4.5:1.
var riskFill = map[riskassess.RiskLevel][2]string{
	riskassess.RiskLow:      {"#d4edda", "#14532d"},
	riskassess.RiskMedium:   {"#fff0b3", "#4d3800"},
	riskassess.RiskHigh:     {"#ffd3b8", "#6b2700"},
	riskassess.RiskCritical: {"#a4001d", "#ffffff"},
}

func (b *builder) dashboard() (d *dashboardPage, overdue, upcoming []dueRow) {
	lang := b.lang
	d = &dashboardPage{Total: len(b.ents)}
	kinds := map[riskassess.Kind]int{}
	residual := map[riskassess.RiskLevel]int{}
	decisions := map[riskassess.Decision]int{}
	statuses := map[riskassess.ApprovalStatus]int{}
	byKindRisk := map[riskassess.Kind]map[riskassess.RiskLevel]int{}
	m := b.matrix()
	var heat [4][4]int // [inherent rank-1][band of m, 0 best]
	notAssessed, undecidedN, expiredN := 0, 0, 0
	var cond [3]int // by conditionalReason
	for i, e := range b.ents {
		kinds[e.Kind()]++
		// As the register page's status column.
		if in, undecided := approvalOn(e.Base().Approval, b.opts.AsOf); undecided {
			undecidedN++
		} else if _, class := b.approvalLabel(in); class == "status-expired" {
			expiredN++ // past its valid_until: not 承認 on that page
		} else {
			statuses[in.Status]++
		}
		a := b.asmts[i]
		if a == nil || a.Residual == "" {
			notAssessed++
			continue
		}
		residual[a.Residual]++
		// A record (rejected or retired) has no decision to recommend: counted
		// as the export's summary and the register table show it.
		d := report.ShownDecision(e, a)
		decisions[d]++
		if d == riskassess.DecisionConditional {
			cond[conditionalReason(a, b.lists[i])]++
		}
		if byKindRisk[e.Kind()] == nil {
			byKindRisk[e.Kind()] = map[riskassess.RiskLevel]int{}
		}
		byKindRisk[e.Kind()][a.Residual]++
		if r := a.Inherent.Rank(); r > 0 {
			heat[r-1][m.Band(a.ControlScore)]++
		}
	}
	// Overdue items and those expiring within 90 days, as `riskregister due` lists them.
	if !b.opts.AsOf.IsZero() {
		for _, it := range report.DueListInAt(b.reg, b.opts.Requirements, b.all, b.opts.AsOf, 90) {
			if it.Kind == riskassess.DueReply && it.Overdue {
				d.Chase = append(d.Chase, b.dueRow(it))
			}
			switch {
			case it.Overdue:
				overdue = append(overdue, b.dueRow(it))
			case it.Kind == riskassess.DueCertificate || it.Kind == riskassess.DueISMAP ||
				it.Kind == riskassess.DueContractEnd || it.Kind == riskassess.DueApproval:
				upcoming = append(upcoming, b.dueRow(it))
			}
		}
	}
	for _, k := range riskassess.Kinds() {
		d.Kinds = append(d.Kinds, countRow{Label: k.Label(lang), Count: kinds[k]})
	}
	for i := len(riskassess.RiskLevels()) - 1; i >= 0; i-- {
		lv := riskassess.RiskLevels()[i]
		d.Residual = append(d.Residual, countRow{Label: lv.Label(lang), Class: "risk-" + string(lv), Count: residual[lv]})
	}
	if notAssessed > 0 {
		d.Residual = append(d.Residual, countRow{Label: tr(lang, "notassessed"), Class: "risk-none", Count: notAssessed})
	}
	for _, x := range []riskassess.Decision{riskassess.DecisionApprove, riskassess.DecisionConditional, riskassess.DecisionReject} {
		d.Decisions = append(d.Decisions, countRow{Label: x.Label(lang), Class: "decision-" + string(x), Count: decisions[x]})
		if x == riskassess.DecisionConditional {
			// Most entries are conditional: say what stands between them
			// and 承認可, which is also the kind of work that would move
			// them (send the questionnaire, change the contract, reduce
			// the risk).
			for r, key := range []string{"dash.cond.answers", "dash.cond.notmet", "dash.cond.risk"} {
				if cond[r] > 0 {
					d.Decisions = append(d.Decisions, countRow{Label: tr(lang, key), Count: cond[r], Sub: true})
				}
			}
		}
	}
	if n := decisions[report.DecisionRecord]; n > 0 {
		d.Decisions = append(d.Decisions, countRow{Label: tr(lang, "record"), Class: "decision-record", Count: n})
	}
	for _, s := range (riskassess.ApprovalStatus("")).Allowed() {
		st := riskassess.ApprovalStatus(s)
		if statuses[st] > 0 {
			d.Statuses = append(d.Statuses, countRow{Label: st.Label(lang), Class: "status-" + s, Count: statuses[st]})
		}
	}
	if expiredN > 0 {
		d.Statuses = append(d.Statuses, countRow{Label: tr(lang, "status.expired"), Class: "status-expired", Count: expiredN})
	}
	if undecidedN > 0 {
		d.Statuses = append(d.Statuses, countRow{Label: tr(lang, "status.undecided"), Class: "status-undecided", Count: undecidedN})
	}
	d.OverdueCount, d.UpcomingCount, d.ChaseCount = len(overdue), len(upcoming), len(d.Chase)
	d.Chase = d.Chase[:min(len(d.Chase), dashLimit)]
	d.Overdue = overdue[:min(len(overdue), dashLimit)]
	d.Upcoming = upcoming[:min(len(upcoming), dashLimit)]
	d.HeatMap, d.HeatTable = b.heatMap(&m, heat)
	d.Bars, d.BarsTable = b.bars(byKindRisk)
	return d, overdue, upcoming
}

// matrix returns the residual-risk matrix in force: Options.Matrix, else
// the register's (riskassess.Organisation.MatrixInForce).
func (b *builder) matrix() riskassess.Matrix {
	if !b.opts.Matrix.IsZero() {
		return b.opts.Matrix
	}
	return b.reg.Org.MatrixInForce()
}

// svgText writes <text ATTRS>s</text>; attrs is trusted markup written
// with rawf's format and numbers.
func svgText(w hw, s string, format string, args ...any) {
	w.raw("<text ")
	w.rawf(format, args...)
	w.raw(">")
	w.text(s)
	w.raw("</text>")
}

// heatMap draws inherent risk (rows, highest on top) × the control-score
// bands of matrix m (columns, weakest on the left) as an accessible SVG,
// and the same data as a table. Each cell is coloured, and labelled, with
// the residual risk m gives it; heat is [inherent rank-1][band of m].
func (b *builder) heatMap(m *riskassess.Matrix, heat [4][4]int) (string, tableView) {
	lang := b.lang
	const cw, ch, left, top = 96, 48, 88, 28
	wd, h := left+cw*4+8, top+ch*4+40
	var buf bytes.Buffer
	w := hw{b: &buf}
	w.rawf(`<svg class="chart" role="img" aria-labelledby="heat-t heat-d" viewBox="0 0 %d %d" width="%d" height="%d" xmlns="http://www.w3.org/2000/svg">`, wd, h, wd, h)
	w.raw(`<title id="heat-t">`)
	w.text(tr(lang, "dash.heat"))
	w.raw(`</title><desc id="heat-d">`)
	w.text(tr(lang, "dash.heat.desc"))
	w.raw(`</desc>`)
	t := tableView{Caption: tr(lang, "dash.heat"), Head: []string{tr(lang, "inherent") + " \\ " + tr(lang, "score")}}
	// Column col shows band 3-col: the weakest controls on the left.
	for col := 0; col < 4; col++ {
		t.Head = append(t.Head, m.BandLabel(3-col, lang))
	}
	for row := 0; row < 4; row++ {
		lv := riskassess.RiskLevels()[3-row]
		y := top + row*ch
		svgText(w, lv.Label(lang), `x="%d" y="%d" text-anchor="end" fill="#1a1a1a" font-size="14"`, left-8, y+ch/2+5)
		cells := []cellView{{Text: lv.Label(lang)}}
		for col := 0; col < 4; col++ {
			band := 3 - col
			n := heat[3-row][band]
			cell := m.Cells[3-row][band]
			fill, ok := riskFill[cell]
			if !ok {
				fill = [2]string{"#ffffff", "#1a1a1a"}
			}
			x := left + col*cw
			w.rawf(`<rect x="%d" y="%d" width="%d" height="%d" fill="`, x, y, cw, ch)
			w.text(fill[0])
			w.raw(`" stroke="#ffffff" stroke-width="2" data-residual="`)
			w.text(string(cell))
			w.raw(`"><title>`)
			w.text(tr(lang, "residual") + ": " + cell.Label(lang))
			w.raw(`</title></rect>`)
			w.rawf(`<text x="%d" y="%d" fill="`, x+6, y+14)
			w.text(fill[1])
			w.raw(`" font-size="11">`)
			w.text(cell.Label(lang))
			w.rawf(`</text><text x="%d" y="%d" text-anchor="middle" fill="`, x+cw/2, y+ch/2+10)
			w.text(fill[1])
			w.raw(`" font-size="16" font-weight="bold">`)
			w.int(n)
			w.raw(`</text>`)
			cells = append(cells, cellView{Text: strconv.Itoa(n) + " (" + cell.Label(lang) + ")"})
		}
		t.Rows = append(t.Rows, cells)
	}
	for col := 0; col < 4; col++ {
		svgText(w, m.BandLabel(3-col, lang), `x="%d" y="%d" text-anchor="middle" fill="#1a1a1a" font-size="13"`, left+col*cw+cw/2, top+4*ch+18)
	}
	svgText(w, tr(lang, "score"), `x="%d" y="%d" text-anchor="middle" fill="#1a1a1a" font-size="13"`, left+2*cw, top+4*ch+36)
	svgText(w, tr(lang, "inherent"), `x="%d" y="18" fill="#1a1a1a" font-size="13"`, 4)
	w.raw(`</svg>`)
	return buf.String(), t
}

// bars draws one stacked horizontal bar per kind split by residual risk,
// the kind's name above its bar and each segment labelled with its count,
// and the same data as a table.
func (b *builder) bars(by map[riskassess.Kind]map[riskassess.RiskLevel]int) (string, tableView) {
	lang := b.lang
	const left, barW, barH, labelH, gap, top = 8, 400, 28, 20, 10, 4
	maxTotal := 0
	for _, k := range riskassess.Kinds() {
		n := 0
		for _, c := range by[k] {
			n += c
		}
		maxTotal = max(maxTotal, n)
	}
	step := labelH + barH + gap
	h := top + len(riskassess.Kinds())*step + 28
	wd := left + barW + 16
	var buf bytes.Buffer
	w := hw{b: &buf}
	w.rawf(`<svg class="chart" role="img" aria-labelledby="bars-t bars-d" viewBox="0 0 %d %d" width="%d" height="%d" xmlns="http://www.w3.org/2000/svg">`, wd, h, wd, h)
	w.raw(`<title id="bars-t">`)
	w.text(tr(lang, "dash.bars"))
	w.raw(`</title><desc id="bars-d">`)
	w.text(tr(lang, "dash.bars.desc"))
	w.raw(`</desc>`)
	t := tableView{Caption: tr(lang, "dash.bars"), Head: []string{tr(lang, "kind")}}
	for _, lv := range riskassess.RiskLevels() {
		t.Head = append(t.Head, lv.Label(lang))
	}
	for i, k := range riskassess.Kinds() {
		y := top + i*step
		total := 0
		for _, n := range by[k] {
			total += n
		}
		svgText(w, k.Label(lang)+" ("+strconv.Itoa(total)+")", `x="%d" y="%d" fill="#1a1a1a" font-size="14"`, left, y+15)
		row := []cellView{{Text: k.Label(lang)}}
		x := float64(left)
		y += labelH
		for _, lv := range riskassess.RiskLevels() {
			n := by[k][lv]
			row = append(row, cellView{Text: strconv.Itoa(n)})
			if n == 0 || maxTotal == 0 {
				continue
			}
			bw := float64(barW) * float64(n) / float64(maxTotal)
			fill := riskFill[lv]
			w.rawf(`<rect x="%.1f" y="%d" width="%.1f" height="%d" fill="`, x, y, bw, barH)
			w.text(fill[0])
			w.raw(`" stroke="#1a1a1a" stroke-width="1"><title>`)
			w.text(lv.Label(lang))
			w.raw(`: `)
			w.int(n)
			w.raw(`</title></rect>`)
			if bw >= 24 {
				w.rawf(`<text x="%.1f" y="%d" text-anchor="middle" fill="`, x+bw/2, y+barH/2+5)
				w.text(fill[1])
				w.raw(`" font-size="14">`)
				w.int(n)
				w.raw(`</text>`)
			}
			x += bw
		}
		t.Rows = append(t.Rows, row)
	}
	// Legend: colour and name, so colour is never the only cue.
	ly := top + len(riskassess.Kinds())*step + 6
	for i, lv := range riskassess.RiskLevels() {
		lx := left + i*100
		w.rawf(`<rect x="%d" y="%d" width="14" height="14" fill="`, lx, ly)
		w.text(riskFill[lv][0])
		w.raw(`" stroke="#1a1a1a" stroke-width="1"/>`)
		svgText(w, lv.Label(lang), `x="%d" y="%d" fill="#1a1a1a" font-size="14"`, lx+20, ly+12)
	}
	w.raw(`</svg>`)
	return buf.String(), t
}

// Why a conditional entry is not approvable (one reason per entry, the
// gravest that applies): condAnswers, the only findings of high or
// critical severity in the way are unanswered; condNotMet, one of them is
// not met; condRisk, the residual risk is high (conditions alone do not
// make it approvable).
const (
	condAnswers = iota
	condNotMet
	condRisk
)

// conditionalReason is the reason a (conditional, whose listed findings
// are fs) is not approvable. The public-list cross-checks (LST-…) are left
// out: added after scoring, they do not decide the recommendation.
func conditionalReason(a *riskassess.Assessment, fs []listFinding) int {
	if a.Residual.AtLeast(riskassess.RiskHigh) {
		return condRisk
	}
	for i := range fs {
		if f := &fs[i]; f.outcome == riskassess.OutcomeNotMet && f.spec.Severity.AtLeast(riskassess.SeverityHigh) &&
			!publiclist.IsCrossCheck(f.spec.Requirement) {
			return condNotMet
		}
	}
	return condAnswers
}
