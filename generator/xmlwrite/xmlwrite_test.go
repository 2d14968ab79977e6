package xmlwrite

import (
	"bytes"
	"encoding/xml"
	"strconv"
	"testing"
)

// TestTo checks that a document written through To, in pieces as the
// buffer fills, has the bytes of the same document held in the buffer.
func TestTo(t *testing.T) {
	write := func(w *Writer) {
		w.Open("doc", "name", "a & b")
		for i := range 5000 {
			w.Leaf("p", "line <"+strconv.Itoa(i)+">", "eId", "p_"+strconv.Itoa(i))
			w.Empty("br")
			w.Inline("q", nil, func() { w.InlineLeaf("b", "x") })
		}
		w.Close("doc")
	}
	var whole Writer
	write(&whole)
	var out bytes.Buffer
	w := &Writer{To: &out}
	write(w)
	if w.Len() > flushSize {
		t.Errorf("buffer before Flush: have %d bytes, want at most %d", w.Len(), flushSize)
	}
	if err := w.Flush(); err != nil {
		t.Fatal(err)
	}
	if whole.Len() < 4*flushSize {
		t.Fatalf("the document is %d bytes: too small to pass through To in pieces", whole.Len())
	}
	if !bytes.Equal(out.Bytes(), whole.Bytes()) {
		t.Errorf("through To: have %d bytes, want the %d of the buffer, the same", out.Len(), whole.Len())
	}
}

// TestEncoderBytes: what encoding/xml's indenting Encoder writes of
// elements that hold text or only elements, the Writer writes byte for
// byte with the same Indent — the escaping of text and attributes too.
func TestEncoderBytes(t *testing.T) {
	type link struct {
		Rel  string `xml:"rel,attr"`
		Href string `xml:"href,attr"`
	}
	type entry struct {
		Loc   string `xml:"loc"`
		Links []link `xml:"link"`
	}
	tests := []struct{ loc, href string }{
		{"/zh/", "/en/"},
		{"/a?b=1&c=<2>", "/\"q\"/'s'/\t\n\r/\x01/\uFFFD"},
	}
	for _, tt := range tests {
		t.Run(tt.loc, func(t *testing.T) {
			var want bytes.Buffer
			enc := xml.NewEncoder(&want)
			enc.Indent("", " ")
			set := xml.StartElement{Name: xml.Name{Local: "set"}}
			if err := enc.EncodeToken(set); err != nil {
				t.Fatal(err)
			}
			e := entry{Loc: tt.loc, Links: []link{{"alternate", tt.href}, {"self", tt.loc}}}
			if err := enc.EncodeElement(e, xml.StartElement{Name: xml.Name{Local: "entry"}}); err != nil {
				t.Fatal(err)
			}
			if err := enc.EncodeToken(set.End()); err != nil {
				t.Fatal(err)
			}
			if err := enc.Close(); err != nil {
				t.Fatal(err)
			}
			w := &Writer{Indent: " "}
			w.Open("set")
			w.Open("entry")
			w.Leaf("loc", e.Loc)
			for _, l := range e.Links {
				w.Inline("link", []string{"rel", l.Rel, "href", l.Href}, func() {})
			}
			w.Close("entry")
			w.Close("set")
			// The Encoder ends the document without a line feed.
			if have := w.String(); have != want.String()+"\n" {
				t.Errorf("have\n%s\nwant\n%s", have, want.String())
			}
		})
	}
}

// TestText: Text writes what xml.EscapeText writes, whether the string
// has something to escape or not.
func TestText(t *testing.T) {
	for _, s := range []string{"", "区教体局", "plain ASCII", `"quoted" & <b>`, "it's", "tab\there", "line\nend\r", "\x00\x1f", "bad \xff\xfe byte",
		"\uFFFD valid", "\uFFFE\uFFFF", "\U0010FFFF 𠀀", "\u2028 \u00a0", "末尾\x80"} {
		var w Writer
		w.Text(s)
		var want bytes.Buffer
		xml.EscapeText(&want, []byte(s))
		if w.String() != want.String() {
			t.Errorf("Text(%q) wrote %q, want %q", s, w.String(), want.String())
		}
	}
}
