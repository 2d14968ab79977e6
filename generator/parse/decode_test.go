package parse_test

import (
	"bytes"
	"errors"
	"math/rand/v2"
	"os"
	"strings"
	"testing"

	"golang.org/x/text/encoding"
	"golang.org/x/text/encoding/simplifiedchinese"
	"golang.org/x/text/encoding/unicode"

	"plansite/generator/parse"
	"plansite/generator/plan"
	"plansite/generator/pos"
)

// encode re-encodes UTF-8 text, failing the test if it cannot.
func encode(t *testing.T, enc encoding.Encoding, data []byte) []byte {
	t.Helper()
	out, err := enc.NewEncoder().Bytes(data)
	if err != nil {
		t.Fatalf("encoding the seed: %v", err)
	}
	return out
}

// TestEncodings parses the seed as government files come, in other
// encodings and line endings, and wants the same model as from UTF-8.
func TestEncodings(t *testing.T) {
	seed, err := os.ReadFile(zichuan)
	if err != nil {
		t.Fatal(err)
	}
	want := outline(mustParse(t, zichuan, seed))
	tests := []struct {
		name string
		data func(t *testing.T) []byte
	}{
		{"utf8-bom", func(t *testing.T) []byte { return append([]byte("\xEF\xBB\xBF"), seed...) }},
		{"gb18030", func(t *testing.T) []byte { return encode(t, simplifiedchinese.GB18030, seed) }},
		{"gbk", func(t *testing.T) []byte { return encode(t, simplifiedchinese.GBK, seed) }},
		{"gbk-crlf", func(t *testing.T) []byte {
			return encode(t, simplifiedchinese.GBK, bytes.ReplaceAll(seed, []byte("\n"), []byte("\r\n")))
		}},
		{"crlf", func(t *testing.T) []byte { return bytes.ReplaceAll(seed, []byte("\n"), []byte("\r\n")) }},
		{"utf16le-bom", func(t *testing.T) []byte { return encode(t, unicode.UTF16(unicode.LittleEndian, unicode.UseBOM), seed) }},
		{"utf16be-bom", func(t *testing.T) []byte { return encode(t, unicode.UTF16(unicode.BigEndian, unicode.UseBOM), seed) }},
		{"utf16le", func(t *testing.T) []byte {
			return encode(t, unicode.UTF16(unicode.LittleEndian, unicode.IgnoreBOM), seed)
		}},
		{"utf16be", func(t *testing.T) []byte { return encode(t, unicode.UTF16(unicode.BigEndian, unicode.IgnoreBOM), seed) }},
		{"cr", func(t *testing.T) []byte { return bytes.ReplaceAll(seed, []byte("\n"), []byte("\r")) }},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			data := tt.data(t)
			if bytes.Equal(data, seed) {
				t.Fatal("the test data is the seed itself")
			}
			if have := outline(mustParse(t, zichuan, data)); have != want {
				t.Errorf("the model differs from the UTF-8 parse:\n%s", diff(want, have))
			}
		})
	}
}

func mustParse(t *testing.T, file string, data []byte) *plan.Document {
	t.Helper()
	doc, err := parse.Parse(file, data)
	if err != nil {
		t.Fatalf("Parse: %v", err)
	}
	return doc
}

// TestDecodeErrors wants input that is not text, or not Chinese, refused
// with an error naming the file and line 1.
func TestDecodeErrors(t *testing.T) {
	rng := rand.New(rand.NewPCG(1, 2))
	noise := make([]byte, 4096)
	for i := range noise {
		noise[i] = byte(rng.IntN(255) + 1) // no NUL: the decoder must see it is not text anyway
	}
	tests := []struct {
		name string
		data []byte
		want string // in the message
	}{
		{"empty", nil, "empty"},
		{"blank", []byte(" \n\t\r\n\u3000"), "empty"},
		{"bom-only", []byte("\xEF\xBB\xBF\n"), "empty"},
		{"png", append([]byte("\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR"), noise[:200]...), "not"},
		{"elf", append([]byte("\x7fELF\x02\x01\x01\x00\x00\x00\x00\x00\x00\x00\x00\x00\x02\x00>\x00"), noise[:500]...), "not"},
		{"noise", noise, "not"},
		{"controls", bytes.Repeat([]byte("\x01\x02\x03\x04abc"), 100), "not"},
		{"english", []byte("Five-Year Plan\n\nI. General requirements\n"), "does not look like a Chinese plan"},
		{"debris only", []byte("[bookmark: _Hlk1]\n"), "does not look like a Chinese plan"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc, err := parse.Parse("plan.txt", tt.data)
			if err == nil {
				t.Fatalf("have a document with %d nodes, want an error", len(doc.Nodes))
			}
			var perr *pos.Error
			if !errors.As(err, &perr) {
				t.Fatalf("have error %T %v, want *pos.Error", err, err)
			}
			msg := err.Error()
			if perr.File != "plan.txt" || perr.Line != 1 || !strings.HasPrefix(msg, "plan.txt:1: ") || !strings.Contains(msg, tt.want) {
				t.Errorf("have %q, want plan.txt:1: …%s…", msg, tt.want)
			}
		})
	}
}

