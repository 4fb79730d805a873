package report_test

import (
	"fmt"
	"log"
	"path/filepath"

	"github.com/gikai-sec/riskregister/riskassess"
	"github.com/gikai-sec/riskregister/riskassess/catalog"
	"github.com/gikai-sec/riskregister/riskassess/report"
	"github.com/gikai-sec/riskregister/riskassess/store"
)

// What a section chief reads first on an entry page: why the entry is
// conditional rather than approvable, then the gravest step with who does
// it and by when. The assessment names its entry itself (Assessment.Name).
func ExampleNextActions() {
	reg, err := store.Load(filepath.Join("..", "..", "examples", "chofu-gikai"))
	if err != nil {
		log.Fatal(err)
	}
	reqs, err := catalog.ForOrg(&reg.Org)
	if err != nil {
		log.Fatal(err)
	}
	as, err := riskassess.Scorer{Blockers: catalog.Blockers()}.AssessAll(reg, reqs, riskassess.NewDate(2026, 11, 27))
	if err != nil {
		log.Fatal(err)
	}
	for i := range as {
		a := &as[i]
		if a.EntryID != "musashino-network" {
			continue
		}
		next := report.NextActions(&reg.Org, a.Entry, a)
		fmt.Println(a.Name("ja"))
		fmt.Println(next.Why.Ja)
		s := next.Steps[0]
		fmt.Println(s.What.Ja)
		fmt.Println(s.Who.Ja, s.Due)
		fmt.Println(len(next.Steps), "steps,", next.More, "more")
	}
	// Output:
	// 武蔵野ネットワーク株式会社（議会棟ネットワーク保守）
	// 残留リスクは「中」ですが、重要度「高」以上の要件 2 件（「選定時のセキュリティ対策の確認」など）が不適合または未回答です。そのため承認可ではなく条件付承認です。これらを満たせば承認可になります。
	// 選定時の確認結果（確認日・確認者・確認資料）を台帳の証跡に追加する。未確認の場合は、質問票で対策状況を確認する。
	// 西村 博之（情報政策課長） 2027-03-27
	// 5 steps, 5 more
}
