package source_test

import (
	"fmt"
	"os"
	"strings"
	"testing"
	"unicode"

	"plansite/generator/parse"
	"plansite/generator/plan"
	"plansite/generator/source"
)

// paragraphed are the originals whose paragraphs are marked up as such
// (Word paragraphs, HTML blocks): there the source says where each
// paragraph ends, and the model's paragraphs can be compared with it.
var paragraphed = []string{
	"beijing-railway-safety-2023.docx",
	"xicheng-enrollment-2020.html",
	"anhua-realestate-2022.html",
	"beijing-samr-bizenv-2025.html",
	"jiangxi-grain-workpoints-2020.html",
}

// lined are the corpus texts stored one paragraph a line (extractions of
// pages and Word files by their collectors; SOURCES.md): there the lines
// are the source's paragraphs.
var lined = []string{
	"aba-gov-data-2021.txt",
	"anhui-industrial-internet-2021.txt",
	"anhui-rcep-2022.txt",
	"shandong-education-2021.txt",
	"shandong-science-2021.txt",
	"zhejiang-urban-waterlogging-2021.txt",
}

// laidOut are the PDF originals: a PDF prints lines, not paragraphs, so the
// source's paragraphs are a list checked by hand against the printed pages
// (testdata/ends/NAME.paras, one paragraph a line; its README says how it
// was made). The model is read from the PDF and from its .txt extraction.
var laidOut = []string{
	"mingxi-realestate-2022.pdf",
	"fuzhou-realestate-2016.pdf",
}

// ends is the comparison of a model's paragraphs with the source's.
type ends struct {
	paragraphs int      // paragraphs of the model found in the source
	atEnd      int      // of them, those that end where a source paragraph ends
	merged     int      // source paragraph ends inside a model paragraph
	joined     []string // model paragraphs that join source paragraphs
	missing    []string // model paragraphs not found in the source
	wrong      []string // paragraphs of the model ending inside a source paragraph
}

func (e ends) percent() float64 {
	if e.paragraphs == 0 {
		return 100
	}
	return 100 * float64(e.atEnd) / float64(e.paragraphs)
}

