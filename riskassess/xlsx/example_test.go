package xlsx_test

import (
	"bytes"
	"fmt"

	"github.com/gikai-sec/riskregister/riskassess"
	"github.com/gikai-sec/riskregister/riskassess/xlsx"
	"github.com/xuri/excelize/v2"
)

// Example generates a questionnaire, lets a "vendor" answer it and reads
// it back.
func Example() {
	reqs := []riskassess.Requirement{
		{ID: "OUT-01", Kinds: []riskassess.Kind{riskassess.KindContractor}, Clause: "6(8)", AttestedBy: riskassess.AttestVendor,
			Question: &riskassess.Question{ID: "Q-OUT-01", Type: riskassess.AnswerYesNo,
				Text: riskassess.T("ISMS 認証を取得していますか。", "Do you hold ISMS certification?")}},
		{ID: "OUT-02", Kinds: []riskassess.Kind{riskassess.KindContractor}, Clause: "6(8)", AttestedBy: riskassess.AttestVendor,
			Question: &riskassess.Question{ID: "Q-OUT-02", Type: riskassess.AnswerDate,
				Text: riskassess.T("認証の有効期限は。", "When does it expire?")}},
	}
	var buf bytes.Buffer
	q := &xlsx.Questionnaire{Kind: riskassess.KindContractor, Requirements: reqs, CatalogueVersion: "2026.1"}
	if err := q.Write(&buf); err != nil {
		panic(err)
	}

	// The vendor types ○ and a Japanese era date.
	f, _ := excelize.OpenReader(&buf)
	f.SetCellStr("質問", "D2", "○")
	f.SetCellStr("質問", "D3", "令和9年3月31日")
	var filled bytes.Buffer
	f.WriteTo(&filled)

	res, err := xlsx.Read(bytes.NewReader(filled.Bytes()), int64(filled.Len()),
		xlsx.ReadOptions{Requirements: reqs, Kind: riskassess.KindContractor, CatalogueVersion: "2026.1"})
	if err != nil {
		panic(err)
	}
	for _, it := range res.Items {
		fmt.Println(it.ID, it.Cell, it.Answer, it.Status)
	}
	// Output:
	// Q-OUT-01 質問!D2 yes imported
	// Q-OUT-02 質問!D3 2027-03-31 imported
}
