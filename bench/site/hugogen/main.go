// Command hugogen writes a Hugo project that holds the same content as the
// site riskregister builds for a register: one page per entry (fields,
// findings grouped by outcome, notes as Markdown), the register table, one
// owners page per section, and the register as JSON and CSV. bench/site/run.sh
// builds both and compares them; nothing here is used at run time.
//
//	go run ./bench/site/hugogen -register DIR -as-of 2026-11-27 -o HUGODIR
package main

import (
	"encoding/json"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"strings"

	"github.com/gikai-sec/riskregister/riskassess"
	"github.com/gikai-sec/riskregister/riskassess/catalog"
	"github.com/gikai-sec/riskregister/riskassess/store"
)

func main() {
	regDir := flag.String("register", "", "register folder")
	out := flag.String("o", "", "Hugo project folder to write")
	asOfStr := flag.String("as-of", "2026-11-27", "as-of date")
	flag.Parse()
	if err := run(*regDir, *out, *asOfStr); err != nil {
		fmt.Fprintln(os.Stderr, "hugogen:", err)
		os.Exit(1)
	}
}

// frontMatter is what each entry page carries; Hugo renders it with the
// layouts below, as sitegen renders the same data with its templates.
type frontMatter struct {
	Title      string               `json:"title"`
	Kind       string               `json:"kind"`
	ID         string               `json:"id"`
	Owners     []string             `json:"owners"`
	Person     string               `json:"person"`
	Approval   string               `json:"approval"`
	DecidedOn  string               `json:"decided_on"`
	ValidUntil string               `json:"valid_until"`
	Inherent   string               `json:"inherent"`
	Score      float64              `json:"score"`
	Residual   string               `json:"residual"`
	Decision   string               `json:"decision"`
	NextReview string               `json:"next_review"`
	Findings   []riskassess.Finding `json:"findings"`
	Due        []riskassess.DueItem `json:"due"`
	Entry      riskassess.Entry     `json:"entry"`
}

func run(regDir, out, asOfStr string) error {
	if regDir == "" || out == "" {
		return fmt.Errorf("-register and -o are required")
	}
	asOf, err := riskassess.ParseDate(asOfStr)
	if err != nil {
		return err
	}
	reg, err := store.Load(regDir)
	if err != nil {
		return err
	}
	reqs, err := catalog.ForOrg(&reg.Org)
	if err != nil {
		return err
	}
	reg.Org.DueOff = catalog.DueOff(&reg.Org)
	as, err := riskassess.Scorer{Blockers: catalog.Blockers()}.AssessAll(reg, reqs, asOf)
	if err != nil {
		return err
	}
	for name, body := range layouts {
		if err := write(filepath.Join(out, name), body); err != nil {
			return err
		}
	}
	for i, e := range reg.Entries() {
		b, a := e.Base(), as[i]
		section := b.Owner.Section
		if s := reg.Org.Section(section); s != nil {
			section = s.Name.Ja
		}
		fm := frontMatter{
			Title: b.Name.Ja, Kind: string(e.Kind()), ID: b.ID, Owners: []string{section}, Person: b.Owner.Person,
			Approval: b.Approval.Status.Label("ja"), DecidedOn: b.Approval.DecidedOn.String(), ValidUntil: b.Approval.ValidUntil.String(),
			Inherent: a.Inherent.Label("ja"), Score: a.ControlScore, Residual: a.Residual.Label("ja"),
			Decision: a.Decision.Label("ja"), NextReview: a.NextReview.String(), Findings: a.Findings, Due: a.Due, Entry: e,
		}
		j, err := json.MarshalIndent(fm, "", " ")
		if err != nil {
			return err
		}
		page := string(j) + "\n\n" + b.Notes + "\n"
		if err := write(filepath.Join(out, "content", "entries", string(e.Kind()), b.ID+".md"), page); err != nil {
			return err
		}
	}
	return nil
}

func write(path, body string) error {
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		return err
	}
	return os.WriteFile(path, []byte(body), 0o644)
}

