package catalog

import (
	"net/url"
	"testing"
)

// TestURLHost holds urlHost to url.Parse's Host and error, on URLs of the
// plain form it reads itself and on ones near it that url.Parse reads
// otherwise or rejects.
func TestURLHost(t *testing.T) {
	for _, raw := range []string{
		"https://www.city.example.lg.jp/koho/sns.html", "https://x.com/example_city", "http://a-b.example/?q=1#top",
		"https://example.jp", "https://example.jp?x", "https://example.jp#f", "HTTPS://Example.JP/", "h+t.t-p://a.b/",
		"https://example.jp:443/", "https://user@example.jp/", "https://[::1]/", "https://ex%41mple.jp/", "https://example.jp/%zz",
		"https://example.jp/#%zz", "https://example.jp/\x7f", "https://example.jp/a\tb", "https://example.jp/a b", "https://例え.jp/",
		"https:///path", "https://", "//example.jp/", "example.jp/path", "1http://example.jp/", "://example.jp", "mailto:a@b.jp",
		"https:/example.jp", "https://example.jp:abc/", "", "https://example_jp/", "https://ex~ample.jp/", "https://example.jp/日本語",
	} {
		want, wantOK := "", false
		if u, err := url.Parse(raw); err == nil {
			want, wantOK = u.Host, true
		}
		if got, ok := urlHost(raw); got != want || ok != wantOK {
			t.Errorf("urlHost(%q) = %q, %v; url.Parse gives %q, %v", raw, got, ok, want, wantOK)
		}
	}
	for _, raw := range []string{"https://x.com/example_city", "http://a-b.example/?q=1#top", "https://example.jp"} {
		if _, ok := plainURLHost(raw); !ok {
			t.Errorf("plainURLHost(%q) falls back to url.Parse", raw)
		}
	}
}
