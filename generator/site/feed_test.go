package site_test

import (
	"encoding/xml"
	"slices"
	"strings"
	"testing"
	"testing/fstest"
)

// atomFeed is what TestFeeds reads of an Atom feed.
type atomFeed struct {
	XMLName xml.Name `xml:"http://www.w3.org/2005/Atom feed"`
	Title   string   `xml:"title"`
	ID      string   `xml:"id"`
	Updated string   `xml:"updated"`
	Author  []string `xml:"author>name"`
	Links   []struct {
		Rel  string `xml:"rel,attr"`
		Href string `xml:"href,attr"`
	} `xml:"link"`
	Entries []struct {
		Title struct {
			Lang string `xml:"http://www.w3.org/XML/1998/namespace lang,attr"`
			Text string `xml:",chardata"`
		} `xml:"title"`
		Link struct {
			Href string `xml:"href,attr"`
		} `xml:"link"`
		ID      string   `xml:"id"`
		Updated string   `xml:"updated"`
		Authors []string `xml:"author>name"`
		Summary string   `xml:"summary"`
	} `xml:"entry"`
}

// TestFeeds checks the library's Atom feeds: the whole library's and a
// filter's, newest first, every entry's page a page of the site, the
// Chinese title of a plan not yet translated marked as Chinese, the feed
// linked from its listing's page; and no feed without a baseURL.
func TestFeeds(t *testing.T) {
	const base = "https://plans.zichuan.example.gov.cn"
	fsys := withSeed(t, "rule-2016.txt", namesakeSeed(2016, 3, "区教体局"), "rule-2024.txt", namesakeSeed(2024, 5, "区教体局"))
	s, page := buildPages(t, fsys)
	read := func(name string) atomFeed {
		t.Helper()
		var f atomFeed
		if err := xml.Unmarshal([]byte(page(name)), &f); err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		return f
	}

	f := read("en/feed.xml")
	if f.Title != "Plans in the open" || f.ID != base+"/en/feed.xml" || f.Updated != "2024-03-01T00:00:00+08:00" || len(f.Author) != 1 {
		t.Errorf("the feed's head: title %q, id %q, updated %q, authors %q", f.Title, f.ID, f.Updated, f.Author)
	}
	var have []string
	for _, e := range f.Entries {
		have = append(have, e.Updated[:10]+" "+e.Title.Lang+" "+e.Title.Text)
		path := strings.TrimPrefix(e.Link.Href, base+"/")
		if e.ID != e.Link.Href || s.Files[path+"index.html"] == nil {
			t.Errorf("entry %q links to %q (id %q), which is no page of the site", e.Title.Text, e.Link.Href, e.ID)
		}
		if len(e.Authors) == 0 || e.Summary == "" {
			t.Errorf("entry %q: authors %q, summary %q", e.Title.Text, e.Authors, e.Summary)
		}
	}
	want := []string{
		"2024-03-01  Measures of Mou District (Mou Zheng Fa [2024] No. 5)",
		"2022-12-28  Zichuan District 14th Five-Year Plan for Education Development",
		"2016-03-01  Measures of Mou District (Mou Zheng Fa [2016] No. 3)",
	}
	if !slices.Equal(have, want) {
		t.Errorf("entries\nhave %q\nwant %q", have, want)
	}
	if e := f.Entries[1]; e.Summary != "Chuan Zheng Fa [2022] No. 10 · Zichuan District People's Government · 28 December 2022 · 2021–2025 · Plan period ended" {
		t.Errorf("summary %q", e.Summary)
	}

	year := read("zh/plans/year/2024/feed.xml")
	if len(year.Entries) != 1 || year.Entries[0].Link.Href != base+"/zh/rule-2024/" {
		t.Errorf("the year 2024's feed lists %d plans: %+v", len(year.Entries), year.Entries)
	}
	for _, tt := range []struct{ page, want string }{
		{"en/index.html", `<link rel="alternate" type="application/atom+xml" title="Follow new plans (Atom feed)" href="feed.xml">`},
		{"en/index.html", `<a class="lib-feed" href="feed.xml" type="application/atom+xml">`},
		{"zh/plans/year/2024/by-title/index.html", `<link rel="alternate" type="application/atom+xml" title="订阅更新（Atom）" href="../feed.xml">`},
	} {
		if !strings.Contains(page(tt.page), tt.want) {
			t.Errorf("%s lacks %s", tt.page, tt.want)
		}
	}

	fsys["content/site.yaml"] = &fstest.MapFile{Data: []byte("# no baseURL\n")}
	s, page = buildPages(t, fsys)
	if _, ok := s.Files["en/feed.xml"]; ok || strings.Contains(page("en/index.html"), "atom+xml") {
		t.Error("a site without a baseURL has a feed")
	}
}
