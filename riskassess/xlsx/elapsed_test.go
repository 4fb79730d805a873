package xlsx

import (
	"strings"
	"testing"
)

// TestElapsedTime: 24:00 typed into a cell is stored by Excel as 1 (one
// day) in a [h]:mm:ss cell and shown 24:00:00; a time of a day or more was
// read as that number of days, so a number question (hours of recovery,
// say) answered 24:00 imported 1 and 36:00 imported 1.5. Such a cell now
// reads as shown, which a number question refuses (hours and minutes are
// no number) and a text answer or comment keeps as shown.
func TestElapsedTime(t *testing.T) {
	q := defaultQ()
	cases := []typed{
		{name: "24:00 in a number question ([h]:mm:ss)", id: "Q-NUM-01", col: "D", code: ErrBadNumber, set: styled(1, 0, "[h]:mm:ss")},
		{name: "36:00 in a number question (built-in 46)", id: "Q-NUM-02", col: "D", code: ErrBadNumber, set: styled(1.5, 46, "")},
		{name: "36:00 in a text question ([h]:mm)", id: "Q-TX-01", col: "D", want: "36:00", set: styled(1.5, 0, "[h]:mm")},
		{name: "1530:00 in a comment ([mm]:ss)", id: "Q-YN-01", col: "E", want: "1530:00", set: styled(1.0625, 0, "[mm]:ss")},
		{name: "a day and a half in a comment (h:mm shows 12:00)", id: "Q-YN-02", col: "E", want: "12:00", set: styled(1.5, 0, "h:mm")},
		{name: "10:30 in a comment (h:mm)", id: "Q-YN-03", col: "E", want: "10:30", set: styled(0.4375, 0, "h:mm")},
		{name: "2026/4/1 in a date question", id: "Q-DT-01", col: "D", want: "2026-04-01", set: styled(46113, 14, "")},
		// A colour code is no elapsed code: [Magenta]h:mm shows the time
		// of day (it was read as minutes in all: 2160).
		{name: "a day and a half in a comment ([Magenta]h:mm shows 12:00)", id: "Q-YN-04", col: "E", want: "12:00", set: styled(1.5, 0, "[Magenta]h:mm")},
		{name: "36:00 in a comment ([Red][h]:mm)", id: "Q-YN-06", col: "E", want: "36:00", set: styled(1.5, 0, "[Red][h]:mm")},
		{name: "\"[m]\" quoted is text, not minutes in all (h:mm)", id: "Q-YN-05", col: "E", want: "12:00", set: styled(1.5, 0, `h:mm"[m]"`)},
	}
	res := readBytes(t, typingWorkbook(t, cases), ReadOptions{Requirements: q.Requirements, Kind: q.Kind})
	checkTyping(t, res, cases)
	for _, p := range res.Problems {
		if p.QuestionID != "Q-NUM-01" {
			continue
		}
		if ja, en := p.Message("ja"), p.Message("en"); !strings.Contains(ja, "24:00:00") || !strings.Contains(ja, "時刻・時間の形（24:00、1:30）は数として読みません") ||
			!strings.Contains(en, "a time (24:00, 1:30) is not read as a number") {
			t.Errorf("24:00 in a number question: messages\n%s\n%s", ja, en)
		}
	}
}
