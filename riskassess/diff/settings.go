package diff

import (
	"slices"
	"strconv"
	"strings"

	"github.com/gikai-sec/riskregister/riskassess"
)

// Settings of register.yaml that judge every entry (SettingChange.Setting).
const (
	// SettingClassification is classification: the levels of each axis,
	// their ranks ("class 2 or higher") and aliases.
	SettingClassification = "classification"
	// SettingReviewIntervals is review_intervals: the months between
	// reviews by residual risk (EXP-REVIEW, the review due items).
	SettingReviewIntervals = "review_intervals"
	// SettingResidualMatrix is residual_matrix: the control-score bands
	// and the residual risk of each inherent risk and band.
	SettingResidualMatrix = "residual_matrix"
	// SettingApprovalChain is approval_chain: the steps of the approval
	// route by position, each with the kinds it is limited to and the
	// residual risk it applies from (APR-01 checks the sign-offs).
	SettingApprovalChain = "approval_chain"
)

// SettingChange is a setting of register.yaml that judges every entry and
// differs in force between the snapshots, a default standing for a
// setting left out (Organisation.Scheme, ReviewIntervals.Months,
// Organisation.MatrixInForce): writing a default out is no change, and
// names and titles alone, which judge nothing, are not compared.
type SettingChange struct {
	// Setting is SettingClassification, SettingReviewIntervals,
	// SettingResidualMatrix or SettingApprovalChain.
	Setting string `json:"setting"`
	// From and To are the setting in force in each snapshot, in short:
	// 低 24・中 12・高 6・重大 3 か月; for the classification the axes
	// that differ, for the matrix its bands and the rows that differ, and
	// for the approval chain its steps in order (1 kakaricho・2 kacho（高以上）),
	// each read as it applies (a step listing every kind as one listing
	// none, one from 低 as one from any risk: no change), with the
	// position ids of steps that differ by id alone (a position renamed).
	From riskassess.Text `json:"from"`
	To   riskassess.Text `json:"to"`
}

// Label returns the name of s.Setting in lang (見直し間隔 / Review
// intervals), or s.Setting when it has none.
func (s SettingChange) Label(lang riskassess.Lang) string {
	return labelIn(settingLabels, s.Setting, lang)
}

var settingLabels = map[string][2]string{
	SettingClassification:  {"情報の分類（水準と順位）", "Classification (levels and ranks)"},
	SettingReviewIntervals: {"見直し間隔", "Review intervals"},
	SettingResidualMatrix:  {"残留リスクのマトリクス", "Residual-risk matrix"},
	SettingApprovalChain:   {"決裁ルート（承認の段階）", "Approval chain (steps)"},
}

// withSettingsOf returns a copy of org with the settings that judge
// every entry (those compareSettings compares: classification,
// review_intervals, residual_matrix, approval_chain) taken from other:
// the organisation under which Compare reassesses the later register to
// tell what a settings change alone did (RiskChange.BySettings). Every
// other field is org's, shared with it. A setting added to
// compareSettings is added here too.
func withSettingsOf(org, other *riskassess.Organisation) riskassess.Organisation {
	o := *org
	o.Classification = other.Classification
	o.ReviewIntervals = other.ReviewIntervals
	o.ResidualMatrix = other.ResidualMatrix
	o.ApprovalChain = other.ApprovalChain
	return o
}

// compareSettings lists the settings in force that differ between from
// and to.
func compareSettings(from, to *riskassess.Organisation) []SettingChange {
	var out []SettingChange
	if f, t := classificationTexts(from.Scheme(), to.Scheme()); f != t {
		out = append(out, SettingChange{Setting: SettingClassification, From: f, To: t})
	}
	if f, t := intervalsText(from.ReviewIntervals), intervalsText(to.ReviewIntervals); f != t {
		out = append(out, SettingChange{Setting: SettingReviewIntervals, From: f, To: t})
	}
	if fm, tm := from.MatrixInForce(), to.MatrixInForce(); fm != tm {
		f, t := matrixTexts(fm, tm)
		out = append(out, SettingChange{Setting: SettingResidualMatrix, From: f, To: t})
	}
	if f, t, changed := chainChange(from, to); changed {
		out = append(out, SettingChange{Setting: SettingApprovalChain, From: f, To: t})
	}
	return out
}

