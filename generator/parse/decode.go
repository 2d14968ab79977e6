package parse

import (
	"bytes"
	"fmt"
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/encoding/simplifiedchinese"
	xunicode "golang.org/x/text/encoding/unicode"

	"plansite/generator/plan"
	"plansite/generator/pos"
)

// decode turns the bytes of a plan, read from file, into text with "\n"
// line endings. It reads UTF-8 with or without a byte order mark, GB18030
// (a superset of GBK and GB2312, in which many government files are still
// published), and UTF-16 with or without a byte order mark.
//
// What leaves the text readable is a warning: a last character cut off (a
// truncated download) is left out, and control characters other than tab
// and line breaks are removed, so that NUL or ESC never reach a page;
// vertical tabs become line breaks and form feeds are left to the layout
// pass, which removes them with a warning. What does not is a *pos.Error: a
// byte that is neither UTF-8 nor GB18030 at its line and column (the file
// mixes encodings, or is damaged), a binary file, and text without a
// Chinese character, which cannot be a Chinese plan.
//
// Valid UTF-8 with a Chinese character in it is always taken as text,
// however many control characters it holds: an editor can open it.
func decode(file string, data []byte) (string, []plan.Warning, error) {
	d := &decoder{file: file}
	data = bytes.TrimPrefix(data, []byte("\xEF\xBB\xBF"))
	if len(bytes.TrimSpace(data)) == 0 {
		return "", nil, d.errorAt(1, 0, "file is empty: expected the text of a plan")
	}
	text, err := d.text(data)
	if err != nil {
		return "", nil, err
	}
	text = d.fontGlyphs(d.clean(text))
	if !plan.HasHan(text) {
		return "", nil, d.errorAt(1, 0, "file does not look like a Chinese plan: it holds no Chinese characters")
	}
	return text, d.warnings, nil
}

// decoder collects the warnings of one file's decoding.
type decoder struct {
	file     string
	warnings []plan.Warning
}

func (d *decoder) errorAt(line, col int, format string, args ...any) error {
	return &pos.Error{File: d.file, Line: line, Col: col, Msg: fmt.Sprintf(format, args...)}
}

func (d *decoder) warn(line int, format string, args ...any) {
	d.warnings = append(d.warnings, plan.Warning{File: d.file, Line: line, Msg: fmt.Sprintf(format, args...)})
}

// text decodes data, whose encoding it finds, leaving out a last character
// that was cut off.
func (d *decoder) text(data []byte) (string, error) {
	// Valid UTF-8 is UTF-8: UTF-16 text never is, but for a line or two.
	u := scanUTF8(data)
	if u.invalid == 0 {
		if u.end < len(data) {
			d.truncated(data)
		}
		return string(data[:u.end]), nil
	}
	if enc, ok := utf16Order(data); ok {
		if len(data)%2 == 1 {
			data = data[:len(data)-1]
			d.truncated(data)
		}
		out, err := xunicode.UTF16(enc, xunicode.UseBOM).NewDecoder().Bytes(data)
		if err != nil || !mostlyText(string(out)) {
			return "", d.errorAt(1, 0, "file does not look like text: expected a plan in Chinese, not a binary file")
		}
		return string(out), nil
	}
	if binary(data) {
		return "", d.errorAt(1, 0, "file does not look like text: expected a plan in Chinese, not a binary file")
	}
	if u.multi > 2*u.invalid {
		// Mostly UTF-8: the bad bytes are a stray character from another
		// encoding, or a passage pasted from a GBK file.
		line, col := position(data, u.first, utf8Len)
		return "", d.errorAt(line, col, "byte 0x%02X is not valid UTF-8 or GB18030 (the file may mix encodings)", data[u.first])
	}
	g := scanGB18030(data)
	if u.run >= 0 && (g.invalid == 0 || u.run < g.first) {
		// UTF-8 Chinese is mostly valid GB18030 byte by byte, but runs
		// of it do not occur by chance in GB18030 text.
		line, col := position(data, u.run, utf8Len)
		return "", d.errorAt(line, col, "UTF-8 text in a file in GB18030 (the file mixes encodings): save the whole file as UTF-8")
	}
	if g.invalid > 0 {
		line, col := position(data, g.first, gbLen)
		return "", d.errorAt(line, col, "byte 0x%02X is not valid UTF-8 or GB18030 (the file may mix encodings)", data[g.first])
	}
	if g.end < len(data) {
		d.truncated(data)
	}
	out, err := simplifiedchinese.GB18030.NewDecoder().Bytes(data[:g.end])
	if err != nil {
		return "", d.errorAt(1, 0, "file does not decode as GB18030: %v", err)
	}
	return string(out), nil
}

