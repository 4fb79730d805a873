package sitegen

import (
	"strconv"
	"strings"

	"github.com/gikai-sec/riskregister/riskassess"
	"github.com/gikai-sec/riskregister/riskassess/diff"
)

// changesIntro is the lead of changes.html: the two points compared.
func changesIntro(lang riskassess.Lang, ch *diff.Changes) string {
	return l(lang,
		ch.From.Label+" から "+ch.To.Label+" までに台帳で変わったことです（年度末の見直し用。印刷できます）。",
		"What changed in the register from "+ch.From.Label+" to "+ch.To.Label+" (for the year-end review; printable).")
}

// changesContent writes changes.html: the two points, then one section per
// kind of change (diff.Changes), each a table; empty sections say so.
func (b *builder) changesContent(ch *diff.Changes) func(hw) {
	lang := b.lang
	L := func(ja, en string) string { return l(lang, ja, en) }
	entry := func(r diff.EntryRef) cellView {
		name := r.Name.In(lang)
		if name == "" {
			name = r.ID
		}
		if i, ok := b.pos[key(r.Kind, r.ID)]; ok {
			return cellView{Text: name, Href: b.rows[i].Href}
		}
		return cellView{Text: name + L("（", " (") + r.ID + L("）", ")")}
	}
	risk := func(lv riskassess.RiskLevel) cellView {
		if lv == "" {
			return cellView{Text: "—"}
		}
		return cellView{Text: lv.Label(lang), Class: "badge risk-" + string(lv)}
	}
	date := func(d riskassess.Date) string {
		if d.IsZero() {
			return "—"
		}
		return d.String()
	}
	score := func(v float64) string {
		if v < 0 {
			return "—"
		}
		return strconv.FormatFloat(v, 'f', 1, 64)
	}

	points := tableView{Caption: L("比べた台帳", "Registers compared"), Head: []string{"", L("台帳", "Register"), L("読み込み元", "Read from"), L("基準日", "As of"), L("エントリ", "Entries")}}
	for _, p := range []struct {
		k string
		s diff.SnapshotInfo
	}{{L("前", "From"), ch.From}, {L("後", "To"), ch.To}} {
		points.Rows = append(points.Rows, []cellView{{Text: p.k}, {Text: p.s.Label}, {Text: p.s.Source}, {Text: p.s.AsOf.String()},
			{Text: strconv.Itoa(p.s.Entries) + L("（うち記録のみ ", " (records ") + strconv.Itoa(p.s.Records) + L("）", ")")}})
	}

	type sec struct {
		id, title string
		t         tableView
		note      string
	}
	var secs []sec
	add := func(id, title string, head []string) *sec {
		secs = append(secs, sec{id: id, title: title, t: tableView{Caption: title, Head: head}})
		return &secs[len(secs)-1]
	}

	s := add("added", L("追加されたエントリ", "Entries added"), []string{L("エントリ", "Entry"), L("種別", "Kind"), L("所管課", "Section"), L("残留リスク", "Residual risk"), L("推奨判断", "Decision")})
	for _, e := range ch.Added {
		s.t.Rows = append(s.t.Rows, []cellView{entry(e.EntryRef), {Text: e.Kind.Label(lang)}, {Text: b.section(e.Section)}, risk(e.Residual), {Text: e.Decision.Label(lang)}})
	}
	s = add("retired", L("廃止・却下されたエントリ", "Entries retired or rejected"), []string{L("エントリ", "Entry"), L("種別", "Kind"), L("所管課", "Section")})
	for _, e := range ch.Retired {
		s.t.Rows = append(s.t.Rows, []cellView{entry(e), {Text: e.Kind.Label(lang)}, {Text: b.section(e.Section)}})
	}
	for _, e := range ch.Removed {
		s.t.Rows = append(s.t.Rows, []cellView{entry(e), {Text: e.Kind.Label(lang) + L("（ファイル削除）", " (file removed)")}, {Text: b.section(e.Section)}})
	}
	s = add("approvals", L("承認の変化", "Approvals"), []string{L("エントリ", "Entry"), L("変化", "Change"), L("承認状況", "Status"), L("決定日", "Decided on"), L("有効期限", "Valid until")})
	for _, c := range ch.Approvals {
		st := c.StatusText(lang)
		valid := date(c.ToValid)
		if c.FromValid != c.ToValid && (!c.FromValid.IsZero() || c.Change == diff.ApprovalValidityChanged) {
			valid = date(c.FromValid) + " → " + valid
		}
		s.t.Rows = append(s.t.Rows, []cellView{entry(c.EntryRef), {Text: c.ChangeLabel(lang), Class: "badge change-" + c.Change}, {Text: st}, {Text: date(c.DecidedOn)}, {Text: valid}})
	}
	s = add("risk", L("残留リスク・推奨判断の変化", "Residual risk and decision"), []string{L("エントリ", "Entry"), L("残留リスク", "Residual risk"), L("推奨判断", "Decision"),
		L("対策スコア", "Control score"), L("動かした要件", "What moved it")})
	for _, c := range ch.Risk {
		var why []string
		for _, f := range c.Findings {
			from, to := f.From.Label(lang), f.To.Label(lang)
			if f.From == "" {
				from = L("なし", "none")
			}
			if f.To == "" {
				to = L("なし", "none")
			}
			why = append(why, f.Requirement+" "+f.Title.In(lang)+": "+from+" → "+to)
		}
		for _, id := range c.BlockersAdded {
			why = append(why, L("阻止要因 ", "blocker ")+id)
		}
		for _, id := range c.BlockersRemoved {
			why = append(why, L("阻止要因の解消 ", "blocker cleared ")+id)
		}
		if c.FromInherent != c.ToInherent {
			why = append(why, L("固有リスク ", "inherent risk ")+c.FromInherent.Label(lang)+" → "+c.ToInherent.Label(lang))
		}
		if c.ByCatalogue {
			why = append(why, L("要件カタログの変更（前のカタログでは前と同じ評価）", "the catalogue change (under the earlier catalogue it assesses as before)"))
		}
		if c.BySettings {
			why = append(why, L("評価の設定の変更（前の設定では前と同じ評価）", "the settings change (under the earlier settings it assesses as before)"))
		}
		s.t.Rows = append(s.t.Rows, []cellView{entry(c.EntryRef),
			{Text: c.FromResidual.Label(lang) + " → " + c.ToResidual.Label(lang), Class: "badge risk-" + string(c.ToResidual)},
			{Text: c.FromDecision.Label(lang) + " → " + c.ToDecision.Label(lang)},
			{Text: score(c.FromScore) + " → " + score(c.ToScore)},
			{Text: strings.Join(why, L("／", " / "))}})
	}
	s = add("owners", L("所管・担当者の変化", "Owners and people in charge"), []string{L("エントリ", "Entry"), L("前", "Before"), L("後", "After")})
	// Each side's owner is named as that side's organisation records it
	// (diff.OwnerNames): a person since deleted, a post since renamed.
	holder := func(n diff.OwnerNames, vacant bool) string {
		t := n.Owner(lang)
		switch {
		case t == "":
			t = L("なし", "none") // an operator taken off or put on, a manager not recorded
		case len(n.Holders) > 0:
			names := n.HolderNames(lang)
			t += L("（在任 "+strings.Join(names, "・")+"）", " (held by "+strings.Join(names, ", ")+")")
		case vacant:
			t += L("（空席）", " (vacant)")
		}
		return t
	}
	for _, c := range ch.Owners {
		e := entry(c.EntryRef)
		if c.Role != "" && c.Role != riskassess.RoleOwner {
			e.Text += L("（", " (") + c.Role.Label(lang) + L("）", ")")
		}
		s.t.Rows = append(s.t.Rows, []cellView{e, {Text: holder(c.FromNames, c.FromVacant)}, {Text: holder(c.ToNames, c.ToVacant)}})
	}
	s = add("settings", L("評価の設定の変化", "Assessment settings"), []string{L("設定", "Setting"), L("前", "Before"), L("後", "After")})
	for _, c := range ch.Settings {
		s.t.Rows = append(s.t.Rows, []cellView{{Text: c.Label(lang)}, {Text: c.From.In(lang)}, {Text: c.To.In(lang)}})
	}
	cat := &ch.Catalogue
	s = add("catalogue", L("要件カタログの変化とその影響", "The catalogue and what its change did"), []string{L("エントリ", "Entry"),
		L("前のカタログで", "Under the earlier catalogue"), L("今のカタログで", "Under the later catalogue"), L("対策スコア", "Control score")})
	var notes []string
	if len(cat.Added) > 0 {
		notes = append(notes, L("追加された要件: ", "Requirements added: ")+strings.Join(cat.Added, ", "))
	}
	if len(cat.Removed) > 0 {
		notes = append(notes, L("外された要件: ", "Requirements removed: ")+strings.Join(cat.Removed, ", "))
	}
	if len(cat.Changed) > 0 {
		notes = append(notes, L("判定の変わった要件（重要度・重み・種別・回答者・質問・期待する回答）: ", "Judged differently (severity, weight, kinds, attester, question or expected answer): ")+strings.Join(cat.Changed, ", "))
	}
	if strings.Join(cat.FromVersions, ",") != strings.Join(cat.ToVersions, ",") {
		notes = append(notes, L("質問票の回答に使われたカタログの版: ", "Catalogue versions of the latest questionnaires: ")+
			joinNonEmpty(", ", cat.FromVersions...)+" → "+joinNonEmpty(", ", cat.ToVersions...))
	}
	if len(notes) == 0 {
		notes = append(notes, L("要件カタログ（組み込みの要件と register.yaml の設定）は変わっていません。", "The catalogue in force (built-in requirements and register.yaml's settings) did not change."))
	} else if len(cat.Effects) > 0 {
		notes = append(notes, L("下の表は、後の台帳を前のカタログと今のカタログで評価した結果です（カタログの変更だけによる違い）。",
			"The table assesses the later register under the earlier and the later catalogue (the difference the catalogue change alone makes)."))
	}
	s.note = strings.Join(notes, L("。", ". "))
	for _, e := range cat.Effects {
		s.t.Rows = append(s.t.Rows, []cellView{entry(e.EntryRef),
			{Text: e.FromResidual.Label(lang) + L("・", ", ") + e.FromDecision.Label(lang)},
			{Text: e.ToResidual.Label(lang) + L("・", ", ") + e.ToDecision.Label(lang), Class: "badge risk-" + string(e.ToResidual)},
			{Text: score(e.FromScore) + " → " + score(e.ToScore)}})
	}

	return func(w hw) {
		w.tableClass(&points, false, "stack")
		for i := range secs {
			x := &secs[i]
			w.raw("\n<section class=\"changes\" aria-labelledby=\"h-")
			w.text(x.id)
			w.raw(`"><h2 id="h-`)
			w.text(x.id)
			w.raw(`">`)
			w.text(x.title + L("（", " (") + strconv.Itoa(len(x.t.Rows)) + L("）", ")"))
			w.raw(`</h2>`)
			if x.note != "" {
				w.raw("\n<p>")
				w.text(x.note)
				w.raw(`</p>`)
			}
			if len(x.t.Rows) > 0 {
				w.tableClass(&x.t, true, "stack")
			} else if x.id != "catalogue" {
				w.raw("\n<p class=\"muted\">")
				w.text(tr(lang, "none"))
				w.raw(`</p>`)
			}
			w.raw("\n</section>")
		}
	}
}