// chainText is the approval chain of o in short, its steps in order,
// each by the title of its position (its id when o has none), with the
// kinds it is limited to and the residual risk it applies from:
// 1 係長・2 課長・3 情報セキュリティ管理者（外部サービス、中以上）. No chain
// reads なし / none. key is the same by position ids, for comparing: the
// roles and titles are names and judge nothing, and a step's kinds are
// sorted, as their order judges nothing either, while the order of the
// steps is the route's. Both read a step as ApprovalRoute applies it
// (stepMeaning): a step listing every kind is one limited to none, and
// one applying from 低 one applying from any risk. showID(i) adds the
// position id of step i (役職 ID kakaricho / position id kakaricho), for
// a step whose position id differs on the other side and whose title is
// the same (a position renamed): it would read the same on both sides.
func chainText(o *riskassess.Organisation, showID func(i int) bool) (key string, t riskassess.Text) {
	if len(o.ApprovalChain) == 0 {
		return "", riskassess.T("なし", "none")
	}
	var keys []string
	var parts []riskassess.Text
	for i, st := range o.ApprovalChain {
		id := st.Position
		n, pos := strconv.Itoa(i+1)+" ", o.Position(id)
		p := riskassess.T(n+pos.Label(id, riskassess.LangJa), n+pos.Label(id, riskassess.LangEn))
		kinds, minRisk := stepMeaning(st)
		var ja, en, k []string
		if showID != nil && showID(i) {
			ja = append(ja, "役職 ID "+id)
			en = append(en, "position id "+id)
		}
		for _, kd := range kinds {
			ja = append(ja, kd.Label(riskassess.LangJa))
			en = append(en, strings.ToLower(kd.Label(riskassess.LangEn)))
			k = append(k, string(kd))
		}
		if minRisk != "" {
			ja = append(ja, minRisk.Label(riskassess.LangJa)+"以上")
			en = append(en, strings.ToLower(minRisk.Label(riskassess.LangEn))+" and above")
		}
		if len(ja) > 0 {
			p.Ja += "（" + strings.Join(ja, "、") + "）"
			p.En += " (" + strings.Join(en, ", ") + ")"
		}
		parts = append(parts, p)
		keys = append(keys, id+"|"+strings.Join(k, ",")+"|"+string(minRisk))
	}
	return strings.Join(keys, "\n"), bilingual(parts, "・", ", ")
}

// stepMeaning returns the kinds approval step st is limited to, sorted
// and without repeats, and the residual risk it applies from, as
// riskassess.ApprovalRoute applies them: nil kinds when it lists every
// kind (no kinds means all), and no risk when it applies from the lowest
// level (a step from 低 is required at every known level, and at an
// unknown one as any step is).
func stepMeaning(st riskassess.ApprovalStep) ([]riskassess.Kind, riskassess.RiskLevel) {
	kinds := slices.Clone(st.Kinds)
	slices.Sort(kinds)
	kinds = slices.Compact(kinds)
	if all := riskassess.Kinds(); len(kinds) > 0 && !slices.ContainsFunc(all, func(k riskassess.Kind) bool { return !slices.Contains(kinds, k) }) {
		kinds = nil
	}
	minRisk := st.MinRisk
	if minRisk.Rank() == 1 {
		minRisk = ""
	}
	return kinds, minRisk
}

// chainChange returns the approval chains of from and to in short
// (chainText) and whether they differ. A step whose position id differs
// and whose position reads the same on both sides (a position renamed,
// its title kept) shows its ids, whatever else changed in the chain, so
// that the rename never reads as no change.
func chainChange(from, to *riskassess.Organisation) (f, t riskassess.Text, changed bool) {
	fk, f := chainText(from, nil)
	tk, t := chainText(to, nil)
	if fk == tk {
		return f, t, false
	}
	renamed := func(i int) bool {
		if i >= len(from.ApprovalChain) || i >= len(to.ApprovalChain) {
			return false
		}
		a, b := from.ApprovalChain[i].Position, to.ApprovalChain[i].Position
		if a == b {
			return false
		}
		pa, pb := from.Position(a), to.Position(b)
		return pa.Label(a, riskassess.LangJa) == pb.Label(b, riskassess.LangJa) &&
			pa.Label(a, riskassess.LangEn) == pb.Label(b, riskassess.LangEn)
	}
	_, f = chainText(from, renamed)
	_, t = chainText(to, renamed)
	return f, t, true
}

