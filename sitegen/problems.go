package sitegen

import (
	"html/template"
	"io"

	"github.com/gikai-sec/riskregister/riskassess"
)

// problemsPage is the page WriteProblems writes: self-contained (no
// stylesheet, no script, which the preview server's content security
// policy would refuse inline) and reloading itself every two seconds.
var problemsPage = template.Must(template.New("problems").Parse(`<!DOCTYPE html>
<html lang="{{.Lang}}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="refresh" content="2">
<title>{{.Title}}</title>
</head>
<body>
<main>
<h1>{{.Title}}</h1>
<p>{{.Intro}}</p>
<ol class="problems">
{{- range .Problems}}
<li{{if .Warning}} class="warning"{{end}}><code>{{.Position}}</code> {{.Text}}</li>
{{- end}}
</ol>
{{- if .Note}}
<p>{{.Note}}</p>
{{- end}}
</main>
</body>
</html>
`))

// WriteProblems writes the HTML page that stands in for the site while the
// register is invalid (the preview server, riskregister serve): a heading,
// every problem as "file:line:col message" in lang ("en" for English, else
// Japanese), every text escaped, and note (e.g. how many problems were
// left out) when not empty. The page reloads itself every two seconds, so
// that it gives way to the site once the register is fixed.
func WriteProblems(w io.Writer, lang string, problems riskassess.Problems, note string) error {
	type row struct {
		Position, Text string
		Warning        bool
	}
	data := struct {
		Lang, Title, Intro, Note string
		Problems                 []row
	}{Lang: "ja", Title: "台帳に誤りがあります", Intro: "次の問題を直すと、このページは自動でサイトに切り替わります。", Note: note}
	if lang == "en" {
		data.Lang, data.Title, data.Intro = "en", "The register has problems", "Fix the problems below; this page turns into the site by itself once they are fixed."
	}
	for _, p := range problems {
		t := p.Msg.In(lang)
		if p.Warning {
			t = map[bool]string{true: "warning: ", false: "警告: "}[lang == "en"] + t
		}
		data.Problems = append(data.Problems, row{p.Position(), t, p.Warning})
	}
	return problemsPage.Execute(w, data)
}