// TestDecodeText wants odd but valid UTF-8 text with Chinese in it taken as
// a plan, not refused, without its control characters.
func TestDecodeText(t *testing.T) {
	for _, text := range []string{
		"规划",
		"\x01\x02\x03规划\x04",
		"规划\x00正文",
		"[bookmark: _Hlk1]\n规划",
		"一、总体要求\r\n（一）指导思想\r正文。",
	} {
		t.Run(text, func(t *testing.T) {
			doc, err := parse.Parse("plan.txt", []byte(text))
			if err != nil {
				t.Fatalf("Parse(%q): %v", text, err)
			}
			want := strings.Map(func(r rune) rune {
				if r < 0x20 && r != '\n' && r != '\r' {
					return -1
				}
				return r
			}, parse.Debris.ReplaceAllString(text, ""))
			if have, want := squeeze(doc.Source()), squeeze(want); have != want {
				t.Errorf("Source: have %q, want %q", have, want)
			}
		})
	}
}

// TestFontGlyphs reads the Yi syllables a PDF's font gives for its
// punctuation (ꎬ for the ， of GB2312 code A3AC) as that punctuation, with a
// warning, and leaves a text with other Yi syllables as it is.
func TestFontGlyphs(t *testing.T) {
	text := "某省金融改革政策措施\n\n一、扩大信贷投放\n\n银行要积极争取差别化政策ꎬ年贷款增幅不低于上年ꎮ实施办法由省财政厅制定ꎻ省金融办配合ꎮ\n"
	doc, err := parse.Parse("a.txt", []byte(text))
	if err != nil {
		t.Fatal(err)
	}
	if n := doc.Node("part_1__para_1"); n == nil || n.Text != "银行要积极争取差别化政策，年贷款增幅不低于上年。实施办法由省财政厅制定；省金融办配合。" {
		t.Errorf("part_1__para_1: have %+v", n)
	}
	if len(doc.Warnings) != 1 || doc.Warnings[0].Line != 5 || !strings.Contains(doc.Warnings[0].Msg, "4 character(s)") {
		t.Errorf("warnings: have %v, want one naming line 5 and the 4 glyphs", doc.Warnings)
	}
	yi := "某州彝汉双语通知\n\nꀀꀁꎬ\n"
	if have, n := parse.FontGlyphs(yi); have != yi || n != 0 {
		t.Errorf("a text in Yi: have %q (%d), want it as it is", have, n)
	}
}

// TestZeroWidth takes the zero-width characters out of a plan's text: a
// portal's editor leaves U+200B before a rule's title (Beijing's 无线电管
// 理规定, whose title read "\u200b北京市无线电管理规定" and did not match
// its decree note's rule), and a byte order mark may stand inside a file
// joined from two.
func TestZeroWidth(t *testing.T) {
	for _, text := range []string{
		"\u200b北京市某某管理规定\n\n第一条　为了加强管理，制定本规定。\n\n第二条　本规定自公布之日起施行。\n",
		"北京市某某\u2060管理规定\n\n第一条　为了加强管理，制定本规定。\n\ufeff\n第二条　本规定自\u200b公布之日起施行。\n",
	} {
		doc, err := parse.Parse("a.txt", []byte(text))
		if err != nil {
			t.Fatal(err)
		}
		if have := doc.Meta.Title; have != "北京市某某管理规定" {
			t.Errorf("title: have %q, want 北京市某某管理规定", have)
		}
		if have := doc.Source(); strings.ContainsAny(have, "\u200b\u2060\ufeff") {
			t.Errorf("source keeps a zero-width character: %q", have)
		}
	}
}
