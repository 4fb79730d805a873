package catalog

import (
	"math"
	"testing"

	"github.com/gikai-sec/riskregister/riskassess"
	"github.com/google/go-cmp/cmp"
)

// TestForOrgWeights: a weight that is not a number (.nan) or above
// maxWeight (.inf included) is refused at its path, in an override and
// in an added requirement. Before, .inf made every control score NaN
// (the example's residual risks and review dates moved, exit 0), and .nan
// was ignored without a word. The largest weight allowed, and a small
// one, are taken as written.
func TestForOrgWeights(t *testing.T) {
	for _, tt := range []struct {
		name   string
		weight float64
		want   []string // error paths; nil: taken
	}{
		{"nan", math.NaN(), []string{"requirements.add[0].weight", "requirements.override[0].weight"}},
		{"+inf", math.Inf(1), []string{"requirements.add[0].weight", "requirements.override[0].weight"}},
		{"above the bound", riskassess.MaxWeight + 0.5, []string{"requirements.add[0].weight", "requirements.override[0].weight"}},
		{"the bound", riskassess.MaxWeight, nil},
		{"a fraction", 0.5, nil},
		{"-inf", math.Inf(-1), []string{"requirements.add[0].weight", "requirements.override[0].weight"}},
	} {
		t.Run(tt.name, func(t *testing.T) {
			add := yesnoCustom("ORG-01")
			add.Weight = tt.weight
			org := &riskassess.Organisation{Requirements: riskassess.RequirementSettings{
				Override: []riskassess.RequirementOverride{{ID: "OUT-10", Weight: tt.weight}},
				Add:      []riskassess.CustomRequirement{add},
			}}
			reqs, err := ForOrg(org)
			if diff := cmp.Diff(tt.want, settingPaths(t, err)); diff != "" {
				t.Fatalf("error paths (-want +got):\n%s\nerror: %v", diff, err)
			}
			if tt.want != nil {
				return
			}
			for _, r := range reqs {
				if (r.ID == "OUT-10" || r.ID == "ORG-01") && r.Weight != tt.weight {
					t.Errorf("%s: weight %v, want %v as written", r.ID, r.Weight, tt.weight)
				}
			}
		})
	}
}