var layouts = map[string]string{
	"config.toml": strings.TrimSpace(`
baseURL = "/"
languageCode = "ja"
title = "台帳"
relativeURLs = true
disableKinds = ["RSS", "sitemap", "robotsTXT", "404"]
[taxonomies]
owner = "owners"
[outputs]
home = ["HTML", "JSON", "CSV"]
[markup.goldmark.renderer]
unsafe = false
`) + "\n",
	"layouts/_default/baseof.html": `<!doctype html><html lang="ja"><head><meta charset="utf-8"><title>{{ .Title }}</title><link rel="stylesheet" href="{{ "site.css" | relURL }}"></head>
<body><header><nav><a href="{{ "/" | relURL }}">台帳</a> <a href="{{ "/owners/" | relURL }}">責任者一覧</a></nav></header><main>{{ block "main" . }}{{ end }}</main></body></html>
`,
	"layouts/_default/single.html": `{{ define "main" }}<h1>{{ .Title }}</h1>
<table><tbody>
<tr><th>ID</th><td>{{ .Params.id }}</td></tr><tr><th>種別</th><td>{{ .Params.kind }}</td></tr>
<tr><th>所管課</th><td>{{ range .Params.owners }}{{ . }}{{ end }}</td></tr><tr><th>担当</th><td>{{ .Params.person }}</td></tr>
<tr><th>承認</th><td>{{ .Params.approval }} {{ .Params.decided_on }} {{ .Params.valid_until }}</td></tr>
<tr><th>固有リスク</th><td>{{ .Params.inherent }}</td></tr><tr><th>対策スコア</th><td>{{ .Params.score }}</td></tr>
<tr><th>残留リスク</th><td>{{ .Params.residual }}</td></tr><tr><th>推奨判断</th><td>{{ .Params.decision }}</td></tr>
<tr><th>次回見直し</th><td>{{ .Params.next_review }}</td></tr>
</tbody></table>
<h2>登録内容</h2><dl>{{ range $k, $v := .Params.entry }}<dt>{{ $k }}</dt><dd>{{ $v }}</dd>{{ end }}</dl>
{{ $f := .Params.findings }}
{{ range slice "not-met" "partial" "not-answered" "met" "not-applicable" }}{{ $o := . }}
<h2>{{ $o }}</h2><ul>{{ range where $f "outcome" $o }}<li>{{ .requirement }} {{ .title.ja }} ({{ .severity }}) {{ .message.ja }} — {{ .remediation.ja }}</li>{{ end }}</ul>
{{ end }}
<h2>期限</h2><ul>{{ range .Params.due }}<li>{{ .kind }} {{ .date }}</li>{{ end }}</ul>
<h2>メモ</h2>{{ .Content }}
{{ end }}`,
	"layouts/index.html": `{{ define "main" }}<h1>台帳</h1><table><thead><tr><th>種別</th><th>ID</th><th>名称</th><th>所管課</th><th>承認</th><th>残留リスク</th><th>推奨判断</th><th>対策スコア</th><th>次回見直し</th></tr></thead><tbody>
{{ range sort (where .Site.RegularPages "Section" "entries") ".Params.id" }}<tr><td>{{ .Params.kind }}</td><td><a href="{{ .RelPermalink }}">{{ .Params.id }}</a></td><td>{{ .Title }}</td><td>{{ range .Params.owners }}{{ . }}{{ end }}</td><td>{{ .Params.approval }}</td><td>{{ .Params.residual }}</td><td>{{ .Params.decision }}</td><td>{{ .Params.score }}</td><td>{{ .Params.next_review }}</td></tr>
{{ end }}</tbody></table>{{ end }}`,
	"layouts/index.json": `[{{ range $i, $p := where .Site.RegularPages "Section" "entries" }}{{ if $i }},{{ end }}{{ dict "id" $p.Params.id "kind" $p.Params.kind "name" $p.Title "residual" $p.Params.residual "decision" $p.Params.decision "score" $p.Params.score "findings" $p.Params.findings | jsonify }}{{ end }}]
`,
	"layouts/index.csv": `kind,id,name,owner,approval,residual,decision,score,next_review
{{ range where .Site.RegularPages "Section" "entries" }}{{ .Params.kind }},{{ .Params.id }},"{{ replace .Title "\"" "\"\"" }}",{{ range .Params.owners }}{{ . }}{{ end }},{{ .Params.approval }},{{ .Params.residual }},{{ .Params.decision }},{{ .Params.score }},{{ .Params.next_review }}
{{ end }}`,
	"layouts/_default/taxonomy.html": `{{ define "main" }}<h1>責任者一覧</h1><ul>{{ range .Data.Terms.Alphabetical }}<li><a href="{{ .Page.RelPermalink }}">{{ .Page.Title }}</a> ({{ .Count }})</li>{{ end }}</ul>{{ end }}`,
	"layouts/_default/term.html": `{{ define "main" }}<h1>{{ .Title }}</h1><table><thead><tr><th>ID</th><th>名称</th><th>担当</th><th>次回見直し</th><th>期限</th></tr></thead><tbody>
{{ range .Pages }}<tr><td><a href="{{ .RelPermalink }}">{{ .Params.id }}</a></td><td>{{ .Title }}</td><td>{{ .Params.person }}</td><td>{{ .Params.next_review }}</td><td>{{ range .Params.due }}{{ .kind }} {{ .date }} {{ end }}</td></tr>
{{ end }}</tbody></table>{{ end }}`,
	"static/site.css": "body{font-family:sans-serif}\n",
}
