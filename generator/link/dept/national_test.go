package dept

import (
	"strings"
	"testing"

	"plansite/generator/plan"
)

// nationalRegistry declares the country, a province within none and a
// county within the province; 教育部 is the country's.
const nationalRegistry = `
- government: china
  name: 中华人民共和国
  en: People's Republic of China
  national: true
- government: anhui
  name: 安徽省
  en: Anhui Province
- government: qingshan
  name: 青山县
  en: Qingshan County
  within: anhui
- name: 国务院
  en: State Council
  kind: government
  scope: china
  slug: cn-state-council
- name: 教育部
  aliases: [中华人民共和国教育部]
  en: Ministry of Education
  kind: government
  scope: china
  slug: cn-education
- name: 省教育厅
  en: Anhui Provincial Department of Education
  kind: government
  scope: anhui
  slug: ah-education-department
`

// TestNationalGovernment: the national government (national: true) is
// one every government lies within, declared or read from an issuer, so a
// ministry named in any plan is the country's, one department on one page,
// grouped under the country; a plan the State Council or a ministry issues
// is the country's. Before, a ministry had to be an entry of no
// government, which groups with the bodies of none known.
func TestNationalGovernment(t *testing.T) {
	reg, err := ParseRegistry("reg.yaml", []byte(nationalRegistry))
	if err != nil {
		t.Fatal(err)
	}
	for _, tt := range []struct {
		issuer, gov string
	}{
		{"国务院", "china"},
		{"中华人民共和国教育部", "china"},
		{"安徽省人民政府", "anhui"},
		{"青山县人民政府", "qingshan"},
		{"湖南省安化县人民政府", "hunan-anhua"}, // a place the registry does not declare
	} {
		t.Run(tt.issuer, func(t *testing.T) {
			doc := &plan.Document{Slug: "x", File: "seeds/x.txt", Meta: plan.Meta{Issuer: tt.issuer}}
			rs := NewResolver(reg, doc)
			if rs.Gov == nil || rs.Gov.ID != tt.gov {
				t.Fatalf("government: have %+v, want %s", rs.Gov, tt.gov)
			}
			e := rs.Resolve("教育部", 0)
			if e.Slug != "cn-education" || e.Gov == nil || e.Gov.ID != "china" {
				t.Errorf("教育部: have %s of %+v, want cn-education of china", e.Slug, e.Gov)
			}
			if !reg.Sees(tt.gov, "china") {
				t.Errorf("Sees(%s, china) is false, want true", tt.gov)
			}
		})
	}
	for _, tt := range []struct{ name, yaml, want string }{
		{"two countries", nationalRegistry + "- government: other\n  name: 某国\n  en: Other\n  national: true\n", "national, as china already is"},
		{"within another", "- government: anhui\n  name: 安徽省\n  en: Anhui\n- government: china\n  name: 中国\n  en: China\n  national: true\n  within: anhui\n", "national, so within no other"},
		{"not a truth", "- government: china\n  name: 中国\n  en: China\n  national: yes\n", "national: expected true or false"},
	} {
		t.Run(tt.name, func(t *testing.T) {
			_, err := ParseRegistry("reg.yaml", []byte(tt.yaml))
			if err == nil || !strings.Contains(err.Error(), tt.want) {
				t.Errorf("have %v, want an error containing %q", err, tt.want)
			}
		})
	}
}

// TestOwnAliases: a form only the body's own government's plans use
// (own_aliases) names it there and nowhere else: 人民银行 in a State
// Council plan is the central bank; in a county's it is the county's
// branch, which the registry does not know.
func TestOwnAliases(t *testing.T) {
	reg, err := ParseRegistry("reg.yaml", []byte(nationalRegistry+`- name: 中国人民银行
  own_aliases: [人民银行]
  en: People's Bank of China
  kind: government
  scope: china
  slug: cn-pboc
`))
	if err != nil {
		t.Fatal(err)
	}
	for _, tt := range []struct{ issuer, want string }{
		{"国务院", "cn-pboc"},
		{"安徽省人民政府", ""},
		{"青山县人民政府", ""},
	} {
		doc := &plan.Document{Slug: "x", File: "seeds/x.txt", Meta: plan.Meta{Issuer: tt.issuer}}
		rs := NewResolver(reg, doc)
		e := rs.Resolve("人民银行", 0)
		have := e.Slug
		if !e.Known {
			have = ""
		}
		if have != tt.want {
			t.Errorf("人民银行 in a plan of %s: have %q, want %q", tt.issuer, have, tt.want)
		}
		if e := rs.Resolve("中国人民银行", 0); e.Slug != "cn-pboc" {
			t.Errorf("中国人民银行 in a plan of %s: have %s, want cn-pboc", tt.issuer, e.Slug)
		}
	}
	for _, tt := range []struct{ name, yaml, want string }{
		{"without scope", "- name: 某银行\n  own_aliases: [银行]\n  en: A Bank\n  kind: government\n  slug: a-bank\n", `own alias "银行" of 某银行: an entry without scope`},
		{"taken in its scope", nationalRegistry + "- name: 某部\n  own_aliases: [教育部]\n  en: Some Ministry\n  kind: government\n  scope: china\n  slug: cn-some\n", `name "教育部" of 某部 already names 教育部`},
		{"then taken by a name", nationalRegistry + "- name: 某部\n  own_aliases: [某]\n  en: Some Ministry\n  kind: government\n  scope: china\n  slug: cn-some\n- name: 某\n  en: Some\n  kind: government\n  scope: china\n  slug: cn-mou\n", `name "某" of 某 already names 某部`},
	} {
		t.Run(tt.name, func(t *testing.T) {
			_, err := ParseRegistry("reg.yaml", []byte(tt.yaml))
			if err == nil || !strings.Contains(err.Error(), tt.want) {
				t.Errorf("have %v, want an error containing %q", err, tt.want)
			}
		})
	}
}
