package xlsx

import (
	"os"
	"testing"
)

func TestZZDump(t *testing.T) {
	if os.Getenv("DUMP") == "" {
		t.Skip()
	}
	os.WriteFile(os.Getenv("DUMP"), generate(t, defaultQ()), 0o644)
	q := defaultQ()
	q.Lang = "en"
	os.WriteFile(os.Getenv("DUMP")+".en.xlsx", generate(t, q), 0o644)
}
