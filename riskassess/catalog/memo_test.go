package catalog

import (
	"strconv"
	"strings"
	"sync"
	"testing"

	"github.com/gikai-sec/riskregister/riskassess"
)

// TestMemo: a memo gives the value stored for a key and nothing for
// another key, even one of the same hash (the same pair of slots); of the
// keys of a pair, it keeps the two stored last.
func TestMemo(t *testing.T) {
	m := newMemo[string, int](64)
	if _, ok := m.get(hashString("a"), "a"); ok {
		t.Fatal("empty memo found a value")
	}
	want := func(h uint64, k string, v int, ok bool) {
		t.Helper()
		if got, found := m.get(h, k); found != ok || found && got != v {
			t.Errorf("get(%s) = %v, %v; want %v, %v", k, got, found, v, ok)
		}
	}
	m.put(6, "a", 1)
	want(6, "a", 1, true)
	want(6, "b", 0, false)
	want(8, "a", 0, false) // another hash: not where a is looked for
	m.put(7, "b", 2)       // the same pair of slots (6 and 7)
	want(6, "a", 1, true)
	want(7, "b", 2, true)
	m.put(6+64, "c", 3) // the same pair again: a, the oldest, goes
	want(6, "a", 0, false)
	want(7, "b", 2, true)
	want(6+64, "c", 3, true)
	m.put(8, "d", 4) // another pair
	want(7, "b", 2, true)
	want(6+64, "c", 3, true)
	want(8, "d", 4, true)
}

// TestMemoConcurrent stores and reads a memo from several goroutines (go
// test -race): every value found is the one of its key.
func TestMemoConcurrent(t *testing.T) {
	m := newMemo[string, string](512)
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

// TestDateTextMemos: freshness, expiry and approved give, on every call,
// the messages written out for their dates, whether or not a message for
// them is kept.
func TestDateTextMemos(t *testing.T) {
	asOf := day("2026-04-01")
	for round := range 2 {
		for _, tt := range []struct {
			got    riskassess.Result
			ja, en string
		}{
			{freshness(day("2025-06-01"), day("2026-06-01"), "p", asOf), "最終実施日 2025-06-01（次回期限 2026-06-01）", "last done 2025-06-01 (next due 2026-06-01)"},
			{freshness(day("2025-02-01"), day("2026-02-01"), "p", asOf), "最終実施日 2025-02-01、期限 2026-02-01 を過ぎている", "last done 2025-02-01; it was due again by 2026-02-01"},
			{freshness(day("2062-02-01"), day("2063-02-01"), "p", asOf), "最終実施日 2062-02-01 が基準日 2026-04-01 より後で、基準日までの実施日が台帳にない（日付の誤りなら直す）",
				"last done 2062-02-01, after the as-of date 2026-04-01: no date by then is recorded (correct the date if it is a slip)"},
			{expiry(day("2026-03-01"), "p", asOf), "2026-03-01 に期限切れ", "expired on 2026-03-01"},
			{expiry(day("2026-04-20"), "p", asOf), "2026-04-20 に期限切れとなる（" + dueSoonText + "日以内）", "expires on 2026-04-20 (within " + dueSoonText + " days)"},
			{expiry(day("2027-04-20"), "p", asOf), "有効（期限 2027-04-20）", "valid until 2027-04-20"},
			{approved(nil, sub(svc())), "承認（2026-04-01）", "Approved (2026-04-01)"},
		} {
			if want := riskassess.T(tt.ja, tt.en); tt.got.Message != want {
				t.Errorf("call %d: message %v, want %v", round+1, tt.got.Message, want)
			}
		}
	}
}

// TestMissingClauseMemo: a clause requirement a contract lacks names the
// contract in the message written out, on every call and for every
// requirement, whether or not the message is kept; two contracts lacking
// it are both named.
func TestMissingClauseMemo(t *testing.T) {
	secondContract := func(c *riskassess.Contractor) {
		k2 := c.Contracts[0]
		k2.ID, k2.Clauses = "k2", nil
		c.Contracts = append(c.Contracts, k2)
	}
	for round := range 2 {
		for _, tt := range []struct {
			id     string
			e      *riskassess.Contractor
			ja, en string
		}{
			{"OUT-11", con(), "条項がない契約: k1", "contracts without the clause: k1"},
			{"OUT-12", con(withClauses("OUT-11")), "条項がない契約: k1", "contracts without the clause: k1"},
			{"OUT-11", con(func(c *riskassess.Contractor) { c.Contracts[0].ID = "R8-joho-005" }), "条項がない契約: R8-joho-005", "contracts without the clause: R8-joho-005"},
			{"OUT-11", con(func(c *riskassess.Contractor) { c.Contracts[0].ID = "" }), "条項がない契約: ", "contracts without the clause: "},
			{"OUT-11", con(withClauses("OUT-11"), secondContract), "条項がない契約: k2", "contracts without the clause: k2"},
			{"OUT-12", con(withClauses("OUT-11"), secondContract), "条項がない契約: k1, k2", "contracts without the clause: k1, k2"},
		} {
			got := checks[tt.id](newReq(tt.id), sub(tt.e))
			if want := riskassess.T(tt.ja, tt.en); got.Outcome != riskassess.OutcomeNotMet || got.Message != want {
				t.Errorf("call %d, %s: %s %v, want not-met %v", round+1, tt.id, got.Outcome, got.Message, want)
			}
		}
	}
}

// TestDateTextMemoKeys: dates that packDate cannot hold (a year past
// 131,071 or before 0, a month past 15, a day past 31) are never kept
// under the key of another date. Each pair below is asked in turn, the
// kept one first; the second packs to the same 32 bits when its fields
// are not checked (a month of 19 carries into the year, a day of 33 into
// the month, a year of 2^23 or more out of the word), so that it would
// get the first one's message.
func TestDateTextMemoKeys(t *testing.T) {
	asOf := day("2026-04-01")
	iso := func(d riskassess.Date) string { return string(d.AppendISO(nil)) }
	for _, tt := range []struct{ kept, other riskassess.Date }{
		{riskassess.Date{Year: 2030, Month: 3, Day: 1}, riskassess.Date{Year: 2030 + 1<<23, Month: 3, Day: 1}},
		{riskassess.Date{Year: 2029, Month: 3, Day: 1}, riskassess.Date{Year: 2028, Month: 3 + 16, Day: 1}},
		{riskassess.Date{Year: 2030, Month: 3, Day: 1}, riskassess.Date{Year: 2030, Month: 2, Day: 1 + 32}},
		{riskassess.Date{Year: 0, Month: 3, Day: 1}, riskassess.Date{Year: -1 << 23, Month: 3, Day: 1}},
	} {
		for _, d := range []riskassess.Date{tt.kept, tt.other} {
			got := expiry(d, "p", asOf).Message
			want := riskassess.T("有効（期限 "+iso(d)+"）", "valid until "+iso(d))
			if d.Before(asOf) {
				want = riskassess.T(iso(d)+" に期限切れ", "expired on "+iso(d))
			}
			if got != want {
				t.Errorf("expiry(%+v): message %v, want %v", d, got, want)
			}
			got = freshnessText(freshMet, d, tt.kept)
			want = riskassess.T("最終実施日 "+iso(d)+"（次回期限 "+iso(tt.kept)+"）", "last done "+iso(d)+" (next due "+iso(tt.kept)+")")
			if got != want {
				t.Errorf("freshnessText(met, %+v, %+v): %v, want %v", d, tt.kept, got, want)
			}
		}
	}
}
