package wareki

import "testing"

// TestPercentText: the percentage of a stored fraction is exact.
func TestPercentText(t *testing.T) {
	for _, c := range []struct {
		f    float64
		want string
	}{
		{0.999, "99.9"}, {1, "100"}, {0.0005, "0.05"}, {-0.25, "-25"}, {1e-7, "0.00001"}, {12.5, "1250"}, {0, "0"}, {0.07, "7"},
	} {
		if got := percentText(c.f); got != c.want {
			t.Errorf("percentText(%v) = %q, want %q", c.f, got, c.want)
		}
	}
}
