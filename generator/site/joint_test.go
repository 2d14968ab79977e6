package site_test

import (
	"encoding/json"
	"strings"
	"testing"
	"testing/fstest"

	"plansite/generator/cdp"
	"plansite/generator/internal/library"
	"plansite/generator/site"
)

// jointSeed is a Party committee's and its government's joint 意见, as they
// print it: both bodies over its title, its date under.
const jointSeed = "中共淄川区委 淄川区人民政府\n关于加快推进乡村振兴的实施意见\n（2023年5月6日）\n\n" +
	"为加快推进乡村振兴，现提出如下意见。\n\n一、总体要求\n\n坚持农业农村优先发展。\n\n二、重点任务\n\n（一）发展乡村产业。培育特色产业。（区农业农村局负责）\n"

// jointSite is the frozen project with the joint 意见 beside its plan,
// built.
func jointSite(t *testing.T) *site.Site {
	t.Helper()
	fsys, err := library.Project(1)
	if err != nil {
		t.Fatal(err)
	}
	fsys["seeds/zichuan-joint-2023.txt"] = &fstest.MapFile{Data: []byte(jointSeed)}
	s, err := site.Build(fsys)
	if err != nil {
		t.Fatal(err)
	}
	return s
}

// TestJointIssuers: a plan two bodies issue jointly is listed under each
// in the library (its card links both, each issuer's page lists it), the
// search filter offers each body and the index gives the plan both, its
// schema.org block names both organizations, and its English page names
// both in English.
func TestJointIssuers(t *testing.T) {
	s := jointSite(t)
	var joint, single card
	for _, c := range cards(t, s, "zh/index.html") {
		switch c.Slug {
		case "zichuan-joint-2023":
			joint = c
		case "zichuan-education-2022":
			single = c
		}
	}
	gov := single.Facet["issuer"]
	if gov == "" || strings.Contains(gov, " ") {
		t.Fatalf("the single plan's card: data-issuer %q, want one slug", gov)
	}
	slugs := strings.Fields(joint.Facet["issuer"])
	if len(slugs) != 2 || slugs[1] != gov {
		t.Errorf("the joint plan's card: data-issuer %q, want the Party committee's slug and %q", joint.Facet["issuer"], gov)
	}
	if !strings.Contains(joint.Text, "中共淄川区委、淄川区人民政府") {
		t.Errorf("the joint plan's card: have %q, want both issuers", joint.Text)
	}
	for _, lang := range []string{"zh", "en"} {
		for _, slug := range slugs {
			page := lang + "/plans/issuer/" + slug + "/index.html"
			var listed []string
			for _, c := range cards(t, s, page) {
				listed = append(listed, c.Slug)
			}
			want := []string{"zichuan-joint-2023"}
			if slug == gov {
				want = append(want, "zichuan-education-2022")
			}
			if strings.Join(listed, " ") != strings.Join(want, " ") {
				t.Errorf("%s: have %v, want %v", page, listed, want)
			}
		}
	}
	results := string(s.Files["zh/search/index.html"])
	for _, want := range []string{"<option>中共淄川区委</option>", "<option>淄川区人民政府</option>"} {
		if !strings.Contains(results, want) {
			t.Errorf("zh/search/index.html: want %s in the issuer filter", want)
		}
	}
	var manifest struct {
		Docs []struct {
			Slug    string   `json:"slug"`
			Issuers []string `json:"issuers"`
		} `json:"docs"`
	}
	if err := json.Unmarshal(s.Files["zh/search/manifest.json"], &manifest); err != nil {
		t.Fatal(err)
	}
	for _, d := range manifest.Docs {
		if d.Slug == "zichuan-joint-2023" && strings.Join(d.Issuers, "|") != "中共淄川区委|淄川区人民政府" {
			t.Errorf("search manifest: have issuers %q, want both bodies", d.Issuers)
		}
	}
	page := string(s.Files["zh/zichuan-joint-2023/index.html"])
	if want := `"legislationPassedBy":[{"@type":"GovernmentOrganization","name":"中共淄川区委"},{"@type":"GovernmentOrganization","name":"淄川区人民政府"}]`; !strings.Contains(page, want) {
		t.Errorf("zh/zichuan-joint-2023/: want %s in its JSON-LD", want)
	}
	// Each body by its registry's English name, as the library's filter
	// names it.
	en := string(s.Files["en/zichuan-joint-2023/index.html"])
	if want := "<dd>CPC District Committee and Zichuan District People&#39;s Government</dd>"; !strings.Contains(en, want) {
		t.Errorf("en/zichuan-joint-2023/: want the issuers named in English, %s", want)
	}
}

// TestJointIssuersInBrowser: with script, the library's filter by either
// body of a joint issue shows the plan, in place.
func TestJointIssuersInBrowser(t *testing.T) {
	t.Parallel()
	if testing.Short() {
		t.Skip("browser test")
	}
	s := jointSite(t)
	srv := serve(t, s)
	b := cdp.Start(t, 1280, 900)
	must(t, b.Navigate(srv.URL+"/zh/"))
	must(t, b.WaitFor(`document.querySelector('[data-library][data-ready]')`))
	for _, tt := range []struct {
		slug string
		want []string
	}{
		{"zichuan-government", []string{"zichuan-education-2022", "zichuan-joint-2023"}},
		{"cpc-district-committee", []string{"zichuan-joint-2023"}},
	} {
		var shown []string
		err := b.Eval(`(function () {
			var a = document.querySelector('[data-facet-group] a[data-facet="issuer"][data-value="`+tt.slug+`"]');
			if (!a) return ['no filter link'];
			a.click();
			var out = [...document.querySelectorAll('[data-lib-list] > li')].filter(li => !li.hidden)
				.map(li => li.querySelector('h2 a').getAttribute('href').replace(/\/$/, '').split('/').pop()).sort();
			a.click(); // off again
			return out; })()`, &shown)
		if err != nil {
			t.Fatal(err)
		}
		if strings.Join(shown, " ") != strings.Join(tt.want, " ") {
			t.Errorf("issuer %s: cards shown %v, want %v", tt.slug, shown, tt.want)
		}
	}
}
