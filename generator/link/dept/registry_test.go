package dept

import (
	"strings"
	"testing"
	"testing/fstest"

	"plansite/generator/internal/testproject"
)

// registry loads the project's department registry.
func registry(t testing.TB) *Registry {
	t.Helper()
	reg, err := Load(testproject.FS(), "content/departments.yaml")
	if err != nil {
		t.Fatal(err)
	}
	return reg
}

func TestRegistryLoads(t *testing.T) {
	reg := registry(t)
	if len(reg.Entries) < 37 {
		t.Fatalf("registry has %d entries, want at least the 37 of the Zichuan plan", len(reg.Entries))
	}
	if got, want := strings.Join(reg.Scopes(), ","), "anhui,beijing,shandong,zichuan"; got != want {
		t.Errorf("scopes = %s, want %s", got, want)
	}
	for _, e := range reg.Entries {
		if !slugPattern.MatchString(e.Slug) || e.EN == "" || e.Line == 0 {
			t.Errorf("%s: slug %q, en %q, line %d", e.Name, e.Slug, e.EN, e.Line)
		}
	}
}

func TestLookup(t *testing.T) {
	reg := registry(t)
	tests := []struct {
		scope, name, want string
	}{
		{"zichuan", "区教体局", "education-sports-bureau"},
		{"zichuan", "区教育和体育局", "education-sports-bureau"}, // full form as alias
		{"zichuan", "区人力资源和社会保障局", "hr-social-security-bureau"},
		{"zichuan", " 区人社局 ", "hr-social-security-bureau"}, // layout spaces
		{"shandong", "省教育厅", "sd-education-department"},
		{"anhui", "省教育厅", "ah-education-department"}, // same name, other province
		{"anhui", "地方金融监管局", "ah-local-financial-supervision-bureau"},
		{"", "区教体局", "education-sports-bureau"},        // unique across scopes
		{"", "省教育厅", ""},                               // ambiguous without a scope
		{"zichuan", "省教育厅", "sd-education-department"}, // Zichuan lies within Shandong
		{"shandong", "区教体局", ""},                       // not the other way round
		{"anhui", "区教体局", ""},
		{"zichuan", "区宇航局", ""},
	}
	for _, tt := range tests {
		t.Run(tt.scope+"/"+tt.name, func(t *testing.T) {
			have := ""
			if e := reg.Lookup(tt.scope, tt.name); e != nil {
				have = e.Slug
			}
			if have != tt.want {
				t.Errorf("have %q, want %q", have, tt.want)
			}
		})
	}
}

func TestRegistryErrors(t *testing.T) {
	const good = `- name: 区教体局
  aliases: [教育局]
  en: District Education and Sports Bureau
  kind: government
  scope: zichuan
  slug: education-sports-bureau
`
	tests := []struct {
		name, yaml string
		want       []string // each a "file:line: message" fragment
	}{
		{"duplicate name", good + `- name: 区教体局
  en: Again
  kind: government
  scope: zichuan
  slug: again
`, []string{`d.yaml:7: name "区教体局" of 区教体局 already names 区教体局 (line 1)`}},
		{"alias taken by another entry", good + `- name: 区教育局
  aliases: [教育局]
  en: X
  kind: government
  scope: zichuan
  slug: x
`, []string{`d.yaml:7: name "教育局" of 区教育局 already names 区教体局 (line 1)`}},
		{"same name in another scope is fine", good + `- name: 区教体局
  en: Other District Education Bureau
  kind: government
  scope: elsewhere
  slug: other-education-bureau
`, nil},
		{"duplicate slug", good + `- name: 区财政局
  en: District Finance Bureau
  kind: government
  scope: zichuan
  slug: education-sports-bureau
`, []string{`d.yaml:7: slug "education-sports-bureau" already used by 区教体局 (line 1)`}},
		{"slug not ASCII", `- name: 区财政局
  en: District Finance Bureau
  kind: government
  slug: 财政局
`, []string{`d.yaml:4: slug "财政局": expected lower-case ASCII`}},
		{"slug with capitals", `- name: 区财政局
  en: District Finance Bureau
  kind: government
  slug: Finance_Bureau
`, []string{`d.yaml:4: slug "Finance_Bureau"`}},
		{"unknown kind", `- name: 区财政局
  en: District Finance Bureau
  kind: ministry
  slug: finance-bureau
`, []string{`d.yaml:3: kind "ministry": expected one of party, government, people, other`}},
		{"unknown field", `- name: 区财政局
  alias: [财政局]
  en: District Finance Bureau
  kind: government
  slug: finance-bureau
`, []string{`d.yaml:2: unknown field "alias"`}},
		{"missing fields", `- name: 区财政局
  kind: government
`, []string{`d.yaml:1: department "区财政局" has no en`, `d.yaml:1: department "区财政局" has no slug`}},
		{"not a list", "name: 区财政局\n", []string{`d.yaml:1: expected a list of departments`}},
		{"syntax error", "- name: [区财政局\n", []string{`d.yaml:`}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			fsys := fstest.MapFS{"d.yaml": {Data: []byte(tt.yaml)}}
			_, err := Load(fsys, "d.yaml")
			if len(tt.want) == 0 {
				if err != nil {
					t.Fatalf("have error %v, want none", err)
				}
				return
			}
			if err == nil {
				t.Fatalf("have no error, want %q", tt.want)
			}
			for _, w := range tt.want {
				if !strings.Contains(err.Error(), w) {
					t.Errorf("have %q, want it to contain %q", err, w)
				}
			}
		})
	}
}

func TestLoadMissingFile(t *testing.T) {
	if _, err := Load(fstest.MapFS{}, "content/departments.yaml"); err == nil {
		t.Error("have no error for a missing registry")
	}
}
