package main

import (
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/gikai-sec/riskregister/riskassess/xlsx"
	"github.com/google/go-cmp/cmp"
	"github.com/xuri/excelize/v2"
)

// TestDisableSwitchesOffYearlyTasks: a council that disables OUT-31 (the
// yearly on-site check) or SNS-14 (the yearly password change) in
// register.yaml no longer has those deadlines anywhere: not in assess
// (EXP-ONSITE finding and approval condition), due, the calendar, check,
// the export (JSON and the workbook's due sheet) or the site. They all
// listed them before, the setting half applied. With nothing more
// disabled the example's counts are as they were.
func TestDisableSwitchesOffYearlyTasks(t *testing.T) {
	const asOf = "2026-11-27"
	// counts counts, in every output, the on-site checks and password
	// changes it lists and the EXP-ONSITE findings and conditions.
	counts := func(t *testing.T, dir string) map[string]int {
		t.Helper()
		got := map[string]int{}
		cli := func(args ...string) string {
			t.Helper()
			code, out, errb := execCLI(t, append(args, "--register", dir, "--as-of", asOf, "--no-cache")...)
			if code != 0 && !(args[0] == "check" && code == 1) {
				t.Fatalf("%s: exit %d: %s", strings.Join(args, " "), code, errb)
			}
			return out
		}
		out := cli("assess", "--format", "json")
		got["assess EXP-ONSITE finding"] = strings.Count(out, `"requirement": "EXP-ONSITE"`)
		got["assess EXP-ONSITE condition"] = strings.Count(out, `"ja": "EXP-ONSITE: `)
		got["assess due onsite-check"] = strings.Count(out, `"kind": "onsite-check"`)
		got["assess due password"] = strings.Count(out, `"kind": "password"`)
		out = cli("due", "--within", "1y", "--lang", "en")
		got["due onsite-check"] = strings.Count(out, "On-site check")
		got["due password"] = strings.Count(out, "Password change")
		out = cli("due", "--within", "1y", "--format", "ics", "-o", "-", "--lang", "en")
		got["ics onsite-check"] = strings.Count(out, "CATEGORIES:On-site check")
		got["ics password"] = strings.Count(out, "CATEGORIES:Password change")
		out = cli("check", "--lang", "en")
		got["check onsite-check"] = strings.Count(out, "overdue: On-site check")
		got["check password"] = strings.Count(out, "overdue: Password change")
		tmp := t.TempDir()
		cli("export", "--format", "json", "-o", filepath.Join(tmp, "export.json"))
		b, err := os.ReadFile(filepath.Join(tmp, "export.json"))
		if err != nil {
			t.Fatal(err)
		}
		got["export EXP-ONSITE finding"] = strings.Count(string(b), `"requirement": "EXP-ONSITE"`)
		got["export due onsite-check"] = strings.Count(string(b), `"kind": "onsite-check"`)
		got["export due password"] = strings.Count(string(b), `"kind": "password"`)
		cli("export", "--format", "xlsx", "-o", filepath.Join(tmp, "export.xlsx"))
		f, err := excelize.OpenFile(filepath.Join(tmp, "export.xlsx"))
		if err != nil {
			t.Fatal(err)
		}
		defer f.Close()
		rows, err := f.GetRows(xlsx.RegisterDueSheet("ja"))
		if err != nil {
			t.Fatal(err)
		}
		for _, r := range rows {
			for _, c := range r {
				switch c {
				case "実地確認":
					got["xlsx due onsite-check"]++
				case "パスワード変更":
					got["xlsx due password"]++
				}
			}
		}
		site := filepath.Join(tmp, "site")
		cli("build", "-o", site)
		b, err = os.ReadFile(filepath.Join(site, "due.html"))
		if err != nil {
			t.Fatal(err)
		}
		got["site due onsite-check"] = strings.Count(string(b), "<td>実地確認</td>")
		got["site due password"] = strings.Count(string(b), "<td>パスワード変更</td>")
		if _, err := os.Stat(filepath.Join(site, "requirements", "EXP-ONSITE.html")); err == nil {
			got["site EXP-ONSITE page"] = 1
		}
		return got
	}
	// The example on 2026-11-27 (SNS-18 disabled): 10 on-site checks, where
	// OUT-31 applies (chofu-eizo-haishin, class 2 without personal data,
	// has none).
	onsite := map[string]int{
		"assess EXP-ONSITE finding": 4, "assess EXP-ONSITE condition": 4, "assess due onsite-check": 10,
		"due onsite-check": 10, "ics onsite-check": 10, "check onsite-check": 4,
		"export EXP-ONSITE finding": 4, "export due onsite-check": 10, "xlsx due onsite-check": 10,
		"site due onsite-check": 4, "site EXP-ONSITE page": 1,
	}
	password := map[string]int{
		"assess due password": 6, "due password": 6, "ics password": 6, "check password": 2,
		"export due password": 6, "xlsx due password": 6, "site due password": 2,
	}
	union := func(ms ...map[string]int) map[string]int {
		out := map[string]int{}
		for _, m := range ms {
			for k, v := range m {
				out[k] = v
			}
		}
		return out
	}
	for _, tc := range []struct {
		name    string
		disable []string
		want    map[string]int
	}{
		{"nothing more", nil, union(onsite, password)},
		{"OUT-31", []string{"OUT-31"}, password},
		{"SNS-14", []string{"SNS-14"}, onsite},
		{"both", []string{"SNS-14", "OUT-31"}, map[string]int{}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			dir := copyExample(t)
			p := filepath.Join(dir, "register.yaml")
			b, err := os.ReadFile(p)
			if err != nil {
				t.Fatal(err)
			}
			const list = "  disable:\n    - SNS-18\n"
			if !strings.Contains(string(b), list) {
				t.Fatalf("register.yaml of the example lacks %q: update the test", list)
			}
			edited := strings.Replace(string(b), list, list+"    - "+strings.Join(tc.disable, "\n    - ")+"\n", 1)
			if len(tc.disable) == 0 {
				edited = string(b)
			}
			// The example overrides OUT-31's weight; a requirement both
			// overridden and disabled is refused (catalog.ForOrg).
			const override = "    - id: OUT-31\n      weight: 5\n"
			if slices.Contains(tc.disable, "OUT-31") {
				if !strings.Contains(edited, override) {
					t.Fatalf("register.yaml of the example lacks %q: update the test", override)
				}
				edited = strings.Replace(edited, override, "", 1)
			}
			if err := os.WriteFile(p, []byte(edited), 0o644); err != nil {
				t.Fatal(err)
			}
			got := counts(t, dir)
			for k, v := range got {
				if v == 0 {
					delete(got, k)
				}
			}
			if diff := cmp.Diff(tc.want, got); diff != "" {
				t.Errorf("counts (-want +got):\n%s", diff)
			}
		})
	}
}
