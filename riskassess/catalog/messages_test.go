package catalog

import (
	"strconv"
	"strings"
	"testing"

	"github.com/gikai-sec/riskregister/riskassess"
)

// TestJoinTextShared: messages written into shared blocks equal
// riskassess.JoinText's, and stay so while later messages fill the block
// and the next ones (short, empty, and longer than textMaxShared).
func TestJoinTextShared(t *testing.T) {
	type msg struct {
		ja, en []string
		got    riskassess.Text
	}
	var msgs []msg
	for i := range 3 * textChunk / 20 {
		n := strconv.Itoa(i)
		m := msg{ja: []string{"最終実施日 ", n, "（次回期限 ", n, "）"}, en: []string{"last done ", n}}
		switch i % 50 {
		case 7:
			m.ja, m.en = nil, nil
		case 8:
			m.ja = []string{"", ""}
		case 9:
			m.en = []string{strings.Repeat("x", textMaxShared), n}
		}
		m.got = joinText(m.ja, m.en)
		msgs = append(msgs, m)
	}
	if got, want := joinString([]string{"contracts[", "3", "].subcontractors[", "12", "].approved_on"}), "contracts[3].subcontractors[12].approved_on"; got != want {
		t.Errorf("joinString = %q, want %q", got, want)
	}
	for i, m := range msgs {
		if want := riskassess.JoinText(m.ja, m.en); m.got != want {
			t.Fatalf("message %d: joinText = %q, want %q", i, m.got, want)
		}
	}
}
