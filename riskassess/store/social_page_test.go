package store

import (
	"testing"

	"github.com/gikai-sec/riskregister/riskassess"
	"github.com/google/go-cmp/cmp"
)

// TestNonAccountURL: the public list of official accounts shows an
// account's handle linked to its url. A url that is no account's page (a
// hashtag page, a search, a single post, a list, a group, a share link,
// the platform's login page), copied from the browser while looking at the
// account, validated OK on every platform (and a post of the account named
// its account, so even the handle check passed), and the list sent
// citizens checking the council's account to that page. It is refused,
// with the account's page to write when the handle (or the url) names it.
func TestNonAccountURL(t *testing.T) {
	msg := func(u, kind, platform, fix string) []string {
		w := "write the address of the account's own page (its profile)"
		if fix != "" {
			w = `write the account's own page, "` + fix + `"`
		}
		return []string{`bad-value social/x.yaml:6:6: url "` + u + `" is ` + kind + " on " + platform +
			", not the account's page: the public list of official accounts would link it as the account; " + w}
	}
	const (
		hashtag   = "a hashtag page"
		search    = "a search or explore page"
		post      = "the page of a single post (a video, an article, a photo)"
		list      = "a list (a playlist, a magazine)"
		community = "a group, community or event page"
		share     = "a share, post or message (intent) link"
		site      = "a page of the platform itself (login, settings, home)"
		x         = "X (formerly Twitter)"
	)
	for _, tt := range []struct {
		platform, handle, url string
		want                  []string
	}{
		// X: a post of the account named the account and passed.
		{"x", `"@chofu_gikai"`, "https://x.com/chofu_gikai/status/1234567890", msg("https://x.com/chofu_gikai/status/1234567890", post, x, "https://x.com/chofu_gikai")},
		{"x", `調布市議会（公式）`, "https://twitter.com/chofu_gikai/status/1234567890", msg("https://twitter.com/chofu_gikai/status/1234567890", post, x, "https://x.com/chofu_gikai")},
		{"x", `"@chofu_gikai"`, "https://x.com/hashtag/調布市議会", msg("https://x.com/hashtag/調布市議会", hashtag, x, "https://x.com/chofu_gikai")},
		{"x", `"@chofu_gikai"`, "https://x.com/search?q=%23調布市議会", msg("https://x.com/search?q=%23調布市議会", search, x, "https://x.com/chofu_gikai")},
		{"x", `調布市議会（公式）`, "https://x.com/explore", msg("https://x.com/explore", search, x, "")},
		{"x", `"@chofu_gikai"`, "https://x.com/i/lists/1234567890", msg("https://x.com/i/lists/1234567890", list, x, "https://x.com/chofu_gikai")},
		{"x", `"@chofu_gikai"`, "https://x.com/chofu_gikai/lists/gikai", msg("https://x.com/chofu_gikai/lists/gikai", list, x, "https://x.com/chofu_gikai")},
		{"x", `"@chofu_gikai"`, "https://x.com/i/communities/1234567890", msg("https://x.com/i/communities/1234567890", community, x, "https://x.com/chofu_gikai")},
		{"x", `"@chofu_gikai"`, "https://x.com/intent/post?text=hello", msg("https://x.com/intent/post?text=hello", share, x, "https://x.com/chofu_gikai")},
		{"x", `"@chofu_gikai"`, "https://twitter.com/intent/tweet?text=hello", msg("https://twitter.com/intent/tweet?text=hello", share, x, "https://x.com/chofu_gikai")},
		{"x", `"@chofu_gikai"`, "https://twitter.com/share?url=https://example.jp", msg("https://twitter.com/share?url=https://example.jp", share, x, "https://x.com/chofu_gikai")},
		{"x", `"@chofu_gikai"`, "https://x.com/home", msg("https://x.com/home", site, x, "https://x.com/chofu_gikai")},
		// Instagram.
		{"instagram", `chofu_gikai`, "https://www.instagram.com/p/CabcDEF/", msg("https://www.instagram.com/p/CabcDEF/", post, "Instagram", "https://www.instagram.com/chofu_gikai/")},
		{"instagram", `chofu_gikai`, "https://www.instagram.com/chofu_gikai/p/CabcDEF/", msg("https://www.instagram.com/chofu_gikai/p/CabcDEF/", post, "Instagram", "https://www.instagram.com/chofu_gikai/")},
		{"instagram", `chofu_gikai`, "https://www.instagram.com/reel/CabcDEF/", msg("https://www.instagram.com/reel/CabcDEF/", post, "Instagram", "https://www.instagram.com/chofu_gikai/")},
		{"instagram", `chofu_gikai`, "https://www.instagram.com/tv/CabcDEF/", msg("https://www.instagram.com/tv/CabcDEF/", post, "Instagram", "https://www.instagram.com/chofu_gikai/")},
		{"instagram", `chofu_gikai`, "https://www.instagram.com/explore/tags/調布/", msg("https://www.instagram.com/explore/tags/調布/", hashtag, "Instagram", "https://www.instagram.com/chofu_gikai/")},
		{"instagram", `chofu_gikai`, "https://www.instagram.com/accounts/login/", msg("https://www.instagram.com/accounts/login/", site, "Instagram", "https://www.instagram.com/chofu_gikai/")},
		{"instagram", `chofu_gikai`, "https://www.instagram.com/direct/inbox/", msg("https://www.instagram.com/direct/inbox/", site, "Instagram", "https://www.instagram.com/chofu_gikai/")},
		// Facebook.
		{"facebook", `chofu.gikai`, "https://www.facebook.com/chofu.gikai/posts/pfbid0abc123", msg("https://www.facebook.com/chofu.gikai/posts/pfbid0abc123", post, "Facebook", "https://www.facebook.com/chofu.gikai")},
		{"facebook", `chofu.gikai`, "https://www.facebook.com/watch/?v=123", msg("https://www.facebook.com/watch/?v=123", post, "Facebook", "https://www.facebook.com/chofu.gikai")},
		{"facebook", `chofu.gikai`, "https://www.facebook.com/story.php?story_fbid=1&id=2", msg("https://www.facebook.com/story.php?story_fbid=1&id=2", post, "Facebook", "https://www.facebook.com/chofu.gikai")},
		{"facebook", `chofu.gikai`, "https://www.facebook.com/permalink.php?story_fbid=1&id=2", msg("https://www.facebook.com/permalink.php?story_fbid=1&id=2", post, "Facebook", "https://www.facebook.com/chofu.gikai")},
		{"facebook", `chofu.gikai`, "https://www.facebook.com/photo.php?fbid=1", msg("https://www.facebook.com/photo.php?fbid=1", post, "Facebook", "https://www.facebook.com/chofu.gikai")},
		{"facebook", `chofu.gikai`, "https://www.facebook.com/media/set/?set=a.1", msg("https://www.facebook.com/media/set/?set=a.1", list, "Facebook", "https://www.facebook.com/chofu.gikai")},
		{"facebook", `chofu.gikai`, "https://www.facebook.com/hashtag/chofu", msg("https://www.facebook.com/hashtag/chofu", hashtag, "Facebook", "https://www.facebook.com/chofu.gikai")},
		{"facebook", `chofu.gikai`, "https://www.facebook.com/groups/chofugikai/", msg("https://www.facebook.com/groups/chofugikai/", community, "Facebook", "https://www.facebook.com/chofu.gikai")},
		{"facebook", `chofu.gikai`, "https://www.facebook.com/events/123456/", msg("https://www.facebook.com/events/123456/", community, "Facebook", "https://www.facebook.com/chofu.gikai")},
		{"facebook", `chofu.gikai`, "https://www.facebook.com/share/1AbCdEfGh/", msg("https://www.facebook.com/share/1AbCdEfGh/", share, "Facebook", "https://www.facebook.com/chofu.gikai")},
		{"facebook", `chofu.gikai`, "https://www.facebook.com/sharer/sharer.php?u=x", msg("https://www.facebook.com/sharer/sharer.php?u=x", share, "Facebook", "https://www.facebook.com/chofu.gikai")},
		// YouTube: a video, a playlist, a search, a hashtag.
		{"youtube", `"@chofu-gikai"`, "https://www.youtube.com/watch?v=dQw4w9WgXcQ", msg("https://www.youtube.com/watch?v=dQw4w9WgXcQ", post, "YouTube", "https://www.youtube.com/@chofu-gikai")},
		{"youtube", `"@chofu-gikai"`, "https://youtu.be/dQw4w9WgXcQ", msg("https://youtu.be/dQw4w9WgXcQ", post, "YouTube", "https://www.youtube.com/@chofu-gikai")},
		{"youtube", `"@chofu-gikai"`, "https://www.youtube.com/shorts/dQw4w9WgXcQ", msg("https://www.youtube.com/shorts/dQw4w9WgXcQ", post, "YouTube", "https://www.youtube.com/@chofu-gikai")},
		{"youtube", `"@chofu-gikai"`, "https://www.youtube.com/live/dQw4w9WgXcQ", msg("https://www.youtube.com/live/dQw4w9WgXcQ", post, "YouTube", "https://www.youtube.com/@chofu-gikai")},
		{"youtube", `"@chofu-gikai"`, "https://www.youtube.com/playlist?list=PL0123", msg("https://www.youtube.com/playlist?list=PL0123", list, "YouTube", "https://www.youtube.com/@chofu-gikai")},
		{"youtube", `"@chofu-gikai"`, "https://www.youtube.com/results?search_query=調布市議会", msg("https://www.youtube.com/results?search_query=調布市議会", search, "YouTube", "https://www.youtube.com/@chofu-gikai")},
		{"youtube", `"@chofu-gikai"`, "https://www.youtube.com/hashtag/調布市議会", msg("https://www.youtube.com/hashtag/調布市議会", hashtag, "YouTube", "https://www.youtube.com/@chofu-gikai")},
		{"youtube", `"@調布市議会"`, "https://www.youtube.com/watch?v=dQw4w9WgXcQ", msg("https://www.youtube.com/watch?v=dQw4w9WgXcQ", post, "YouTube", "")},
		// TikTok.
		{"tiktok", `"@chofu_gikai"`, "https://www.tiktok.com/@chofu_gikai/video/7123456789012345678", msg("https://www.tiktok.com/@chofu_gikai/video/7123456789012345678", post, "TikTok", "https://www.tiktok.com/@chofu_gikai")},
		{"tiktok", `"@chofu_gikai"`, "https://www.tiktok.com/tag/調布", msg("https://www.tiktok.com/tag/調布", hashtag, "TikTok", "https://www.tiktok.com/@chofu_gikai")},
		{"tiktok", `"@chofu_gikai"`, "https://www.tiktok.com/search?q=調布", msg("https://www.tiktok.com/search?q=調布", search, "TikTok", "https://www.tiktok.com/@chofu_gikai")},
		// note.
		{"note", `chofu_gikai_report`, "https://note.com/chofu_gikai_report/n/n0123456789ab", msg("https://note.com/chofu_gikai_report/n/n0123456789ab", post, "note", "https://note.com/chofu_gikai_report")},
		{"note", `chofu_gikai_report`, "https://note.com/chofu_gikai_lib/m/m0123456789ab", msg("https://note.com/chofu_gikai_lib/m/m0123456789ab", list, "note", "https://note.com/chofu_gikai_report")},
		{"note", `chofu_gikai_report`, "https://note.com/hashtag/調布市議会", msg("https://note.com/hashtag/調布市議会", hashtag, "note", "https://note.com/chofu_gikai_report")},
		{"note", `chofu_gikai_report`, "https://note.com/search?q=調布市議会&context=user", msg("https://note.com/search?q=調布市議会&context=user", search, "note", "https://note.com/chofu_gikai_report")},
		{"note", `chofu_gikai_report`, "https://note.com/topic/politics", msg("https://note.com/topic/politics", search, "note", "https://note.com/chofu_gikai_report")},
		{"note", `chofu_gikai_report`, "https://note.com/interests/政治", msg("https://note.com/interests/政治", search, "note", "https://note.com/chofu_gikai_report")},
		// LINE: a message or share link, a group invitation, an OpenChat.
		{"line", `"@chofugikai"`, "https://line.me/R/msg/text/?調布市議会", msg("https://line.me/R/msg/text/?調布市議会", share, "LINE", "https://line.me/R/ti/p/@chofugikai")},
		{"line", `"@chofugikai"`, "https://line.me/R/oaMessage/@chofugikai/?hello", msg("https://line.me/R/oaMessage/@chofugikai/?hello", share, "LINE", "https://line.me/R/ti/p/@chofugikai")},
		{"line", `"@chofugikai"`, "https://line.me/ti/g2/AbCdEfGhIjKl", msg("https://line.me/ti/g2/AbCdEfGhIjKl", community, "LINE", "https://line.me/R/ti/p/@chofugikai")},
		{"line", `"@chofugikai"`, "https://line.me/R/ti/g/AbCdEfGh", msg("https://line.me/R/ti/g/AbCdEfGh", community, "LINE", "https://line.me/R/ti/p/@chofugikai")},
		// Hosts that were not known, so nothing was compared: a Facebook
		// video short link, a LINE VOOM post, and a TikTok short link, a
		// Facebook page on its language host or an Instagram short host
		// on an entry of another platform.
		{"facebook", `chofu.gikai`, "https://fb.watch/AbCdEf/", msg("https://fb.watch/AbCdEf/", post, "Facebook", "https://www.facebook.com/chofu.gikai")},
		{"line", `"@chofugikai"`, "https://linevoom.line.me/post/1169000000000000000", msg("https://linevoom.line.me/post/1169000000000000000", post, "LINE", "https://line.me/R/ti/p/@chofugikai")},
		{"x", `"@chofu_gikai"`, "https://vt.tiktok.com/ZSabc123/", []string{
			`bad-value social/x.yaml:6:6: url "https://vt.tiktok.com/ZSabc123/" is a page of TikTok, not of the account's platform X (formerly Twitter): correct the url or the platform`}},
		{"facebook", `chofu.gikai`, "https://ja-jp.facebook.com/chofu.kouhou", []string{
			`bad-value social/x.yaml:6:6: url "https://ja-jp.facebook.com/chofu.kouhou" is the page of the account "chofu.kouhou", not of the handle "chofu.gikai": the public list of official accounts would show "chofu.gikai" and link it to another account; correct the url or the handle`}},
		{"x", `"@chofu_gikai"`, "https://instagr.am/chofu_gikai", []string{
			`bad-value social/x.yaml:6:6: url "https://instagr.am/chofu_gikai" is a page of Instagram, not of the account's platform X (formerly Twitter): correct the url or the platform`}},

		// Account pages, as before: a tab of the account, a follow link,
		// an account by number, a short link, an old page address.
		{"x", `"@chofu_gikai"`, "https://x.com/chofu_gikai/media", nil},
		{"x", `"@chofu_gikai"`, "https://x.com/i/user/123456", nil},
		{"x", `"@chofu_gikai"`, "https://x.com/intent/follow?screen_name=chofu_gikai", nil},
		{"x", `"@chofu_gikai"`, "https://x.com/intent/user?user_id=123456", nil},
		{"x", `"@chofu_gikai"`, "https://x.com/chofu_gikai/lists", nil},
		{"youtube", `"@chofu-gikai"`, "https://www.youtube.com/@chofu-gikai/videos", nil},
		{"youtube", `"@chofu-gikai"`, "https://www.youtube.com/@chofu-gikai/shorts", nil},
		{"youtube", `"@chofu-gikai"`, "https://www.youtube.com/channel/UC0123456789", nil},
		{"youtube", `"@chofu-gikai"`, "https://www.youtube.com/c/ChofuGikai", nil},
		{"facebook", `chofu.gikai`, "https://www.facebook.com/profile.php?id=1000", nil},
		{"facebook", `chofu.gikai`, "https://www.facebook.com/p/Chofu-City-Council-100064123456789/", nil},
		{"facebook", `chofu.gikai`, "https://www.facebook.com/people/Chofu-City-Council/100064123456789/", nil},
		{"facebook", `chofu.gikai`, "https://www.facebook.com/pg/chofu.gikai/posts/", nil},
		{"facebook", `chofu.gikai`, "https://www.facebook.com/chofu.gikai/photos", nil},
		{"instagram", `chofu_gikai`, "https://www.instagram.com/chofu_gikai/reels/", nil},
		{"tiktok", `"@chofu_gikai"`, "https://vm.tiktok.com/ZSabc123/", nil},
		{"tiktok", `"@chofu_gikai"`, "https://www.tiktok.com/@chofu_gikai/live", nil}, // the account's live page, as YouTube's /@NAME/live
		{"line", `"@chofugikai"`, "https://line.me/R/ti/p/@chofugikai", nil},
		{"line", `"@chofugikai"`, "https://line.me/R/ti/p/%40chofugikai", nil},
		{"line", `"@chofugikai"`, "https://lin.ee/AbCdEfG", nil},
		{"line", `"@chofugikai"`, "https://page.line.me/chofugikai", nil},
		{"note", `chofu_gikai_report`, "https://note.com/chofu_gikai_report", nil},
		{"tiktok", `"@chofu_gikai"`, "https://vt.tiktok.com/ZSabc123/", nil},
		{"facebook", `chofu.gikai`, "https://web.facebook.com/chofu.gikai", nil},
		{"line", `"@chofugikai"`, "https://linevoom.line.me/user/_dQabc123", nil},
		// Another platform's page is still reported as such.
		{"x", `"@chofu_gikai"`, "https://www.youtube.com/watch?v=dQw4w9WgXcQ", []string{
			`bad-value social/x.yaml:6:6: url "https://www.youtube.com/watch?v=dQw4w9WgXcQ" is a page of YouTube, not of the account's platform X (formerly Twitter): correct the url or the platform`}},
	} {
		res := decodeSocial(tt.platform, tt.handle, tt.url)
		if diff := cmp.Diff(tt.want, lines(Errors(res.errs))); diff != "" {
			t.Errorf("%s %s %s (-want +got):\n%s", tt.platform, tt.handle, tt.url, diff)
		}
	}

	// The message in Japanese, with and without an account page to offer.
	for _, tt := range []struct{ handle, url, want string }{
		{`"@chofu_gikai"`, "https://x.com/hashtag/調布市議会",
			`social/x.yaml:6:6: url "https://x.com/hashtag/調布市議会" は X（旧Twitter） のハッシュタグのページで、アカウントのページではありません。公式アカウント一覧でアカウントとしてリンクされてしまいます。アカウント自体のページ "https://x.com/chofu_gikai" を書いてください`},
		{`調布市議会（公式）`, "https://x.com/search?q=調布",
			`social/x.yaml:6:6: url "https://x.com/search?q=調布" は X（旧Twitter） の検索・おすすめのページで、アカウントのページではありません。公式アカウント一覧でアカウントとしてリンクされてしまいます。アカウント自体のページ（プロフィール）のアドレスを書いてください`},
	} {
		res := decodeSocial("x", tt.handle, tt.url)
		if len(res.errs) != 1 || res.errs[0].Message(riskassess.LangJa) != tt.want {
			t.Errorf("%s in Japanese: %v; want %q", tt.url, res.errs, tt.want)
		}
	}
}

