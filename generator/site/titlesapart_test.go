package site

import (
	"context"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"testing/fstest"
	"unicode/utf8"

	"plansite/generator/internal/testproject"
)

// TestRuleTitlesApart: two plans the rule would title alike (two
// implementing opinions of one general office, on subjects the rule cannot
// name) are told apart by their document numbers in the title itself,
// and a third of the same title without a number by its year; the page's
// plain title gives the number once, a citation the title before it.
// A plan whose title by rule no other shares has no number in it.
func TestRuleTitlesApart(t *testing.T) {
	m := testproject.Map(t)
	for slug, text := range map[string]string{
		"circulation": "江西省人民政府办公厅关于加快发展夜间经济促进夜市消费的实施意见\n赣府厅发〔2020〕7号\n各市、县（区）人民政府：\n为促进消费，提出如下意见。\n一、总体要求\n加快发展。\n江西省人民政府办公厅\n2020年3月1日\n",
		"infant-care": "江西省人民政府办公厅关于促进夜景照明服务发展的实施意见\n赣府厅发〔2020〕12号\n各市、县（区）人民政府：\n为促进照护服务发展，提出如下意见。\n一、总体要求\n促进发展。\n江西省人民政府办公厅\n2020年5月6日\n",
		"no-number":   "江西省人民政府办公厅关于做好夜间经济工作的实施意见\n各市、县（区）人民政府：\n为做好工作，提出如下意见。\n一、总体要求\n做好工作。\n江西省人民政府办公厅\n2021年7月8日\n",
		"alone":       "江西省人民政府关于鹰潭港总体规划的批复\n赣府字〔2020〕15号\n鹰潭市人民政府：\n你市报来的规划收悉。\n江西省人民政府\n2020年4月1日\n",
	} {
		m["seeds/"+slug+".txt"] = &fstest.MapFile{Data: []byte(text)}
	}
	b := loadOnce(t, m)
	const of = "Implementing Opinions of the General Office of the Jiangxi Provincial People's Government"
	for _, c := range []struct{ slug, want, plain string }{
		{"circulation", of + " (Gan Fu Ting Fa [2020] No. 7)", of + " (Gan Fu Ting Fa [2020] No. 7)"},
		{"infant-care", of + " (Gan Fu Ting Fa [2020] No. 12)", of + " (Gan Fu Ting Fa [2020] No. 12)"},
		{"no-number", of + " (2021)", of + " (2021)"},
		{"alone", "Reply of the Jiangxi Provincial People's Government on the Yingtan Port Master Plan", "Reply of the Jiangxi Provincial People's Government on the Yingtan Port Master Plan (Gan Fu Zi [2020] No. 15)"},
	} {
		d := b.Plan("en", c.slug)
		if have := d.Title(); have != c.want {
			t.Errorf("%s: have title %q, want %q", c.slug, have, c.want)
		}
		if have := d.PlainTitle(); have != c.plain {
			t.Errorf("%s: have plain title %q, want %q", c.slug, have, c.plain)
		}
		if zh := b.Plan("zh", c.slug).Title(); strings.Contains(zh, "(") {
			t.Errorf("%s: the Chinese title %q takes a number", c.slug, zh)
		}
	}
}

// TestLibraryTitlesUnique: in a library of every corpus and more document
// (originals where there are some; PDFs where pdftotext is installed) and
// the frozen plan, no two plans share an English title: the subjects
// vocabulary names the two Shandong five-year plans' subjects, and plans
// the rule still titles alike (Jiangxi's general office's opinions and
// notices) are told apart by their numbers. (Slow: parses 44 documents.)
func TestLibraryTitlesUnique(t *testing.T) {
	if testing.Short() {
		t.Skip("parses the corpus and more libraries")
	}
	b, pdfErr := corpusLibrary(t)
	seen := map[string]string{}
	for _, d := range b.views["en"] {
		title := d.Title()
		if other, ok := seen[title]; ok {
			t.Errorf("%s and %s share the English title %q", other, d.Slug, title)
		}
		seen[title] = d.Slug
	}
	for slug, want := range map[string]string{
		"shandong-education-2021": "14th Five-Year Plan of Shandong Province for Education Development",
		"shandong-science-2021":   "14th Five-Year Plan of Shandong Province for Scientific and Technological Innovation",
		// Several issuers, each with its article (a PDF: where pdftotext is).
		"shanghai-gift-2021": "Notice of the Shanghai Municipal Housing and Urban-Rural Development and Management Commission, " +
			"the Shanghai Municipal Housing Administration Bureau and the Shanghai Municipal Natural Resources Rights Confirmation and Registration Bureau " +
			"on Strengthening Housing Gift Administration",
	} {
		if d := b.Plan("en", slug); (d != nil || pdfErr == nil) && (d == nil || d.Title() != want) {
			t.Errorf("%s: have title %v, want %q", slug, d, want)
		}
	}
	t.Logf("%d plans, %d English titles", len(b.views["en"]), len(seen))
}

