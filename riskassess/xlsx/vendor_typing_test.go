package xlsx

import "testing"

// TestVendorTypedAnswers: what vendors type into the answer cell in
// Excel, LibreOffice or Google Sheets, each read through a generated
// questionnaire: read as the value it means, or refused at its cell
// (never recorded as a guess). The marks of a ○× form in their look-alike
// code points, words with a full stop (いいえ。, Yes.), a Google Sheets
// check box (a boolean cell), numbers for yes and no, dates in Japanese
// forms and free text with CRLF.
func TestVendorTypedAnswers(t *testing.T) {
	q := defaultQ()
	for _, tc := range []struct {
		id   string
		v    any
		want string // "" refused at the answer cell
		code ErrorCode
	}{
		// Circles: ○ U+25CB, ◯ U+25EF, 〇 U+3007, ◎; ● is no mark read.
		{"Q-YN-02", "○", Yes, 0}, {"Q-YN-02", "◯", Yes, 0}, {"Q-YN-02", "〇", Yes, 0}, {"Q-YN-02", "◎", Yes, 0},
		{"Q-YN-02", "●", "", ErrUnknownAnswer},
		// Crosses: × and ✕ read; ✗, ✘ (a tick in some forms) and バツ written out are refused.
		{"Q-YN-02", "×", No, 0}, {"Q-YN-02", "✕", No, 0},
		{"Q-YN-02", "✗", "", ErrUnknownAnswer}, {"Q-YN-02", "✘", "", ErrUnknownAnswer}, {"Q-YN-02", "バツ", "", ErrUnknownAnswer},
		// Ticks: ✓ ✔ ☑ read; レ (the katakana used as a tick) and ☒ (a box ticked with a cross) are refused.
		{"Q-YN-02", "✓", Yes, 0}, {"Q-YN-02", "✔", Yes, 0}, {"Q-YN-02", "☑", Yes, 0},
		{"Q-YN-02", "レ", "", ErrUnknownAnswer}, {"Q-YN-02", "☒", "", ErrUnknownAnswer},
		// Spaces, width and case.
		{"Q-YN-02", "はい\u3000", Yes, 0}, {"Q-YN-02", "YES ", Yes, 0}, {"Q-YN-02", "ﾊｲ", Yes, 0}, {"Q-YN-02", "ＹＥＳ", Yes, 0},
		{"Q-YN-02", "はい\r\n", Yes, 0},
		// A full stop or another mark after the word: refused, not guessed.
		{"Q-YN-02", "Yes.", "", ErrUnknownAnswer}, {"Q-YN-02", "いいえ。", "", ErrUnknownAnswer}, {"Q-YN-02", "はい※", "", ErrUnknownAnswer},
		// Marks of Japanese forms.
		{"Q-YN-02", "有", Yes, 0}, {"Q-YN-02", "無", No, 0}, {"Q-YN-02", "済", Yes, 0},
		// Not applicable, and what only looks like it.
		{"Q-YN-02", "該当なし", NA, 0}, {"Q-YN-02", "対象外", NA, 0}, {"Q-YN-02", "N/A", NA, 0}, {"Q-YN-02", "N／A", NA, 0},
		{"Q-YN-02", "n.a.", "", ErrUnknownAnswer}, {"Q-YN-02", "該当無し", "", ErrUnknownAnswer}, {"Q-YN-02", "なし", "", ErrUnknownAnswer},
		{"Q-YN-02", "－", "", ErrUnknownAnswer}, {"Q-YN-02", "-", "", ErrUnknownAnswer},
		// Two answers in one cell.
		{"Q-YN-02", "はい\r\nいいえ", "", ErrUnknownAnswer}, {"Q-YN-02", "はい/いいえ", "", ErrUnknownAnswer},
		// A Google Sheets check box is a boolean cell; a number is no yes or no.
		{"Q-YN-02", true, Yes, 0}, {"Q-YN-02", false, No, 0},
		{"Q-YN-02", 1, "", ErrUnknownAnswer}, {"Q-YN-02", 0, "", ErrUnknownAnswer},
		// Dates typed as text.
		{"Q-DT-02", "2026/4/1", "2026-04-01", 0}, {"Q-DT-02", "令和8年4月1日", "2026-04-01", 0}, {"Q-DT-02", "R8.4.1", "2026-04-01", 0},
		{"Q-DT-02", "2026年4月1日（水）", "2026-04-01", 0}, {"Q-DT-02", "令和８年４月１日", "2026-04-01", 0},
		// The weekday of another day, a year and month alone, a date with a note: refused.
		{"Q-DT-02", "2026年4月1日（木）", "", ErrBadDate}, {"Q-DT-02", "2026年4月頃", "", ErrBadDate}, {"Q-DT-02", "2026/4/1予定", "", ErrBadDate},
		{"Q-DT-02", true, "", ErrBadDate},
		// Free text keeps its lines, CRLF as LF.
		{"Q-TX-01", "一行目\r\n二行目\r\n\r\n三行目", "一行目\n二行目\n\n三行目", 0},
	} {
		readOrRefused(t, q, tc.id, tc.v, tc.want, tc.code, "", "")
	}
}