// TestAccountURLForms: a url whose host was typed in full width
// (ｘ.com, with the input method on) or with a trailing dot (x.com.) opens
// the same page in a browser, but was not read as a known host, and a
// handle written as the account's address (https://x.com/NAME, x.com/NAME),
// which the public list shows as the handle, was compared with no url: a
// url of another account passed in both cases. Both are compared now.
func TestAccountURLForms(t *testing.T) {
	for _, tt := range []struct {
		platform, handle, url string
		want                  []string
	}{
		{"x", `"@chofu_gikai"`, "https://ｘ.com/chofu_gikai_lib", otherAccount("https://ｘ.com/chofu_gikai_lib", "chofu_gikai_lib", "@chofu_gikai")},
		{"x", `"@chofu_gikai"`, "https://ｗｗｗ．ｘ．ｃｏｍ/chofu_gikai_lib", otherAccount("https://ｗｗｗ．ｘ．ｃｏｍ/chofu_gikai_lib", "chofu_gikai_lib", "@chofu_gikai")},
		{"x", `"@chofu_gikai"`, "https://x.com./chofu_gikai_lib", otherAccount("https://x.com./chofu_gikai_lib", "chofu_gikai_lib", "@chofu_gikai")},
		{"x", `"@chofu_gikai"`, "https://ｘ.com/hashtag/調布", []string{`bad-value social/x.yaml:6:6: url "https://ｘ.com/hashtag/調布" is a hashtag page on X (formerly Twitter), not the account's page: the public list of official accounts would link it as the account; write the account's own page, "https://x.com/chofu_gikai"`}},
		{"x", `"https://x.com/chofu_gikai_lib"`, "https://x.com/chofu_gikai", otherAccount("https://x.com/chofu_gikai", "chofu_gikai", "https://x.com/chofu_gikai_lib")},
		{"x", `"x.com/chofu_gikai_lib"`, "https://x.com/chofu_gikai", otherAccount("https://x.com/chofu_gikai", "chofu_gikai", "x.com/chofu_gikai_lib")},
		{"instagram", `"https://www.instagram.com/chofu_gikai_lib/"`, "https://www.instagram.com/chofu_gikai/", otherAccount("https://www.instagram.com/chofu_gikai/", "chofu_gikai", "https://www.instagram.com/chofu_gikai_lib/")},
		// As before: the same account, a handle in Japanese, an unknown host.
		{"x", `"@chofu_gikai"`, "https://ｘ.com/chofu_gikai", nil},
		{"x", `"https://x.com/chofu_gikai"`, "https://x.com/chofu_gikai", nil},
		{"x", `"x.com/chofu_gikai"`, "https://twitter.com/chofu_gikai", nil},
		{"x", `調布市議会`, "https://x.com/chofu_gikai", nil},
		{"x", `"https://x.example/chofu_gikai_lib"`, "https://x.com/chofu_gikai", nil},
	} {
		res := decodeSocial(tt.platform, tt.handle, tt.url)
		if diff := cmp.Diff(tt.want, lines(Errors(res.errs))); diff != "" {
			t.Errorf("%s %s %s (-want +got):\n%s", tt.platform, tt.handle, tt.url, diff)
		}
	}
}

