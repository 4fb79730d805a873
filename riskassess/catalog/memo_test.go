package catalog

import (
	"strconv"
	"strings"
	"sync"
	"testing"

	"github.com/gikai-sec/riskregister/riskassess"
)

// TestMemo: a memo gives the value stored for a key and nothing for
// another key, even one of the same hash (the same slot) or stored over.
func TestMemo(t *testing.T) {
	var m memo[string, int]
	if _, ok := m.get(hashString("a"), "a"); ok {
		t.Fatal("empty memo found a value")
	}
	m.put(7, "a", 1)
	if v, ok := m.get(7, "a"); !ok || v != 1 {
		t.Errorf("get(a) = %v, %v; want 1, true", v, ok)
	}
	if v, ok := m.get(7, "b"); ok {
		t.Errorf("get(b) in a's slot = %v, true; want nothing", v)
	}
	m.put(7+memoSlots, "b", 2) // the same slot
	if v, ok := m.get(7, "a"); ok {
		t.Errorf("get(a) after b took its slot = %v, true; want nothing", v)
	}
	if v, ok := m.get(7+memoSlots, "b"); !ok || v != 2 {
		t.Errorf("get(b) = %v, %v; want 2, true", v, ok)
	}
}

// TestMemoConcurrent stores and reads a memo from several goroutines (go
// test -race): every value found is the one of its key.
func TestMemoConcurrent(t *testing.T) {
	var m memo[string, string]
	var wg sync.WaitGroup
	for g := range 4 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range 2000 {
				k := strconv.Itoa((i*7 + g) % 1500)
				h := hashString(k)
				if v, ok := m.get(h, k); ok && v != "v"+k {
					t.Errorf("get(%s) = %s", k, v)
					return
				}
				m.put(h, k, "v"+k)
			}
		}()
	}
	wg.Wait()
}

// TestJapaneseMemo: the governing-law and court checks give, on every
// call, the result of judging the text afresh, whether or not a result
// for it is kept.
func TestJapaneseMemo(t *testing.T) {
	for _, tt := range []struct {
		id    string
		set   func(*riskassess.Service, string)
		judge func(string) bool
		texts []string
	}{
		{"CLD-28", func(v *riskassess.Service, x string) { v.GoverningLaw = x }, isJapaneseLaw,
			[]string{"日本法", " 日本法 ", "Japanese law", "シンガポール法", "日本法又はシンガポール法", "ＪＰ", "California law"}},
		{"CLD-29", func(v *riskassess.Service, x string) { v.Court = x }, isJapaneseCourt,
			[]string{"東京地方裁判所", "Osaka High Court", "ソウル中央地方裁判所", "米国カリフォルニア州北部地区連邦地方裁判所", "東京地裁"}},
	} {
		check := checks[tt.id]
		q := newReq(tt.id)
		for round := range 2 {
			for _, x := range tt.texts {
				s := sub(svc(func(v *riskassess.Service) { tt.set(v, x) }))
				got := check(q, s)
				v := strings.TrimSpace(x)
				want, ja, en := riskassess.OutcomeNotMet, v+"（国外）", v+" (not Japan)"
				if tt.judge(v) {
					want, ja, en = riskassess.OutcomeMet, v+"（国内）", v+" (Japan)"
				}
				if got.Outcome != want || got.Message != riskassess.T(ja, en) {
					t.Errorf("%s on %q, call %d: %s %v; want %s %v", tt.id, x, round+1, got.Outcome, got.Message, want, riskassess.T(ja, en))
				}
			}
		}
	}
}
