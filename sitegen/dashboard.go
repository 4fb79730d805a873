package sitegen

import (
	"fmt"
	"html/template"
	"strconv"
	"strings"

	"github.com/gikai-sec/riskregister/riskassess"
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
	notAssessed, records := 0, 0
	var cond [3]int // by conditionalReason
	for i, e := range b.ents {
		kinds[e.Kind()]++
		statuses[e.Base().Approval.Status]++
		a := b.asmts[i]
		if a == nil || a.Residual == "" {
			notAssessed++
			continue
		}
		residual[a.Residual]++
		if riskassess.Record(e) {
			records++ // rejected or retired: no decision to recommend
		} else {
			decisions[a.Decision]++
			if a.Decision == riskassess.DecisionConditional {
				cond[conditionalReason(a)]++
			}
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
		for _, it := range report.DueList(b.all, b.opts.AsOf, 90) {
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
	for _, k := range riskassess.Kinds {
		d.Kinds = append(d.Kinds, countRow{Label: k.Label(lang), Count: kinds[k]})
	}
	for i := len(riskassess.RiskLevels) - 1; i >= 0; i-- {
		lv := riskassess.RiskLevels[i]
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
	if records > 0 {
		d.Decisions = append(d.Decisions, countRow{Label: tr(lang, "record"), Class: "decision-record", Count: records})
	}
	for _, s := range (riskassess.ApprovalStatus("")).Allowed() {
		st := riskassess.ApprovalStatus(s)
		if statuses[st] > 0 {
			d.Statuses = append(d.Statuses, countRow{Label: st.Label(lang), Class: "status-" + s, Count: statuses[st]})
		}
	}
	d.OverdueCount, d.UpcomingCount, d.ChaseCount = len(overdue), len(upcoming), len(d.Chase)
	d.Chase = d.Chase[:min(len(d.Chase), dashLimit)]
	d.Overdue = overdue[:min(len(overdue), dashLimit)]
	d.Upcoming = upcoming[:min(len(upcoming), dashLimit)]
	d.HeatMap, d.HeatTable = b.heatMap(&m, heat)
	d.Bars, d.BarsTable = b.bars(byKindRisk)
	return d, overdue, upcoming
}

func esc(s string) string { return template.HTMLEscapeString(s) }

// matrix returns the residual-risk matrix in force: Options.Matrix, else
// the register's (riskassess.Organisation.MatrixInForce).
func (b *builder) matrix() riskassess.Matrix {
	if !b.opts.Matrix.IsZero() {
		return b.opts.Matrix
	}
	return b.reg.Org.MatrixInForce()
}

// heatMap draws inherent risk (rows, highest on top) × the control-score
// bands of matrix m (columns, weakest on the left) as an accessible SVG,
// and the same data as a table. Each cell is coloured, and labelled, with
// the residual risk m gives it; heat is [inherent rank-1][band of m].
func (b *builder) heatMap(m *riskassess.Matrix, heat [4][4]int) (template.HTML, tableView) {
	lang := b.lang
	const cw, ch, left, top = 96, 48, 88, 28
	w, h := left+cw*4+8, top+ch*4+40
	var s strings.Builder
	fmt.Fprintf(&s, `<svg class="chart" role="img" aria-labelledby="heat-t heat-d" viewBox="0 0 %d %d" width="%d" height="%d" xmlns="http://www.w3.org/2000/svg">`, w, h, w, h)
	fmt.Fprintf(&s, `<title id="heat-t">%s</title><desc id="heat-d">%s</desc>`, esc(tr(lang, "dash.heat")), esc(tr(lang, "dash.heat.desc")))
	t := tableView{Caption: tr(lang, "dash.heat"), Head: []string{tr(lang, "inherent") + " \\ " + tr(lang, "score")}}
	// Column col shows band 3-col: the weakest controls on the left.
	for col := 0; col < 4; col++ {
		t.Head = append(t.Head, m.BandLabel(3-col, lang))
	}
	for row := 0; row < 4; row++ {
		lv := riskassess.RiskLevels[3-row]
		y := top + row*ch
		fmt.Fprintf(&s, `<text x="%d" y="%d" text-anchor="end" fill="#1a1a1a" font-size="14">%s</text>`, left-8, y+ch/2+5, esc(lv.Label(lang)))
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
			fmt.Fprintf(&s, `<rect x="%d" y="%d" width="%d" height="%d" fill="%s" stroke="#ffffff" stroke-width="2" data-residual="%s"><title>%s</title></rect>`,
				x, y, cw, ch, fill[0], esc(string(cell)), esc(tr(lang, "residual")+": "+cell.Label(lang)))
			fmt.Fprintf(&s, `<text x="%d" y="%d" fill="%s" font-size="11">%s</text>`, x+6, y+14, fill[1], esc(cell.Label(lang)))
			fmt.Fprintf(&s, `<text x="%d" y="%d" text-anchor="middle" fill="%s" font-size="16" font-weight="bold">%d</text>`, x+cw/2, y+ch/2+10, fill[1], n)
			cells = append(cells, cellView{Text: strconv.Itoa(n) + " (" + cell.Label(lang) + ")"})
		}
		t.Rows = append(t.Rows, cells)
	}
	for col := 0; col < 4; col++ {
		fmt.Fprintf(&s, `<text x="%d" y="%d" text-anchor="middle" fill="#1a1a1a" font-size="13">%s</text>`, left+col*cw+cw/2, top+4*ch+18, esc(m.BandLabel(3-col, lang)))
	}
	fmt.Fprintf(&s, `<text x="%d" y="%d" text-anchor="middle" fill="#1a1a1a" font-size="13">%s</text>`, left+2*cw, top+4*ch+36, esc(tr(lang, "score")))
	fmt.Fprintf(&s, `<text x="%d" y="18" fill="#1a1a1a" font-size="13">%s</text>`, 4, esc(tr(lang, "inherent")))
	s.WriteString(`</svg>`)
	return template.HTML(s.String()), t
}

// bars draws one stacked horizontal bar per kind split by residual risk,
// the kind's name above its bar and each segment labelled with its count,
// and the same data as a table.
func (b *builder) bars(by map[riskassess.Kind]map[riskassess.RiskLevel]int) (template.HTML, tableView) {
	lang := b.lang
	const left, barW, barH, labelH, gap, top = 8, 400, 28, 20, 10, 4
	maxTotal := 0
	for _, k := range riskassess.Kinds {
		n := 0
		for _, c := range by[k] {
			n += c
		}
		maxTotal = max(maxTotal, n)
	}
	step := labelH + barH + gap
	h := top + len(riskassess.Kinds)*step + 28
	w := left + barW + 16
	var s strings.Builder
	fmt.Fprintf(&s, `<svg class="chart" role="img" aria-labelledby="bars-t bars-d" viewBox="0 0 %d %d" width="%d" height="%d" xmlns="http://www.w3.org/2000/svg">`, w, h, w, h)
	fmt.Fprintf(&s, `<title id="bars-t">%s</title><desc id="bars-d">%s</desc>`, esc(tr(lang, "dash.bars")), esc(tr(lang, "dash.bars.desc")))
	t := tableView{Caption: tr(lang, "dash.bars"), Head: []string{tr(lang, "kind")}}
	for _, lv := range riskassess.RiskLevels {
		t.Head = append(t.Head, lv.Label(lang))
	}
	for i, k := range riskassess.Kinds {
		y := top + i*step
		total := 0
		for _, n := range by[k] {
			total += n
		}
		fmt.Fprintf(&s, `<text x="%d" y="%d" fill="#1a1a1a" font-size="14">%s (%d)</text>`, left, y+15, esc(k.Label(lang)), total)
		row := []cellView{{Text: k.Label(lang)}}
		x := float64(left)
		y += labelH
		for _, lv := range riskassess.RiskLevels {
			n := by[k][lv]
			row = append(row, cellView{Text: strconv.Itoa(n)})
			if n == 0 || maxTotal == 0 {
				continue
			}
			bw := float64(barW) * float64(n) / float64(maxTotal)
			fill := riskFill[lv]
			fmt.Fprintf(&s, `<rect x="%.1f" y="%d" width="%.1f" height="%d" fill="%s" stroke="#1a1a1a" stroke-width="1"><title>%s: %d</title></rect>`, x, y, bw, barH, fill[0], esc(lv.Label(lang)), n)
			if bw >= 24 {
				fmt.Fprintf(&s, `<text x="%.1f" y="%d" text-anchor="middle" fill="%s" font-size="14">%d</text>`, x+bw/2, y+barH/2+5, fill[1], n)
			}
			x += bw
		}
		t.Rows = append(t.Rows, row)
	}
	// Legend: colour and name, so colour is never the only cue.
	ly := top + len(riskassess.Kinds)*step + 6
	for i, lv := range riskassess.RiskLevels {
		lx := left + i*100
		fmt.Fprintf(&s, `<rect x="%d" y="%d" width="14" height="14" fill="%s" stroke="#1a1a1a" stroke-width="1"/>`, lx, ly, riskFill[lv][0])
		fmt.Fprintf(&s, `<text x="%d" y="%d" fill="#1a1a1a" font-size="14">%s</text>`, lx+20, ly+12, esc(lv.Label(lang)))
	}
	s.WriteString(`</svg>`)
	return template.HTML(s.String()), t
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

// conditionalReason is the reason a (conditional) is not approvable.
func conditionalReason(a *riskassess.Assessment) int {
	if a.Residual.AtLeast(riskassess.RiskHigh) {
		return condRisk
	}
	for i := range a.Findings {
		f := &a.Findings[i]
		if f.Outcome == riskassess.OutcomeNotMet && f.Severity.AtLeast(riskassess.SeverityHigh) {
			return condNotMet
		}
	}
	return condAnswers
}