// TestParagraphEnds checks the real measure behind "paragraphs whole": for
// each original with paragraph structure, every paragraph of the model
// (each heading standing alone, each text with the responsibility list
// taken from its end) is looked up in the source's paragraphs, in order,
// and must end where a source paragraph ends, not inside one. The model is
// read both from the original and from its plain .txt extraction; the
// corpus texts stored one paragraph a line are compared with their lines;
// the PDFs with their paragraphs listed by hand (laidOut), both ways. At least
// 95% of the paragraphs must end where the source's do; the figures are
// logged per document (go test -v -run TestParagraphEnds ./generator/source).
func TestParagraphEnds(t *testing.T) {
	var report strings.Builder
	fmt.Fprintf(&report, "%-36s %-9s %6s %6s %6s %6s\n", "document", "read from", "paras", "atEnd", "merged", "ends")
	for _, f := range paragraphed {
		text, err := source.Read(os.DirFS(corpus), f)
		if err != nil {
			t.Fatal(err)
		}
		var src []string
		for _, l := range text.Lines {
			src = append(src, l.Text)
		}
		txt := strings.TrimSuffix(f, f[strings.LastIndex(f, "."):]) + ".txt"
		data, err := os.ReadFile(corpus + "/" + txt)
		if err != nil {
			t.Fatal(err)
		}
		fromTxt, err := parse.Parse(txt, data)
		if err != nil {
			t.Fatal(err)
		}
		for _, c := range []struct {
			from string
			doc  *plan.Document
		}{{f[strings.LastIndex(f, ".")+1:], text.Document()}, {"txt", fromTxt}} {
			e := compareEnds(c.doc, src)
			fmt.Fprintf(&report, "%-36s %-9s %6d %6d %6d %5.0f%%\n", strings.TrimSuffix(txt, ".txt"), c.from, e.paragraphs, e.atEnd, e.merged, e.percent())
			if len(e.wrong) > 0 {
				t.Logf("%s read from %s: ending inside a source paragraph: %q", f, c.from, e.wrong)
			}
			if len(e.joined) > 0 {
				t.Logf("%s read from %s: joining source paragraphs: %q", f, c.from, e.joined)
			}
			if e.percent() < 95 {
				t.Errorf("%s read from %s: %.0f%% of %d paragraphs end where the source's do, want at least 95%%; ending inside a source paragraph: %q",
					f, c.from, e.percent(), e.paragraphs, e.wrong)
			}
			if len(e.missing) > len(src)/20 {
				t.Errorf("%s read from %s: %d paragraphs of the model not found in the source: %q", f, c.from, len(e.missing), e.missing)
			}
		}
	}
	for _, f := range lined {
		data, err := os.ReadFile(corpus + "/" + f)
		if err != nil {
			t.Fatal(err)
		}
		doc, err := parse.Parse(f, data)
		if err != nil {
			t.Fatal(err)
		}
		src := strings.Split(string(data), "\n")
		e := compareEnds(doc, src)
		fmt.Fprintf(&report, "%-36s %-9s %6d %6d %6d %5.0f%%\n", strings.TrimSuffix(f, ".txt"), "txt", e.paragraphs, e.atEnd, e.merged, e.percent())
		if len(e.wrong) > 0 {
			t.Logf("%s: ending inside a source paragraph: %q", f, e.wrong)
		}
		if len(e.joined) > 0 {
			t.Logf("%s: joining source paragraphs: %q", f, e.joined)
		}
		if e.percent() < 95 {
			t.Errorf("%s: %.0f%% of %d paragraphs end where the source's do, want at least 95%%", f, e.percent(), e.paragraphs)
		}
		if len(e.missing) > len(src)/20 {
			t.Errorf("%s: %d paragraphs of the model not found in the source: %q", f, len(e.missing), e.missing)
		}
	}
	t.Run("pdf", func(t *testing.T) {
		needPdftotext(t)
		for _, f := range laidOut {
			base := strings.TrimSuffix(f, ".pdf")
			paras, err := os.ReadFile("testdata/ends/" + base + ".paras")
			if err != nil {
				t.Fatal(err)
			}
			src := strings.Split(strings.TrimSuffix(string(paras), "\n"), "\n")
			fromPDF, err := source.Read(os.DirFS(corpus), f)
			if err != nil {
				t.Fatal(err)
			}
			data, err := os.ReadFile(corpus + "/" + base + ".txt")
			if err != nil {
				t.Fatal(err)
			}
			fromTxt, err := parse.Parse(base+".txt", data)
			if err != nil {
				t.Fatal(err)
			}
			for _, c := range []struct {
				from string
				doc  *plan.Document
			}{{"pdf", fromPDF.Document()}, {"txt", fromTxt}} {
				e := compareEnds(c.doc, src)
				fmt.Fprintf(&report, "%-36s %-9s %6d %6d %6d %5.0f%%\n", base, c.from, e.paragraphs, e.atEnd, e.merged, e.percent())
				if len(e.joined) > 0 {
					t.Logf("%s read from %s: joining source paragraphs: %q", f, c.from, e.joined)
				}
				if e.percent() < 95 {
					t.Errorf("%s read from %s: %.0f%% of %d paragraphs end where the source's do, want at least 95%%; ending inside a source paragraph: %q",
						f, c.from, e.percent(), e.paragraphs, e.wrong)
				}
				// And the other way: at least 95% of the source's paragraphs
				// end a paragraph of the model, so that joining two printed
				// paragraphs into one counts against it as well as breaking
				// one at a printed line.
				if got := 100 * float64(e.atEnd) / float64(len(src)); got < 95 {
					t.Errorf("%s read from %s: %.0f%% of the source's %d paragraphs end a paragraph of the model, want at least 95%%; joining source paragraphs: %q",
						f, c.from, got, len(src), e.joined)
				}
				if len(e.missing) > 0 {
					t.Errorf("%s read from %s: paragraphs of the model not found in the source: %q", f, c.from, e.missing)
				}
			}
		}
	})
	t.Log("\n" + report.String())
}

