package xlsx

import (
	"bytes"
	"errors"
	"testing"
)

// TestQuestionsSheetCopy: a vendor who duplicates the questions sheet and
// types the answers into the copy must not have the original's pre-filled
// values imported in their place; the file is refused naming the copy. The
// same workbook without the copy reads.
func TestQuestionsSheetCopy(t *testing.T) {
	id := testReqs()[0].Question.ID
	for _, copied := range []bool{false, true} {
		f := workbook(t, generate(t, defaultQ()))
		target := qs
		if copied {
			target = "質問 (2)"
			n, err := f.NewSheet(target)
			if err != nil {
				t.Fatal(err)
			}
			src, _ := f.GetSheetIndex(qs)
			if err := f.CopySheet(src, n); err != nil {
				t.Fatal(err)
			}
		}
		setAnswer(t, f, target, id, "いいえ")
		b := save(t, f)
		res, err := Read(bytes.NewReader(b), int64(len(b)), ReadOptions{})
		var ce *CellError
		switch {
		case !copied && err != nil:
			t.Errorf("without a copy: Read: %v", err)
		case !copied && res.Answers[id].Value != "no":
			t.Errorf("without a copy: %s = %+v, want no", id, res.Answers[id])
		case copied && (!errors.As(err, &ce) || ce.Code != ErrQuestionsCopy || ce.Sheet != target):
			t.Errorf("with a copy: Read: %v (%#v), want ErrQuestionsCopy on sheet %q", err, ce, target)
		case copied && repeatedPhrase(ce.Message("ja")) != "":
			t.Errorf("with a copy: message says %q twice: %s", repeatedPhrase(ce.Message("ja")), ce.Message("ja"))
		case copied && (ce.Message("ja") == "" || !bytes.Contains([]byte(ce.Message("ja")), []byte("コピーのシートを削除"))):
			t.Errorf("with a copy: message %q", ce.Message("ja"))
		}
	}
}
