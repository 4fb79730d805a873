package synth

import "github.com/gikai-sec/riskregister/riskassess"

// AprilOrg returns a small council for tests of who holds a post, where
// people moved on 2026-04-01: sakamoto left 広報係長 for 総務課長, nagai
// took it over; ogawa retired on 2026-03-31; two 主任 share 広報係; nobody
// holds 議事課長. Each call returns a new value.
func AprilOrg() riskassess.Organisation {
	day := func(s string) riskassess.Date {
		d, err := riskassess.ParseDate(s)
		if err != nil {
			panic(err)
		}
		return d
	}
	return riskassess.Organisation{
		Sections: []riskassess.Section{{ID: "gikai"}, {ID: "somu", Parent: "gikai"}, {ID: "koho", Parent: "somu"},
			{ID: "giji", Parent: "gikai"}, {ID: "johoseisaku"}},
		Positions: []riskassess.Position{{ID: "kacho"}, {ID: "kakaricho"}, {ID: "shunin"}},
		People: []riskassess.Person{
			{ID: "sakamoto", Section: "somu", Position: "kacho", From: day("2026-04-01"),
				Previous: []riskassess.Posting{{Section: "koho", Position: "kakaricho", Until: day("2026-03-31")}}},
			{ID: "nagai", Section: "koho", Position: "kakaricho", From: day("2026-04-01")},
			{ID: "ogawa", Section: "koho", Position: "shunin", Until: day("2026-03-31")},
			{ID: "kondo", Section: "koho", Position: "shunin"},
			{ID: "hayashi", Section: "koho", Position: "shunin"},
			{ID: "maeda", Section: "johoseisaku", Position: "shunin"},
		},
	}
}