// compareEnds looks each model paragraph up in the source paragraphs src,
// in document order, by its first and last characters.
func compareEnds(doc *plan.Document, src []string) ends {
	var stream []rune
	isEnd := map[int]bool{} // offsets in stream just after a source paragraph
	for _, s := range src {
		r := norm(s)
		if len(r) == 0 {
			continue
		}
		stream = append(stream, r...)
		isEnd[len(stream)] = true
	}
	var e ends
	cursor := 0
	for _, p := range modelParagraphs(doc) {
		r := norm(p)
		if len(r) == 0 {
			continue
		}
		head, tail := r[:min(len(r), 8)], r[max(0, len(r)-10):]
		a := index(stream, head, cursor)
		if a < 0 {
			e.missing = append(e.missing, clipRunes(r))
			continue
		}
		b := index(stream, tail, a+len(r)-len(tail))
		if b < 0 {
			e.missing = append(e.missing, clipRunes(r))
			continue
		}
		end := b + len(tail)
		e.paragraphs++
		if isEnd[end] {
			e.atEnd++
		} else {
			e.wrong = append(e.wrong, clipRunes(r))
		}
		for o := a + 1; o < end; o++ {
			if isEnd[o] {
				e.merged++
				e.joined = append(e.joined, clipRunes(r))
			}
		}
		cursor = end
	}
	return e
}

// modelParagraphs lists the text of every paragraph of doc as the source
// printed it: a heading standing alone is one, a run-in heading is printed
// with its text, and a responsibility list taken from the end of a text (or
// of a heading without text) is put back. Tables are left out: their cells
// are not paragraphs.
func modelParagraphs(doc *plan.Document) []string {
	var out []string
	doc.Walk(func(n *plan.Node) bool {
		switch n.Kind {
		case plan.KindTable, plan.KindTOC:
			return false
		}
		raw := ""
		if n.Resp != nil {
			raw = n.Resp.Raw
		}
		stop := ""
		if n.RunIn {
			stop = "。" // the heading's full stop, which Heading leaves out
		}
		switch {
		case n.Heading != "" && len(n.Children) > 0 && n.Children[0].Line == n.Line && n.Text == "":
			// A chapter heading printed on the line of its first article
			// ("第一章　总则　　第一条 …"): a heading, no paragraph.
		case n.Heading != "" && n.Text != "" && n.RunIn:
			out = append(out, n.Num+n.Heading+n.Text+raw)
		case n.Heading != "" && n.Text != "":
			out = append(out, n.Num+n.Heading, n.Text+raw)
		case n.Heading != "":
			out = append(out, n.Num+n.Heading+stop+raw)
		case n.Text != "":
			out = append(out, n.Num+n.Text+raw)
		}
		return true
	})
	return out
}

// norm drops whitespace and folds full-width digits and letters, so that a
// paragraph matches its source whatever spaces the layout had.
func norm(s string) []rune {
	var out []rune
	for _, r := range s {
		switch {
		case unicode.IsSpace(r):
			continue
		case r >= '！' && r <= '～' && !strings.ContainsRune("（）：；，！？", r):
			r -= 0xFEE0
		}
		out = append(out, r)
	}
	return out
}

func index(s, sub []rune, from int) int {
	for i := max(from, 0); i+len(sub) <= len(s); i++ {
		if string(s[i:i+len(sub)]) == string(sub) {
			return i
		}
	}
	return -1
}

func clipRunes(r []rune) string {
	if len(r) > 16 {
		return string(r[:16]) + "…"
	}
	return string(r)
}