// truncated warns that the file ends in the middle of a character.
func (d *decoder) truncated(data []byte) {
	d.warn(bytes.Count(data, []byte("\n"))+1, "the file ends in the middle of a character, which was left out: was it cut off?")
}

// clean turns line endings into "\n" and removes control characters other
// than tab, form feed and line breaks, with one warning naming the first.
func (d *decoder) clean(s string) string {
	// A form feed stays: it starts a page on the line it is on (pdftotext
	// prints "\f第一页的首行"), so turning it into a line break would move
	// every later line off its number; the layout pass removes it.
	s = strings.NewReplacer("\r\n", "\n", "\r", "\n", "\v", "\n").Replace(s)
	// Zero-width spaces and joiners are no text: a portal's editor leaves
	// them where a paste began (Beijing's rules open with U+200B before
	// their titles), where they would keep a title from matching its
	// repetitions, a number from being read, and show as nothing.
	s = zeroWidth.Replace(s)
	if strings.IndexFunc(s, control) < 0 {
		return s
	}
	var b strings.Builder
	b.Grow(len(s))
	n, line, col := 0, 1, 1
	var first rune
	var firstLine, firstCol int
	for _, r := range s {
		if control(r) {
			if n == 0 {
				first, firstLine, firstCol = r, line, col
			}
			n++
		} else {
			b.WriteRune(r)
		}
		if r == '\n' {
			line, col = line+1, 1
		} else {
			col++
		}
	}
	d.warn(firstLine, "removed %d control character(s), the first U+%04X at column %d: a plan's text has none", n, first, firstCol)
	return b.String()
}

// zeroWidth removes the characters that print as nothing: the zero-width
// space, the word joiner and the zero-width no-break space (a byte order
// mark inside the text, where files were joined).
var zeroWidth = strings.NewReplacer("\u200B", "", "\u2060", "", "\uFEFF", "")

// control reports whether r is a control character a text must not carry
// to a page: C0 but tab and line feed, DEL and C1.
func control(r rune) bool {
	return r < 0x20 && r != '\t' && r != '\n' && r != '\f' || r == 0x7F || r >= 0x80 && r < 0xA0
}

// binary reports whether control bytes other than layout are more than one
// in a hundred, which no text has and most binary formats do.
func binary(data []byte) bool {
	var n int
	for _, b := range data {
		if b < 0x20 && b != '\t' && b != '\n' && b != '\r' && b != '\f' || b == 0x7F {
			n++
		}
	}
	return n*100 > len(data)
}

// mostlyText reports whether control characters other than layout and
// undecodable sequences are rare, which tells a binary file that happens to
// decode from text.
func mostlyText(s string) bool {
	var n, bad int
	for _, r := range s {
		n++
		if r == utf8.RuneError || r != '\r' && r != '\f' && control(r) {
			bad++
		}
	}
	return bad*50 < n
}

// utf16Order reports whether data is UTF-16 and in which byte order: it
// starts with a byte order mark, or it holds NUL bytes (as the line breaks
// and digits of UTF-16 text do, and no UTF-8 or GB18030 text does) and
// read in one of the two orders it is almost all Chinese, ASCII and
// punctuation.
func utf16Order(data []byte) (xunicode.Endianness, bool) {
	switch {
	case bytes.HasPrefix(data, []byte{0xFF, 0xFE}):
		return xunicode.LittleEndian, true
	case bytes.HasPrefix(data, []byte{0xFE, 0xFF}):
		return xunicode.BigEndian, true
	case len(data) < 4 || bytes.Count(data, []byte{0}) < 2:
		return xunicode.BigEndian, false
	}
	le, be := textShare(data, 0), textShare(data, 1)
	switch {
	case le >= 0.9 && le >= be:
		return xunicode.LittleEndian, true
	case be >= 0.9:
		return xunicode.BigEndian, true
	}
	return xunicode.BigEndian, false
}

