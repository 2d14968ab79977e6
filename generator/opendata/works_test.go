package opendata_test

import (
	"strings"
	"testing"
	"testing/fstest"

	"plansite/generator/opendata"
	"plansite/generator/plan"
)

func TestLoadWorks(t *testing.T) {
	docs := []*plan.Document{{Slug: "p"}}
	tests := []struct {
		name, yaml string
		err        string // substring of the error; "" for none
		check      func(opendata.Work) string
	}{
		{"missing file gives defaults", "", "", func(w opendata.Work) string {
			if w.Country != "cn" || w.Actor != "p" || w.Subtype != "plan" {
				return "defaults not applied"
			}
			return ""
		}},
		{"portal fields", "p:\n  index: 11370302/2022-0001\n  subject:\n    zh: 教育\n    en: Education\n  published: 2022-12-30\n  validity: valid\n", "", func(w opendata.Work) string {
			if w.Index != "11370302/2022-0001" || w.Subject["zh"] != "教育" || w.Published != "2022-12-30" || w.Validity != "valid" {
				return "portal fields not read"
			}
			return ""
		}},
		{"unknown plan", "q:\n  actor: x\n", "content/works.yaml:1: no plan \"q\" in seeds/ (its plans: p): was its seed renamed?", nil},
		{"bad validity", "p:\n  actor: x\n  validity: maybe\n", "content/works.yaml:3: validity \"maybe\": expected valid, expired or repealed", nil},
		{"bad date", "p:\n  published: 2022年12月30日\n", "content/works.yaml:2: published", nil},
		{"no such day", "p:\n  published: 2022-13-45\n", `content/works.yaml:2: published "2022-13-45": expected a day of the calendar as YYYY-MM-DD`, nil},
		{"period backwards", "p:\n  period: 2025-2021\n", `content/works.yaml:2: period "2025-2021": expected years as 2021-2025, the first year first`, nil},
		{"draft not a flag", "p:\n  draft: maybe\n", `content/works.yaml:2: "maybe": expected true or false`, nil},
		{"misspelt field", "p:\n  actor: x\n  subjcet:\n    zh: 教育\n", `content/works.yaml:3: unknown field "subjcet"`, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			fsys := fstest.MapFS{}
			if tt.yaml != "" {
				fsys[opendata.WorksFile] = &fstest.MapFile{Data: []byte(tt.yaml)}
			}
			works, err := opendata.LoadWorks(fsys, docs)
			switch {
			case tt.err != "" && (err == nil || !strings.Contains(err.Error(), tt.err)):
				t.Fatalf("have error %v, want one containing %q", err, tt.err)
			case tt.err == "" && err != nil:
				t.Fatalf("have error %v, want none", err)
			case tt.check != nil:
				if msg := tt.check(works["p"]); msg != "" {
					t.Error(msg)
				}
			}
		})
	}
}
