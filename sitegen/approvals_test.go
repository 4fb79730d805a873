package sitegen

import (
	"slices"
	"strings"
	"testing"
	"unsafe"

	"github.com/gikai-sec/riskregister/internal/synth"
	"github.com/gikai-sec/riskregister/riskassess"
	"github.com/gikai-sec/riskregister/riskassess/catalog"
)

// TestApprovalsOrder: the approvals list is newest first, then in the
// register's entry order, and decisions of one entry on one day keep the
// order of its history (the current decision last), as a stable sort of
// the rows in the order they are collected gives it.
func TestApprovalsOrder(t *testing.T) {
	reg := synth.Generate(60, 7)
	// After every decision in the four contractors' histories and before
	// every decided_on of theirs, as the store (and CheckEntry) wants the
	// history to be.
	day := riskassess.NewDate(2024, 12, 10)
	for i, c := range reg.Contractors[:4] {
		c.Approval.History = append(c.Approval.History,
			riskassess.DecisionRecord{Status: riskassess.StatusRequested, On: day, Note: "一回目"},
			riskassess.DecisionRecord{Status: riskassess.StatusRejected, On: day, Note: "二回目"},
			riskassess.DecisionRecord{Status: riskassess.StatusRequested, On: day, Note: "三回目"})
		if i%2 == 0 {
			c.Approval.DecidedOn, c.Approval.Status = day, riskassess.StatusApproved
		}
	}
	reqs := catalog.Default()
	as := mustAssess(riskassess.Scorer{Blockers: catalog.Blockers()}.AssessAll(reg, reqs, testAsOf))
	_, b, err := assembleWith(reg, as, &Options{AsOf: testAsOf, Requirements: reqs, Lang: riskassess.LangJa})
	if err != nil {
		t.Fatal(err)
	}
	var got []approvalRow
	for _, r := range b.approvals() {
		got = append(got, b.approvalRow(r))
	}
	// The rows as collected, sorted stably: what the list must show.
	var want []approvalRow
	for i, e := range b.ents {
		ap := e.Base().Approval
		r := &b.rows[i]
		repeated := false
		for _, h := range ap.History {
			repeated = repeated || h.Status == ap.Status && h.On == ap.DecidedOn
			want = append(want, approvalRow{Date: b.iso(h.On), Entry: r, Note: h.Note})
		}
		if !ap.DecidedOn.IsZero() && !repeated {
			want = append(want, approvalRow{Date: b.iso(ap.DecidedOn), Entry: r, Note: strings.Join(ap.Conditions, " / ")})
		}
	}
	byEntry := b.entryCmp()
	slices.SortStableFunc(want, func(x, y approvalRow) int {
		if c := strings.Compare(y.Date, x.Date); c != 0 {
			return c
		}
		return byEntry(x.Entry, y.Entry)
	})
	if len(got) != len(want) {
		t.Fatalf("%d rows, want %d", len(got), len(want))
	}
	ties := 0
	for i := range got {
		if got[i].Date != want[i].Date || got[i].Entry != want[i].Entry || got[i].Note != want[i].Note {
			t.Fatalf("row %d: %s %s %q, want %s %s %q", i, got[i].Date, got[i].Entry.ID, got[i].Note, want[i].Date, want[i].Entry.ID, want[i].Note)
		}
		if i > 0 && got[i].Date == got[i-1].Date && got[i].Entry == got[i-1].Entry {
			ties++
		}
	}
	if ties < 8 {
		t.Fatalf("only %d rows tied with the one before: the test does not test the ties", ties)
	}
}

// TestApprovalRefSize guards what the approvals page holds for each
// decision while it is written (builder.approvals): a 32-byte reference,
// its row made when it is written. The rows made all at once, 96 bytes
// each with their strings, were the peak of a 100,000-entry build.
func TestApprovalRefSize(t *testing.T) {
	if unsafe.Sizeof(uintptr(0)) != 8 {
		t.Skip("sizes are for 64-bit platforms")
	}
	if got := unsafe.Sizeof(approvalRef{}); got > 32 {
		t.Errorf("an approvalRef is %d bytes, want at most 32: every decision of the register has one while the approvals page is written", got)
	}
}
