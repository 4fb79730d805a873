package riskassess_test

import (
	"fmt"
	"github.com/gikai-sec/riskregister/internal/cputime"
	"testing"
	"time"

	"github.com/gikai-sec/riskregister/internal/synth"
	"github.com/gikai-sec/riskregister/riskassess"
	"github.com/gikai-sec/riskregister/riskassess/catalog"
)

const benchEntries = 10000

var benchAsOf = riskassess.NewDate(2026, time.April, 1)

// BenchmarkAssess10k assesses a synthetic register of 10,000 entries
// (internal/synth) against the full built-in catalogue, about 400,000
// findings. Run with -cpu 1: the goal of issue 16 is 10,000 entries in
// under 100 ms on one core (AssessAll then runs on the calling goroutine
// only). Metrics: ns/entry (wall time per entry) and cpu-ns/entry (process
// CPU time per entry, garbage collection and page faults included, which
// stays meaningful on a busy machine); B/op is mostly the findings (one
// block of 96 bytes a finding, TestFindingSize; their fixed texts are
// shared FindingSpecs and their register provenances shared per field).
func BenchmarkAssess10k(b *testing.B) {
	reg := synth.Generate(benchEntries, 1)
	reqs, err := catalog.ForOrg(&reg.Org)
	if err != nil {
		b.Fatal(err)
	}
	benchAssessAll(b, reg, reqs)
}

// BenchmarkAssess10kEngine measures the engine alone: the same register
// against 105 trivial requirements (fixed outcomes, no work in the checks),
// so that the cost of the catalogue's checks is left out and what remains
// is the pipeline's: laying out the findings, attestation, control score,
// blockers, review, decision and counts.
func BenchmarkAssess10kEngine(b *testing.B) {
	reg := synth.Generate(benchEntries, 1)
	outcomes := []riskassess.Outcome{riskassess.OutcomeMet, riskassess.OutcomePartial, riskassess.OutcomeNotMet,
		riskassess.OutcomeNotAnswered, riskassess.OutcomeNotApplicable}
	var reqs []riskassess.Requirement
	for i := range 105 {
		res := riskassess.Result{Outcome: outcomes[i%len(outcomes)], Evidence: "field",
			Message: riskassess.T("メッセージ", "message")}
		reqs = append(reqs, riskassess.Requirement{
			ID: fmt.Sprintf("REQ-%02d", i), Kinds: []riskassess.Kind{riskassess.Kinds()[i%3]},
			Severity: riskassess.SeverityMedium, Title: riskassess.T("題", "title"),
			Check: func(*riskassess.Subject) riskassess.Result { return res },
		})
	}
	benchAssessAll(b, reg, reqs)
}

func benchAssessAll(b *testing.B, reg *riskassess.Register, reqs []riskassess.Requirement) {
	b.ReportAllocs()
	cpu0 := cputime.Process()
	b.ResetTimer()
	sc := scorer()
	var out []riskassess.Assessment
	for b.Loop() {
		out = mustAssess(sc.AssessAll(reg, reqs, benchAsOf))
	}
	b.StopTimer()
	cpu := cputime.Process() - cpu0
	if len(out) != benchEntries {
		b.Fatalf("got %d assessments, want %d", len(out), benchEntries)
	}
	b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N)/benchEntries, "ns/entry")
	if cpu > 0 {
		b.ReportMetric(float64(cpu.Nanoseconds())/float64(b.N)/benchEntries, "cpu-ns/entry")
	}
}

// BenchmarkAnswerSourcesHistory measures AnswerSources (run for every
// answer of every entry by the scorer's attestation) on an entry with 60
// answers and 20 import records that received them all: the synthetic
// register of BenchmarkAssess10k has at most one record an entry, of the
// earlier layout, so a cost that grows with the history does not show
// there (ownCell once scanned every record for every answer: 116 µs here).
func BenchmarkAnswerSourcesHistory(b *testing.B) {
	c := &riskassess.Contractor{}
	c.Answers = map[string]riskassess.Answer{}
	var ids []string
	for i := range 60 {
		id := fmt.Sprintf("Q-OUT-%02d", i)
		ids = append(ids, id)
		c.Answers[id] = riskassess.Answer{Value: "yes", Cell: fmt.Sprintf("質問!D%d", 5+i)}
	}
	for r := range 20 {
		c.Assessments = append(c.Assessments, riskassess.AssessmentRecord{On: riskassess.NewDate(2010+r, time.April, 1),
			Source: "q.xlsx", Answered: ids, Changed: map[string]riskassess.AnswerChange{ids[r]: {From: "no", To: "yes"}}})
	}
	b.ReportAllocs()
	for b.Loop() {
		riskassess.AnswerSources(c)
	}
}
