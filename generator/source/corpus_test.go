package source_test

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"plansite/generator/parse"
	"plansite/generator/plan"
	"plansite/generator/source"
)

// corpus is where the originals and their plain extractions are.
const corpus = "../testdata/corpus"

// originals are the corpus files published as Word, PDF or HTML, each
// beside its .txt extraction.
var originals = []string{
	"beijing-railway-safety-2023.docx",
	"mingxi-realestate-2022.pdf",
	"fuzhou-realestate-2016.pdf",
	"xicheng-enrollment-2020.html",
	"anhua-realestate-2022.html",
	"beijing-samr-bizenv-2025.html",
	"jiangxi-grain-workpoints-2020.html",
}

// structure lists a document's numbered nodes as eId kind num heading, the
// outline that must come out the same from the original and its .txt.
func structure(doc *plan.Document, numbered bool) []string {
	var out []string
	doc.Walk(func(n *plan.Node) bool {
		if (n.Num != "") == numbered && (n.Num != "" || n.Heading != "") {
			out = append(out, fmt.Sprintf("%s %s %s %s", n.EID, n.Kind, n.Num, n.Heading))
		}
		return true
	})
	return out
}

// titles are the documents' own titles: the portal pages' plain
// extractions start with the metadata block, which the parser of .txt
// takes for the title; read from the page, the metadata goes into the
// metadata and the title is the page's heading. That is where the outline
// from the original beats the one from the .txt.
var titles = map[string]string{
	"xicheng-enrollment-2020.html":       "北京市西城区教育委员会关于西城区2020年义务教育阶段入学工作的实施意见",
	"beijing-samr-bizenv-2025.html":      "北京市市场监督管理局2025年全面优化营商环境打造“北京服务”工作方案",
	"jiangxi-grain-workpoints-2020.html": "2020年全省粮食和物资储备改革发展工作要点",
}

// TestCompareOutlines parses each original and its .txt: every numbered
// heading of the .txt must come out of the original with the same eId,
// kind, number and heading, and the original must not add numbered ones.
// Unnumbered headings (titles) may differ only where the original is
// right, as titles says.
func TestCompareOutlines(t *testing.T) {
	for _, f := range originals {
		t.Run(f, func(t *testing.T) {
			if strings.HasSuffix(f, ".pdf") {
				needPdftotext(t)
			}
			orig, err := os.ReadFile(filepath.Join(corpus, f))
			if err != nil {
				t.Fatal(err)
			}
			doc, err := source.ParseBytes(f, orig)
			if err != nil {
				t.Fatal(err)
			}
			txt := strings.TrimSuffix(f, filepath.Ext(f)) + ".txt"
			data, err := os.ReadFile(filepath.Join(corpus, txt))
			if err != nil {
				t.Fatal(err)
			}
			want, err := parse.Parse(txt, data)
			if err != nil {
				t.Fatal(err)
			}
			have, wantS := structure(doc, true), structure(want, true)
			for _, l := range diff(have, wantS) {
				t.Errorf("numbered headings differ from the .txt's: %s", l)
			}
			if len(have) == 0 {
				t.Errorf("no numbered headings read from %s", f)
			}
			if title, ok := titles[f]; ok && doc.Meta.Title != title && !strings.Contains(doc.Meta.NoticeTitle, title) {
				t.Errorf("title: have %q, want %q", doc.Meta.Title, title)
			}
			t.Logf("%d numbered headings, as in the .txt; unnumbered headings: %v", len(have), diff(structure(doc, false), structure(want, false)))
		})
	}
}

func diff(a, b []string) []string {
	inA := map[string]bool{}
	for _, s := range a {
		inA[s] = true
	}
	inB := map[string]bool{}
	for _, s := range b {
		inB[s] = true
	}
	var out []string
	for _, s := range a {
		if !inB[s] {
			out = append(out, "+ "+s)
		}
	}
	for _, s := range b {
		if !inA[s] {
			out = append(out, "- "+s)
		}
	}
	return out
}

func needPdftotext(t *testing.T) {
	t.Helper()
	if _, err := execLookPath("pdftotext"); err != nil {
		t.Skip("pdftotext (poppler-utils) is not installed")
	}
}