// bilingual joins the Japanese parts with ja and the English with en.
func bilingual(parts []riskassess.Text, ja, en string) riskassess.Text {
	var t riskassess.Text
	for i, p := range parts {
		if i > 0 {
			t.Ja += ja
			t.En += en
		}
		t.Ja += p.Ja
		t.En += p.En
	}
	return t
}

// intervalsText is review intervals in force: 低 24・中 12・高 6・重大 3 か月.
func intervalsText(ri riskassess.ReviewIntervals) riskassess.Text {
	var parts []riskassess.Text
	for _, l := range riskassess.RiskLevels() {
		m := strconv.Itoa(ri.Months(l))
		parts = append(parts, riskassess.T(l.Label(riskassess.LangJa)+" "+m, strings.ToLower(l.Label(riskassess.LangEn))+" "+m))
	}
	t := bilingual(parts, "・", ", ")
	t.Ja += " か月"
	t.En += " months"
	return t
}

// classificationTexts are the axes of two schemes that differ, each as
// its levels from most sensitive, with rank and aliases:
// 機密性 3A(5、別名 3)・3B(4)・… Names are not compared.
func classificationTexts(from, to riskassess.ClassificationScheme) (f, t riskassess.Text) {
	level := func(l riskassess.Level) riskassess.Text {
		ja, en := l.ID+"("+strconv.Itoa(l.Rank), l.ID+" ("+strconv.Itoa(l.Rank)
		if len(l.Aliases) > 0 {
			ja += "、別名 " + strings.Join(l.Aliases, "・")
			en += ", alias " + strings.Join(l.Aliases, ", ")
		}
		return riskassess.T(ja+")", en+")")
	}
	same := func(a, b riskassess.Level) bool {
		return a.ID == b.ID && a.Rank == b.Rank && slices.Equal(a.Aliases, b.Aliases)
	}
	axis := func(name riskassess.Text, levels []riskassess.Level) riskassess.Text {
		var ls []riskassess.Text
		for _, l := range levels {
			ls = append(ls, level(l))
		}
		lt := bilingual(ls, "・", ", ")
		return riskassess.T(name.Ja+" "+lt.Ja, name.En+" "+lt.En)
	}
	var fs, ts []riskassess.Text
	for _, ax := range []struct {
		name     riskassess.Text
		from, to []riskassess.Level
	}{
		{riskassess.T("機密性", "confidentiality"), from.Confidentiality, to.Confidentiality},
		{riskassess.T("完全性", "integrity"), from.Integrity, to.Integrity},
		{riskassess.T("可用性", "availability"), from.Availability, to.Availability},
	} {
		if !slices.EqualFunc(ax.from, ax.to, same) {
			fs, ts = append(fs, axis(ax.name, ax.from)), append(ts, axis(ax.name, ax.to))
		}
	}
	return bilingual(fs, "、", "; "), bilingual(ts, "、", "; ")
}

// matrixTexts are two matrices in short: the bands (帯 80・60・40), and
// each inherent-risk row that differs (固有 高: 中・中・高・重大).
func matrixTexts(from, to riskassess.Matrix) (f, t riskassess.Text) {
	side := func(m, other riskassess.Matrix) riskassess.Text {
		var bs []string
		for _, b := range m.Bands {
			bs = append(bs, strconv.FormatFloat(b, 'f', -1, 64))
		}
		parts := []riskassess.Text{riskassess.T("帯 "+strings.Join(bs, "・"), "bands "+strings.Join(bs, ", "))}
		for i, l := range riskassess.RiskLevels() {
			if m.Cells[i] == other.Cells[i] {
				continue
			}
			var cs []riskassess.Text
			for _, c := range m.Cells[i] {
				cs = append(cs, riskassess.T(c.Label(riskassess.LangJa), strings.ToLower(c.Label(riskassess.LangEn))))
			}
			ct := bilingual(cs, "・", ", ")
			parts = append(parts, riskassess.T("固有 "+l.Label(riskassess.LangJa)+": "+ct.Ja, "inherent "+strings.ToLower(l.Label(riskassess.LangEn))+": "+ct.En))
		}
		return bilingual(parts, "、", "; ")
	}
	return side(from, to), side(to, from)
}