// TestDuplicateAccountHosts: two entries in use with one account were
// refused only when their URLs were the same text (scheme, www., a
// trailing slash and case aside): the account at twitter.com/NAME and at
// x.com/NAME, or with ?lang=ja or an @ before the name, was listed twice
// in the public list of official accounts. On a known host the account
// the page names is compared.
func TestDuplicateAccountHosts(t *testing.T) {
	social := func(name, platform, handle, url string) string {
		return "name: {ja: " + name + "}\nowner: {section: somu}\napproval: {status: approved}\nplatform: " + platform + "\nhandle: \"" + handle + "\"\nurl: " + url +
			"\nstatus: active\nresponsible: {section: somu}\n"
	}
	for _, tt := range []struct {
		platform, handle, url1, url2 string
		dup                          bool
	}{
		{"x", "@chofu_gikai", "https://twitter.com/chofu_gikai", "https://x.com/Chofu_Gikai", true},
		{"x", "@chofu_gikai", "https://x.com/chofu_gikai", "https://mobile.twitter.com/@chofu_gikai?lang=ja", true},
		{"x", "@chofu_gikai", "https://x.com/chofu_gikai", "https://x.com/intent/follow?screen_name=chofu_gikai", true},
		{"facebook", "chofu.gikai", "https://www.facebook.com/chofu.gikai", "https://m.facebook.com/chofugikai/", true},
		{"instagram", "chofu_gikai", "https://www.instagram.com/chofu_gikai/", "https://instagram.com/_u/chofu_gikai", true},
		// As before: other accounts, and pages that name no account.
		{"x", "@chofu_gikai", "https://x.com/chofu_gikai", "https://x.com/chofu_gikai_lib", false},
		{"youtube", "@chofu-gikai", "https://www.youtube.com/channel/UC0123456789", "https://www.youtube.com/channel/UC9876543210", false},
		{"youtube", "@chofu-gikai", "https://www.youtube.com/channel/UC0123456789", "https://www.youtube.com/channel/uc0123456789/", true},
	} {
		h2 := tt.handle
		if !tt.dup {
			h2 = "調布市議会（別）"
		}
		dir := writeTxtar(t, registerYAML+"-- social/a.yaml --\n"+social("議会A", tt.platform, tt.handle, tt.url1)+
			"-- social/b.yaml --\n"+social("議会B", tt.platform, h2, tt.url2))
		_, err := Load(dir)
		var want []string
		if tt.dup {
			want = []string{"duplicate-id social/b.yaml:6:6: this account is also registered in social/a.yaml (line 6): keep one entry per account, correct the URL of a copied file, or set status: retired on the one no longer used"}
		}
		if diff := cmp.Diff(want, lines(err)); diff != "" {
			t.Errorf("%s %s (-want +got):\n%s", tt.url1, tt.url2, diff)
		}
	}
}

// decodeSocial decodes social/x.yaml, an account in use on platform with
// handle and url (both as written in YAML).
func decodeSocial(platform, handle, url string) result {
	src := "name: {ja: 議会X}\nowner: {section: somu}\napproval: {status: approved}\nplatform: " + platform + "\nhandle: " + handle +
		"\nurl: " + url + "\nstatus: active\nresponsible: {section: somu}\n"
	return decodeFile(job{kind: "social", id: "x", rel: "social/x.yaml"}, []byte(src))
}

// otherAccount is the error of decodeSocial for a url u of the account
// name, not of handle h.
func otherAccount(u, name, h string) []string {
	return []string{"bad-value social/x.yaml:6:6: url \"" + u + "\" is the page of the account \"" + name + "\", not of the handle \"" + h + "\": the public list of official accounts would show \"" + h + "\" and link it to another account; correct the url or the handle"}
}
