package source

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"os"
	"os/exec"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"plansite/generator/parse"
)

// pdftotext is the program that reads a PDF's text layer: poppler's, which
// keeps CJK text in reading order with -layout (see the README for why it
// and not a Go library).
const pdftotext = "pdftotext"

// pdfTimeout bounds one extraction; a corpus PDF takes about 50 ms.
const pdfTimeout = 2 * time.Minute

// readPDF reads the text layer of a PDF through pdftotext -layout, one line
// a printed line, each with its page and line on the page. The first line
// of each page after the first keeps the form feed pdftotext writes, as the
// plain extractions of the corpus do, so the parser sees page breaks.
func readPDF(name string, data []byte) (*Text, error) {
	prog, err := exec.LookPath(pdftotext)
	if err != nil {
		return nil, problem(name, "reading a PDF needs pdftotext, which is not installed: install poppler-utils (apt-get install poppler-utils; brew install poppler)")
	}
	dir, err := os.MkdirTemp("", "plansite-pdf-")
	if err != nil {
		return nil, err
	}
	defer os.RemoveAll(dir)
	in := dir + "/in.pdf"
	if err := os.WriteFile(in, data, 0o600); err != nil {
		return nil, err
	}
	ctx, cancel := context.WithTimeout(context.Background(), pdfTimeout)
	defer cancel()
	cmd := exec.CommandContext(ctx, prog, "-layout", "-enc", "UTF-8", "-eol", "unix", in, "-")
	var stdout, stderr bytes.Buffer
	cmd.Stdout, cmd.Stderr = &stdout, &stderr
	runErr := cmd.Run()
	msg := strings.TrimSpace(stderr.String())
	switch {
	case strings.Contains(msg, "password") || strings.Contains(msg, "ncrypt") || strings.Contains(msg, "Permission Error"):
		return nil, problem(name, "encrypted PDF: it is password-protected (pdftotext: %s); save an unprotected copy and use that", firstLine(msg))
	case runErr != nil && encryptedTrailer(data):
		return nil, problem(name, "encrypted PDF: pdftotext could not open it (%s); save an unprotected copy and use that", orNone(firstLine(msg)))
	case errors.Is(ctx.Err(), context.DeadlineExceeded):
		return nil, problem(name, "pdftotext took longer than %v: the PDF may be damaged", pdfTimeout)
	case runErr != nil || !pdfComplete(data):
		why := firstLine(msg)
		if why == "" && runErr != nil {
			why = runErr.Error()
		}
		if !pdfComplete(data) {
			return nil, problem(name, "damaged PDF: the file is cut off (no %%%%EOF at its end; pdftotext: %s); download it again", orNone(why))
		}
		return nil, problem(name, "damaged PDF: pdftotext could not read it: %s", why)
	}
	t := &Text{File: name, Format: "pdf"}
	out := strings.TrimSuffix(stdout.String(), "\f")
	pages := strings.Split(out, "\f")
	for i, page := range pages {
		page = strings.TrimSuffix(page, "\n")
		for j, l := range pdfTables(strings.Split(page, "\n")) {
			if j == 0 && i > 0 {
				l = "\f" + l
			}
			t.Lines = append(t.Lines, parse.Line{Text: l, Place: fmt.Sprintf("page %d, line %d", i+1, j+1)})
		}
	}
	if printed := utf8.RuneCountInString(strings.Join(strings.Fields(out), "")); printed < 10*len(pages) && printed < 200 {
		n := fmt.Sprintf("%d pages", len(pages))
		if len(pages) == 1 {
			n = "1 page"
		}
		return nil, problem(name, "no text layer: this PDF is scanned; OCR is not supported (%s, %d characters of text): expected a PDF with its text in it, as a word processor exports it, or the plan's text saved as .txt", n, printed)
	}
	if symbols, printed := symbolShare(out); printed >= 100 && symbols*10 > printed*3 {
		return nil, problem(name, "unreadable text layer: %d of its %d characters are symbols such as %q where a plan has Chinese text (the PDF's fonts map their glyphs to no Unicode characters, as some typesetting systems export them; pdffonts lists them with \"uni\" no): expected a PDF whose text copies out as text (export it again from the word processor), or the plan's text saved as .txt", symbols, printed, firstSymbols(out))
	}
	return t, nil
}

// symbolShare counts the printed characters of a text layer and, of them,
// the ASCII punctuation and Latin-1 symbols that a font without a Unicode
// map gives for CJK glyphs (!"#$%&'()*+, ÀÁ¿): a Chinese plan has few.
func symbolShare(text string) (symbols, printed int) {
	for _, r := range text {
		if unicode.IsSpace(r) {
			continue
		}
		printed++
		if r < 0x80 && !unicode.IsLetter(r) && !unicode.IsDigit(r) || r >= 0x80 && r <= 0x24F {
			symbols++
		}
	}
	return symbols, printed
}

// firstSymbols is a sample of the text layer for the error: its first
// printed characters.
func firstSymbols(text string) string {
	sample := []rune(strings.Join(strings.Fields(text), ""))
	return string(sample[:min(len(sample), 12)])
}

// pdfComplete reports whether the file ends as a PDF does, with %%EOF near
// its end; a download cut off loses it.
func pdfComplete(data []byte) bool {
	tail := data
	if len(tail) > 4096 {
		tail = tail[len(tail)-4096:]
	}
	return bytes.Contains(tail, []byte("%%EOF"))
}

// encryptedTrailer reports whether the trailer names an /Encrypt dictionary.
func encryptedTrailer(data []byte) bool {
	i := bytes.LastIndex(data, []byte("trailer"))
	return i >= 0 && bytes.Contains(data[i:], []byte("/Encrypt"))
}

func firstLine(s string) string {
	first, _, _ := strings.Cut(s, "\n")
	return first
}

func orNone(s string) string {
	if s == "" {
		return "no message"
	}
	return s
}
