package source_test

import (
	"bytes"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"plansite/generator/pos"
	"plansite/generator/source"
)

// blankPDF is a well-formed one-page PDF whose page draws nothing, as a
// scan's page is to pdftotext (an image, no text).
func blankPDF() []byte {
	objs := []string{
		"<< /Type /Catalog /Pages 2 0 R >>",
		"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
		"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R /Resources << >> >>",
		"<< /Length 0 >>\nstream\n\nendstream",
	}
	return pdfOf(objs)
}

// symbolsPDF is a one-page PDF whose text layer is ASCII punctuation, as
// pdftotext reads a typesetting system's CJK fonts that map their glyphs
// to no Unicode characters: five lines of !"#$%&'()*+,-./ and the like.
func symbolsPDF() []byte {
	var content strings.Builder
	for i := range 5 {
		fmt.Fprintf(&content, "BT /F1 12 Tf 40 %d Td (!#$%%&*+,-./:;<=>?@[]^_`{|}~!#$%%&*+,-./) Tj ET\n", 800-20*i)
	}
	objs := []string{
		"<< /Type /Catalog /Pages 2 0 R >>",
		"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
		"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>",
		fmt.Sprintf("<< /Length %d >>\nstream\n%sendstream", content.Len(), content.String()),
		"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
	}
	return pdfOf(objs)
}

// pdfOf is a PDF of the objects objs, numbered from 1 in order (the
// first the catalog), with its cross-reference table and trailer.
func pdfOf(objs []string) []byte {
	var b bytes.Buffer
	b.WriteString("%PDF-1.4\n")
	offsets := make([]int, len(objs))
	for i, o := range objs {
		offsets[i] = b.Len()
		fmt.Fprintf(&b, "%d 0 obj\n%s\nendobj\n", i+1, o)
	}
	xref := b.Len()
	fmt.Fprintf(&b, "xref\n0 %d\n0000000000 65535 f \n", len(objs)+1)
	for _, off := range offsets {
		fmt.Fprintf(&b, "%010d 00000 n \n", off)
	}
	fmt.Fprintf(&b, "trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n", len(objs)+1, xref)
	return b.Bytes()
}

func corpusFile(t *testing.T, name string) []byte {
	t.Helper()
	data, err := os.ReadFile(filepath.Join(corpus, name))
	if err != nil {
		t.Fatal(err)
	}
	return data
}

