package sitegen

import (
	"bytes"
	"io"

	"github.com/gikai-sec/riskregister/riskassess"
	"github.com/gikai-sec/riskregister/riskassess/problem"
)

// WriteProblems writes the HTML page that stands in for the site while the
// register is invalid (the preview server, riskregister serve): a heading,
// every problem as "file:line:col message" in lang ("en" for English, else
// Japanese), every text escaped, and note (e.g. how many problems were
// left out) when not empty. The page reloads itself every two seconds, so
// that it gives way to the site once the register is fixed.
func WriteProblems(w io.Writer, lang riskassess.Lang, problems problem.List, note string) error {
	title, intro := "台帳に誤りがあります", "次の問題を直すと、このページは自動でサイトに切り替わります。"
	if lang == "en" {
		title, intro = "The register has problems", "Fix the problems below; this page turns into the site by itself once they are fixed."
	} else {
		lang = "ja"
	}
	// Self-contained (no stylesheet, no script, which the preview server's
	// content security policy would refuse inline) and reloading itself
	// every two seconds.
	var b bytes.Buffer
	h := hw{b: &b}
	h.raw("<!DOCTYPE html>\n<html lang=\"" + string(lang) + "\">\n<head>\n<meta charset=\"utf-8\">\n<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<meta http-equiv=\"refresh\" content=\"2\">\n<title>")
	h.text(title)
	h.raw("</title>\n</head>\n<body>\n<main>\n<h1>")
	h.text(title)
	h.raw("</h1>\n<p>")
	h.text(intro)
	h.raw("</p>\n<ol class=\"problems\">")
	for _, p := range problems {
		t := p.Msg.In(lang)
		h.raw("\n<li")
		if p.Warning {
			t = map[bool]string{true: "warning: ", false: "警告: "}[lang == "en"] + t
			h.raw(` class="warning"`)
		}
		h.raw("><code>")
		h.text(p.Position())
		h.raw("</code> ")
		h.text(t)
		h.raw("</li>")
	}
	h.raw("\n</ol>")
	if note != "" {
		h.raw("\n<p>")
		h.text(note)
		h.raw("</p>")
	}
	h.raw("\n</main>\n</body>\n</html>\n")
	_, err := w.Write(b.Bytes())
	return err
}
