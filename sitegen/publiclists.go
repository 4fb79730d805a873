package sitegen

import (
	"strconv"

	"github.com/gikai-sec/riskregister/riskassess"
	"github.com/gikai-sec/riskregister/riskassess/listsnapshot"
)

// publicListsIntro is the lead of public-lists.html.
func publicListsIntro(lang riskassess.Lang, months int) string {
	m := strconv.Itoa(months)
	return l(lang,
		"台帳と照合している公表リスト（ISMAP・ISMAP-LIU のクラウドサービスリスト、国税庁の法人番号データ）のスナップショットです。基準日以前で最新のものを照合に使います。"+m+" か月より古いものは取り込み直してください（docs/public-lists.md）。",
		"The snapshots of public lists (the ISMAP and ISMAP-LIU cloud service lists, the National Tax Agency's corporate-number data) the register is cross-checked against. The newest one on or before the as-of date is used; import a list again when it is older than "+m+" months (docs/public-lists.md).")
}

// publicListsContent writes public-lists.html: one row per snapshot, the
// ones in use on the as-of date marked, the stale ones flagged.
func (b *builder) publicListsContent() func(hw) {
	lang := b.lang
	L := func(ja, en string) string { return l(lang, ja, en) }
	asOf := b.opts.AsOf
	months := b.reg.Org.PublicLists.MaxAge()
	inUse := map[*riskassess.ListSnapshot]bool{}
	for _, pl := range riskassess.PublicList("").Allowed() {
		if s, _ := listsnapshot.On(b.reg.Lists, riskassess.PublicList(pl), asOf); s != nil {
			inUse[s] = true
		}
	}
	t := tableView{Caption: L("スナップショット", "Snapshots"), Head: []string{
		L("リスト", "List"), L("保存した日", "Saved on"), L("状態", "Status"), L("件数", "Rows"),
		L("範囲", "Coverage"), L("元のファイル", "Source file"), "SHA-256", L("スナップショット", "Snapshot file")}}
	for _, s := range b.reg.Lists {
		status := cellView{Text: L("過去", "earlier"), Class: "muted"}
		switch {
		case asOf.Before(s.Date):
			status = cellView{Text: L("基準日より後", "after the as-of date"), Class: "muted"}
		case inUse[s] && s.Date.AddMonths(months).Before(asOf):
			status = cellView{Text: L("照合に使用（"+strconv.Itoa(months)+"か月超・要更新）", "in use (over "+strconv.Itoa(months)+" months old: refresh)"), Class: "badge risk-high"}
		case inUse[s]:
			status = cellView{Text: L("照合に使用", "in use"), Class: "badge risk-low"}
		}
		n := len(s.Services) + len(s.Corporations)
		cov := "—"
		if s.Coverage != "" {
			cov = s.Coverage.Label(lang)
		}
		t.Rows = append(t.Rows, []cellView{{Text: s.List.Label(lang)}, {Text: s.Date.String()}, status, {Text: strconv.Itoa(n)},
			{Text: cov}, {Text: s.File}, {Text: s.SHA256}, {Text: s.Source}})
	}
	return func(w hw) { w.tableClass(&t, false, "stack") }
}
