package catalog

import (
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/gikai-sec/riskregister/riskassess"
)

// TestPermittedUsesMessage: CLD-01 names the permitted uses that are not
// words for none, joined by "、", however many there are; when every use
// says none, the first is read as the field's text.
func TestPermittedUsesMessage(t *testing.T) {
	q := newReq("CLD-01")
	for n := range 12 {
		var uses, named []string
		for i := range n {
			u := "用途" + strconv.Itoa(i)
			if i%4 == 1 {
				u = "なし"
			}
			uses = append(uses, u)
			if !saysNone(u) {
				named = append(named, u)
			}
		}
		v := strings.Join(named, "、")
		if len(named) == 0 && len(uses) > 0 {
			v = uses[0]
		}
		s := &riskassess.Subject{Entry: &riskassess.Service{PermittedUses: uses}, AsOf: riskassess.NewDate(2026, time.April, 1)}
		got, want := permittedUses(q, s), presentValue(q, s, v, "permitted_uses")
		if got != want {
			t.Errorf("%d uses %q: got %+v, want %+v", n, uses, got, want)
		}
	}
}
