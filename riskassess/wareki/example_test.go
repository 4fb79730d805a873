package wareki_test

import (
	"errors"
	"fmt"

	"github.com/gikai-sec/riskregister/riskassess"
	"github.com/gikai-sec/riskregister/riskassess/wareki"
)

func ExampleParse() {
	for _, s := range []string{"令和8年4月1日", "Ｒ８．４．１", "平成31年4月30日", "2026/4/1"} {
		d, err := wareki.Parse(s)
		fmt.Println(d, err)
	}
	// Output:
	// 2026-04-01 <nil>
	// 2026-04-01 <nil>
	// 2019-04-30 <nil>
	// 2026-04-01 <nil>
}

func ExampleParse_error() {
	_, err := wareki.Parse("平成31年5月1日")
	var pe *wareki.ParseError
	if errors.As(err, &pe) && pe.Code == wareki.ErrEraRange {
		fmt.Println(pe.Reason)
	}
	// Output:
	// 平成は平成31年4月30日までです（この日は令和元年5月1日） / Heisei ended on 2019-04-30 (this day is R1.5.1)
}

func ExampleFormat() {
	fmt.Println(wareki.Format(riskassess.NewDate(2026, 4, 1)))
	fmt.Println(wareki.Format(riskassess.NewDate(2019, 5, 1)))
	// Output:
	// 令和8年4月1日
	// 令和元年5月1日
}

func ExampleFormatShort() {
	fmt.Println(wareki.FormatShort(riskassess.NewDate(2019, 4, 30)))
	// Output: H31.4.30
}