// TestDamaged feeds each reader files that are damaged, mislabelled or
// empty of text: each must give an error naming the file and saying what
// is wrong, never a panic or an empty plan.
func TestDamaged(t *testing.T) {
	docx := corpusFile(t, "beijing-railway-safety-2023.docx")
	pdf := corpusFile(t, "mingxi-realestate-2022.pdf")
	page := corpusFile(t, "xicheng-enrollment-2020.html")
	tests := []struct {
		name, file string
		data       []byte
		want       string // in the message
		pdf        bool   // needs pdftotext
	}{
		{"docx cut off", "seeds/a.docx", docx[:len(docx)/2], "damaged .docx", false},
		{"docx not a zip", "seeds/a.docx", append([]byte("PK\x03\x04"), bytes.Repeat([]byte("x"), 200)...), "damaged .docx", false},
		{"zip without a document", "seeds/a.docx", makeDocx(t, map[string]string{"word/styles.xml": "<styles/>"}), "no word/document.xml", false},
		{"broken document.xml", "seeds/a.docx", makeDocx(t, map[string]string{"word/document.xml": `<w:document ` + wNS + `><w:body><w:p><w:r><w:t>一、总体`}), "damaged .docx", false},
		{"docx without text", "seeds/a.docx", makeDocx(t, map[string]string{"word/document.xml": document(para("", 0, ""))}), "no text found", false},
		{"old .doc", "seeds/a.doc", []byte{0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1, 0, 0}, "save it as .docx", false},
		{"wps", "seeds/a.wps", []byte("anything"), "save it as .docx", false},
		{"binary Word named .docx", "seeds/a.docx", []byte{0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1, 0, 0}, "encrypted (password-protected) or old binary Word", false},
		{"PDF named .docx", "seeds/a.docx", pdf, "the extension says .docx but the content is a PDF file", false},
		{"docx named .txt", "seeds/a.txt", docx, "the extension says .txt but the content is a Word .docx file", false},
		{"HTML named .pdf", "seeds/a.pdf", page, "the extension says .pdf but the content is an HTML page", false},
		{"unknown extension", "seeds/a.rtf", []byte("{\\rtf1"), "unknown seed format", false},
		{"PDF cut off", "seeds/a.pdf", pdf[:len(pdf)/2], "damaged PDF", true},
		{"PDF of garbage", "seeds/a.pdf", []byte("%PDF-1.4\nnothing here\n"), "damaged PDF", true},
		{"scanned PDF", "seeds/a.pdf", blankPDF(), "no text layer: this PDF is scanned; OCR is not supported (1 page, 0 characters of text): expected a PDF with its text in it", true},
		{"HTML without an article", "seeds/a.html", []byte(`<!doctype html><html><head><meta charset="utf-8"></head><body><ul><li><a href="/">首页</a></li><li><a href="/zc/">政策文件解读</a></li></ul><p>版权所有</p></body></html>`), "no article found", false},
		{"HTML cut off before its article", "seeds/a.html", page[:3000], "no article found", false},
		{"HTML of nothing", "seeds/a.html", []byte("<html></html>"), "no article found", false},
		{"PDF whose text layer is symbols", "seeds/a.pdf", symbolsPDF(), "unreadable text layer: 185 of its 190 characters are symbols such as \"!#$%&*+,-./:\" where a plan has Chinese text", true},
		{"empty PDF", "seeds/a.pdf", nil, "file is empty: expected a plan as a .pdf file", false},
		{"empty docx", "seeds/a.docx", []byte("\n"), "file is empty: expected a plan as a .docx file", false},
		{"empty HTML", "seeds/a.html", nil, "file is empty: expected a plan as a .html file", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if tt.pdf {
				needPdftotext(t)
			}
			doc, err := source.ParseBytes(tt.file, tt.data)
			if err == nil {
				t.Fatalf("no error; parsed %d nodes, want an error saying %q", len(doc.Nodes), tt.want)
			}
			var pe *pos.Error
			if !errors.As(err, &pe) || pe.File != tt.file {
				t.Errorf("error %v: want a *pos.Error naming %s", err, tt.file)
			}
			if !strings.Contains(err.Error(), tt.want) {
				t.Errorf("error %q: want it to say %q", err, tt.want)
			}
		})
	}
}

// TestPDFTool checks the errors about pdftotext itself: missing, and
// refusing an encrypted file (a stand-in program answers as poppler does).
func TestPDFTool(t *testing.T) {
	pdf := corpusFile(t, "fuzhou-realestate-2016.pdf")
	t.Run("missing", func(t *testing.T) {
		t.Setenv("PATH", t.TempDir())
		_, err := source.ParseBytes("seeds/a.pdf", pdf)
		if err == nil || !strings.Contains(err.Error(), "install poppler-utils") {
			t.Errorf("error %v: want one naming poppler-utils", err)
		}
	})
	t.Run("encrypted", func(t *testing.T) {
		dir := t.TempDir()
		script := "#!/bin/sh\necho 'Command Line Error: Incorrect password' >&2\nexit 1\n"
		if err := os.WriteFile(filepath.Join(dir, "pdftotext"), []byte(script), 0o755); err != nil {
			t.Fatal(err)
		}
		t.Setenv("PATH", dir)
		_, err := source.ParseBytes("seeds/a.pdf", pdf)
		if err == nil || !strings.Contains(err.Error(), "encrypted PDF") {
			t.Errorf("error %v: want one saying the PDF is encrypted", err)
		}
	})
}

func corpusFileF(f *testing.F, name string) []byte {
	data, err := os.ReadFile(filepath.Join(corpus, name))
	if err != nil {
		f.Fatal(err)
	}
	return data
}