// stateCouncil are the registry's entries of the State Council and its
// General Office, as content/departments.yaml has them.
const stateCouncil = `
- name: 国务院
  full: 中华人民共和国国务院
  aliases: [中华人民共和国国务院]
  en: State Council
  kind: government
  scope: china
  slug: cn-state-council

- name: 国务院办公厅
  aliases: [国办]
  en: General Office of the State Council
  kind: government
  scope: china
  slug: cn-state-council-general-office
`

// corpusLibrary loads a library of every corpus and more document
// (originals where there are some; PDFs where pdftotext is installed) and
// the frozen plan; the error is pdftotext's absence.
func corpusLibrary(t *testing.T) (*builder, error) {
	t.Helper()
	_, pdfErr := exec.LookPath("pdftotext")
	m := testproject.Map(t)
	// The State Council's documents of more/ are issued by bodies the
	// frozen registry predates; the live registry names them so.
	m["content/departments.yaml"].Data = append(m["content/departments.yaml"].Data, stateCouncil...)
	for _, dir := range []string{"corpus", "more"} {
		files, err := filepath.Glob(filepath.Join("..", "testdata", dir, "*.*"))
		if err != nil {
			t.Fatal(err)
		}
		have := map[string]string{} // slug → the file taken: an original, which sorts before its text
		for _, f := range files {
			ext := filepath.Ext(f)
			slug := strings.TrimSuffix(filepath.Base(f), ext)
			switch {
			case ext == ".md" || ext == ".yaml" || ext == ".golden",
				ext == ".pdf" && pdfErr != nil,
				ext == ".txt" && have[slug] != "":
				continue
			}
			data, err := os.ReadFile(f)
			if err != nil {
				t.Fatal(err)
			}
			m["seeds/"+filepath.Base(f)] = &fstest.MapFile{Data: data}
			have[slug] = f
		}
	}
	return loadOnce(t, m), pdfErr
}

// TestLibraryTitlesNameSubjects: every English title the rule makes for a
// corpus or more document names what the document is about, as its
// Chinese title does, where it read "Measures of Shenyang" or "List of
// Beijing", or stayed in Chinese; the vocabulary is content/i18n's
// subjects.yaml. (Slow: parses 44 documents.)
func TestLibraryTitlesNameSubjects(t *testing.T) {
	if testing.Short() {
		t.Skip("parses the corpus and more libraries")
	}
	b, _ := corpusLibrary(t)
	for _, d := range b.views["en"] {
		if !d.TitleByRule() && d.TitlePending() {
			t.Errorf("%s: the English title stays in Chinese: %s", d.Slug, d.Title())
			continue
		}
		if !d.TitleByRule() {
			continue // an editor's title
		}
		title := d.TitleAlone()
		if !utf8.ValidString(title) {
			t.Errorf("%s: the English title %q is not UTF-8", d.Slug, title)
		}
		if !strings.Contains(title, " for ") && !strings.Contains(title, " on ") {
			t.Errorf("%s: the English title %q names no subject (Chinese %q)", d.Slug, title, b.Plan("zh", d.Slug).Title())
		}
		t.Logf("%s: %s", d.Slug, title)
	}
}

// TestLibraryIssuersOnce: the library's filter by issuing authority lists
// each body once, however its plans print it: the Shanghai housing
// administration bureau, 市房屋管理局 in a joint notice and 上海市房屋管理局
// in another, was listed twice, under two slugs. (Slow: parses 44
// documents.)
func TestLibraryIssuersOnce(t *testing.T) {
	if testing.Short() {
		t.Skip("parses the corpus and more libraries")
	}
	b, _ := corpusLibrary(t)
	issuer := regexp.MustCompile(`data-facet="issuer" data-value="([^"]*)">([^<]*)<`)
	for _, lang := range []string{"zh", "en"} {
		page, _, err := (&Project{b}).File(context.Background(), lang+"/index.html", Limits{})
		if err != nil {
			t.Fatal(err)
		}
		seen := map[string]string{} // name → its filter's value
		for _, m := range issuer.FindAllStringSubmatch(string(page), -1) {
			if m[2] == "" {
				continue // a name marked Chinese: its text is in a span
			}
			if v, ok := seen[m[2]]; ok && v != m[1] {
				t.Errorf("%s/index.html: the issuer filter has %s as %s and as %s", lang, m[2], v, m[1])
			}
			seen[m[2]] = m[1]
		}
		if len(seen) < 20 {
			t.Errorf("%s/index.html: %d issuers in the filter, want the library's", lang, len(seen))
		}
	}
}
