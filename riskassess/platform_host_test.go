package riskassess_test

import (
	"testing"

	"github.com/gikai-sec/riskregister/riskassess"
)

// TestPlatformOfHost: the hosts of one platform, as a browser reads them
// (case, www., full width, a trailing dot), give that platform; a council's
// own site and a look-alike give none.
func TestPlatformOfHost(t *testing.T) {
	for _, tt := range []struct {
		host string
		want riskassess.Platform
		ok   bool
	}{
		{"x.com", riskassess.PlatformX, true},
		{"TWITTER.com", riskassess.PlatformX, true},
		{"www.twitter.com", riskassess.PlatformX, true},
		{"ｘ.com", riskassess.PlatformX, true},
		{"x.com.", riskassess.PlatformX, true},
		{"youtu.be", riskassess.PlatformYouTube, true},
		{"m.facebook.com", riskassess.PlatformFacebook, true},
		{"instagr.am", riskassess.PlatformInstagram, true},
		{"lin.ee", riskassess.PlatformLINE, true},
		{"www.city.chofu.example", "", false},
		{"x.com.example", "", false},
		{"", "", false},
	} {
		if got, ok := riskassess.PlatformOfHost(tt.host); got != tt.want || ok != tt.ok {
			t.Errorf("PlatformOfHost(%q) = %q, %v; want %q, %v", tt.host, got, ok, tt.want, tt.ok)
		}
	}
}
