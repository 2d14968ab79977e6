package source

import (
	"bytes"
	"path"
	"strings"
)

// formatNames are the formats as an editor knows them, for messages.
var formatNames = map[string]string{
	"txt":  "plain text",
	"docx": "a Word .docx file",
	"pdf":  "a PDF file",
	"html": "an HTML page",
	"ole":  "an old binary Word .doc or WPS .wps file",
	"zip":  "a zip archive that is not a Word document",
}

// Detect returns the format of a seed — txt, docx, pdf or html — from its
// extension, checked against its content: a file whose content is another
// format than its extension says is an error naming both, so that a PDF
// renamed .txt is not parsed as garbled text.
func Detect(name string, data []byte) (string, error) {
	ext := strings.ToLower(path.Ext(name))
	want, ok := formats[ext]
	switch {
	case ext == ".doc" || ext == ".wps":
		return "", problem(name, "%s is an old binary format Plansite cannot read: open it in Word or WPS and save it as .docx (Word 2007 or later)", ext)
	case !ok:
		return "", problem(name, "unknown seed format %q: expected .txt, .docx, .pdf, .html or .htm", ext)
	}
	have := sniff(data)
	switch {
	case have == "ole" && want == "docx":
		// Word also writes password-protected .docx files as OLE.
		return "", problem(name, "this .docx is an encrypted (password-protected) or old binary Word file, not a .docx package: remove the password, or open it and save it as .docx")
	case have == "ole":
		return "", problem(name, "the extension says %s but the content is %s: open it in Word or WPS and save it as .docx", ext, formatNames[have])
	case have == "" || have == want || have == "zip" && want == "docx":
		// A zip that is no Word document: the .docx reader says what it lacks.
		return want, nil
	case have == "html" && want == "txt":
		// Plain text may well start with "<"; only markup says HTML.
		return want, nil
	}
	return "", problem(name, "the extension says %s but the content is %s: rename the file or save it in the format its name says", ext, formatNames[have])
}

// sniff names the format the content shows, or "" when it shows none (text).
func sniff(data []byte) string {
	switch {
	case bytes.HasPrefix(data, []byte("PK\x03\x04")) || bytes.HasPrefix(data, []byte("PK\x05\x06")):
		if bytes.Contains(data, []byte("word/document.xml")) {
			return "docx"
		}
		return "zip"
	case bytes.HasPrefix(data, []byte{0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1}):
		return "ole"
	case bytes.Contains(data[:min(len(data), 1024)], []byte("%PDF-")):
		return "pdf"
	case looksHTML(data):
		return "html"
	}
	return ""
}

// looksHTML reports whether the start of data is markup: a doctype or an
// html, head or body tag before any text.
func looksHTML(data []byte) bool {
	h := bytes.ToLower(data[:min(len(data), 2048)])
	h = bytes.TrimPrefix(h, []byte("\xef\xbb\xbf"))
	h = bytes.TrimLeft(h, " \t\r\n")
	if !bytes.HasPrefix(h, []byte("<")) {
		return false
	}
	for _, tag := range []string{"<!doctype html", "<html", "<head", "<body", "<meta"} {
		if bytes.Contains(h, []byte(tag)) {
			return true
		}
	}
	return false
}