// textShare is the share of the 16-bit units of data, read with the low
// byte at offset lo of each pair, that are characters of a Chinese text.
func textShare(data []byte, lo int) float64 {
	var n, ok int
	for i := 0; i+1 < len(data); i += 2 {
		r := rune(data[i+lo]) | rune(data[i+1-lo])<<8
		n++
		switch {
		case r == '\t' || r == '\n' || r == '\r' || r >= 0x20 && r < 0x7F,
			r >= 0x2000 && r < 0x2070, // general punctuation
			r >= 0x3000 && r < 0x3040, // CJK symbols and punctuation
			r >= 0xFF00 && r < 0xFFF0, // full-width forms
			r >= 0xD800 && r < 0xE000, // surrogates: rarer characters
			unicode.Is(unicode.Han, r):
			ok++
		}
	}
	return float64(ok) / float64(max(n, 1))
}

// scan is what a pass over bytes found for one encoding.
type scan struct {
	multi   int // characters of more than one byte
	invalid int // bytes that start no character
	first   int // offset of the first invalid byte
	end     int // where the text ends: before a last character cut off
	run     int // offset of the first run of three-byte characters (UTF-8 only), or -1
}

// hanRun is how many three-byte characters (Chinese, and its punctuation)
// in a row make a run of UTF-8: in GB18030 text, three bytes happen to be
// one UTF-8 character about once in a hundred characters, four in a row
// about once in 10⁸.
const hanRun = 4

func scanUTF8(data []byte) scan {
	s := scan{first: -1, end: len(data), run: -1}
	han, start := 0, 0
	for i := 0; i < len(data); {
		if !utf8.FullRune(data[i:]) {
			s.end = i
			break
		}
		r, n := utf8.DecodeRune(data[i:])
		switch {
		case r == utf8.RuneError && n == 1:
			s.invalid++
			if s.first < 0 {
				s.first = i
			}
		case n > 1:
			s.multi++
		}
		if n == 3 {
			if han == 0 {
				start = i
			}
			if han++; han == hanRun && s.run < 0 {
				s.run = start
			}
		} else {
			han = 0
		}
		i += n
	}
	return s
}

func scanGB18030(data []byte) scan {
	s := scan{first: -1, end: len(data), run: -1}
	for i := 0; i < len(data); {
		n := gbLen(data[i:])
		switch {
		case n < 0:
			s.end = i
			return s
		case n == 0:
			s.invalid++
			if s.first < 0 {
				s.first = i
			}
			n = 1
		case n > 1:
			s.multi++
		}
		i += n
	}
	return s
}

// gbLen is the length of the GB18030 character p starts with: 0 if p does
// not start with one, -1 if p is the start of one cut off.
func gbLen(p []byte) int {
	b := p[0]
	switch {
	case b < 0x80:
		return 1
	case b == 0x80 || b == 0xFF:
		return 0
	case len(p) < 2:
		return -1
	}
	c := p[1]
	switch {
	case c >= 0x40 && c <= 0xFE && c != 0x7F:
		return 2
	case c < 0x30 || c > 0x39:
		return 0
	case len(p) >= 3 && (p[2] < 0x81 || p[2] == 0xFF):
		return 0
	case len(p) < 4:
		return -1
	case p[3] >= 0x30 && p[3] <= 0x39:
		return 4
	}
	return 0
}

// utf8Len is the length of the UTF-8 character p starts with, 0 if none.
func utf8Len(p []byte) int {
	r, n := utf8.DecodeRune(p)
	if r == utf8.RuneError && n <= 1 {
		return 0
	}
	return n
}

// position is the line and column (in characters, as editors count) of
// byte offset at in data, whose characters are measured by size; a byte
// that starts no character counts as one.
func position(data []byte, at int, size func([]byte) int) (line, col int) {
	line, col = 1, 1
	for i := 0; i < at; {
		n := max(size(data[i:]), 1)
		switch {
		case data[i] == '\n', data[i] == '\r' && (i+1 >= len(data) || data[i+1] != '\n'):
			line, col = line+1, 1
		case data[i] != '\r':
			col++
		}
		i += n
	}
	return line, col
}
