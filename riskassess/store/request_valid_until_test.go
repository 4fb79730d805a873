package store

import (
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// TestRequestValidUntil: a pending renewal (approval.status requested or
// draft) whose valid_until is the period applied for (2027-11-30) beside
// the approval it renews, which lapsed on 2026-11-19 by its history
// record, validated; due, check, the export and the site read the
// request's valid_until as that approval's expiry (Approval.ValidUntilOn)
// and showed the lapsed approval as valid until 2027-11-30. It is refused
// at approval.valid_until, and so is a valid_until kept on a request whose
// history records no dated approval. The approval renewed is the latest
// dated approved or conditional record, the last of one day, whatever the
// order of the list; a rejection, a suspension or a request after it does
// not change which. Accepted: no valid_until, one equal to the record's,
// and one beside a record without valid_until (there the request keeps
// the approval's expiry; a period applied for written there is not seen:
// the rule's blind spot, kept in the table).
func TestRequestValidUntil(t *testing.T) {
	const file = "contractors/acme.yaml:6:16: "
	differs := func(status, until, hist, recUntil, on string) []string {
		return []string{"bad-value " + file + "approval.valid_until " + until + " of a request (approval.status " + status + ") is not approval.history[" + hist + "].valid_until " + recUntil +
			", the expiry of the approval it renews (decided " + on + "): a request's valid_until must be that of the approval in force, or be left out; " +
			"the period applied for belongs in the decision once approved (status, decided_on, valid_until, the earlier approval kept in approval.history)"}
	}
	noApproval := func(status, until string) []string {
		return []string{"bad-value " + file + "approval.valid_until " + until + " is kept on a request (approval.status " + status + "), but approval.history records no approval " +
			"(approved or conditional, with its on) that it renews: a request's valid_until is read as the expiry of the approval in force; if it is the period applied for, " +
			"delete it (it belongs in the decision once approved); if it is the end of an approval, record that approval in approval.history with its on and valid_until"}
	}
	const (
		approved25 = "{status: approved, approver: kacho, on: 2025-11-20, valid_until: 2026-11-19}"
		request26  = "{status: requested, approver: kakaricho, on: 2026-11-25}"
	)
	for _, tt := range []struct {
		name, status, until string
		history             []string
		want                []string
	}{
		{"period applied for", "requested", "2027-11-30", []string{approved25, request26},
			differs("requested", "2027-11-30", "0", "2026-11-19", "2025-11-20")},
		{"draft of a renewal, period applied for", "draft", "2027-11-30", []string{approved25, "{status: draft, on: 2026-11-25}"},
			differs("draft", "2027-11-30", "0", "2026-11-19", "2025-11-20")},
		{"the approval's own expiry", "requested", "2026-11-19", []string{approved25, request26}, nil},
		{"left out", "requested", "", []string{approved25, request26}, nil},
		// The usual form: the approval's expiry kept only on the request.
		// A period applied for written there is not seen (blind spot).
		{"record without valid_until", "requested", "2027-11-30", []string{"{status: approved, approver: kacho, on: 2025-11-20}", request26}, nil},
		// A late renewal without valid_until after an earlier approval
		// with one: the request renews the later one.
		{"latest record without valid_until", "requested", "2026-11-19",
			[]string{"{status: conditional, on: 2024-11-20, valid_until: 2025-11-19}", "{status: approved, on: 2025-12-10}", request26}, nil},
		// No approval to renew: a first application.
		{"request, no approval in the history", "requested", "2027-11-30", []string{request26}, noApproval("requested", "2027-11-30")},
		{"draft without history", "draft", "2027-11-30", nil, noApproval("draft", "2027-11-30")},
		{"draft without history or valid_until", "draft", "", nil, nil},
		{"only a rejection before", "requested", "2027-11-30",
			[]string{"{status: requested, on: 2025-07-16}", "{status: rejected, on: 2025-07-31}", request26}, noApproval("requested", "2027-11-30")},
		// An approval record without on is never in force: not the one renewed.
		{"undated approval record", "requested", "2026-11-19", []string{"{status: approved, valid_until: 2026-11-19}", request26}, noApproval("requested", "2026-11-19")},
		// A rejection after the approval: the approval is still the one
		// whose expiry the request's valid_until is on days before it.
		{"rejection last, other date", "requested", "2026-11-19",
			[]string{"{status: approved, on: 2024-11-20, valid_until: 2025-11-19}", "{status: rejected, on: 2025-12-10}", request26},
			differs("requested", "2026-11-19", "0", "2025-11-19", "2024-11-20")},
		{"rejection last, same date", "requested", "2025-11-19",
			[]string{"{status: approved, on: 2024-11-20, valid_until: 2025-11-19}", "{status: rejected, on: 2025-12-10}", request26}, nil},
		{"suspension then request to resume", "requested", "2027-03-31",
			[]string{"{status: approved, on: 2025-04-01, valid_until: 2026-03-31}", "{status: suspended, on: 2025-09-20}", request26},
			differs("requested", "2027-03-31", "0", "2026-03-31", "2025-04-01")},
		// Two approvals on one day: the one listed last is the later.
		{"two on one day, the earlier's", "requested", "2026-03-31",
			[]string{"{status: conditional, on: 2025-11-20, valid_until: 2026-03-31}", "{status: approved, on: 2025-11-20, valid_until: 2026-11-19}", request26},
			differs("requested", "2026-03-31", "1", "2026-11-19", "2025-11-20")},
		{"two on one day, the later's", "requested", "2026-11-19",
			[]string{"{status: conditional, on: 2025-11-20, valid_until: 2026-03-31}", "{status: approved, on: 2025-11-20, valid_until: 2026-11-19}", request26}, nil},
		// History out of order: the latest by date, not the last listed.
		{"out of order, the latest's", "requested", "2026-11-19",
			[]string{approved25, "{status: approved, on: 2024-11-20, valid_until: 2025-11-19}", request26}, nil},
		{"out of order, the last listed's", "requested", "2025-11-19",
			[]string{approved25, "{status: approved, on: 2024-11-20, valid_until: 2025-11-19}", request26},
			differs("requested", "2025-11-19", "0", "2026-11-19", "2025-11-20")},
		// Not a request: a decision's own valid_until is its own.
		{"approved, renewed", "approved", "2027-11-30", []string{approved25, "{status: approved, on: 2026-11-25}"}, nil},
	} {
		src := "name: {ja: 株式会社アクメ}\nowner: {section: somu}\nlegal_name: 株式会社アクメ\napproval:\n  status: " + tt.status + "\n"
		if tt.until != "" {
			src += "  valid_until: " + tt.until + "\n"
		} else {
			src += "  approver: kacho\n"
		}
		if tt.status == "approved" {
			src += "  decided_on: 2026-11-25\n"
		}
		if len(tt.history) > 0 {
			src += "  history:\n    - " + strings.Join(tt.history, "\n    - ") + "\n"
		}
		res := decodeFile(job{kind: "contractor", id: "acme", rel: "contractors/acme.yaml"}, []byte(src))
		if diff := cmp.Diff(tt.want, lines(Errors(res.errs))); diff != "" {
			t.Errorf("%s (-want +got):\n%s\n%s", tt.name, diff, src)
		}
	}
	// The Japanese message names the record and its date.
	src := "name: {ja: 株式会社アクメ}\nowner: {section: somu}\nlegal_name: 株式会社アクメ\napproval:\n  status: requested\n  valid_until: 2027-11-30\n  history:\n    - " + approved25 + "\n    - " + request26 + "\n"
	res := decodeFile(job{kind: "contractor", id: "acme", rel: "contractors/acme.yaml"}, []byte(src))
	want := "contractors/acme.yaml:6:16: 申請中の approval.valid_until（2027-11-30）が、更新の対象の承認（2025-11-20 の決裁）の有効期限 approval.history[0].valid_until（2026-11-19）と違います。"
	if len(res.errs) != 1 || !strings.HasPrefix(res.errs[0].Message("ja"), want) {
		t.Errorf("ja: got %v, want one error starting %q", Errors(res.errs), want)
	}
}
