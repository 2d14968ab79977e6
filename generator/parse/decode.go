package parse

import (
	"bytes"
	"errors"
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/encoding/simplifiedchinese"
)

// decode turns the bytes of a plan into text: UTF-8 with or without a byte
// order mark, or GB18030 (a superset of GBK and GB2312, in which many
// government files are still published). Line endings become "\n".
//
// Valid UTF-8 that holds a Chinese character is always taken as text, even
// with stray control characters in it: an editor can open it, so the parser
// must not refuse it. Everything else must look like text to be accepted,
// because GB18030 maps almost any byte sequence to some character.
func decode(data []byte) (string, error) {
	data = bytes.TrimPrefix(data, []byte("\xEF\xBB\xBF"))
	if len(bytes.TrimSpace(data)) == 0 {
		return "", errors.New("file is empty: expected the text of a plan")
	}
	s := string(data)
	switch {
	case utf8.ValidString(s) && hasHan(s):
		return lines(s), nil
	case bytes.HasPrefix(data, []byte{0xFF, 0xFE}) || bytes.HasPrefix(data, []byte{0xFE, 0xFF}):
		return "", errors.New("file is UTF-16: expected UTF-8 or GB18030 text (save it as UTF-8)")
	case utf16Like(data):
		return "", errors.New("file looks like UTF-16 without a byte order mark: expected UTF-8 or GB18030 text (save it as UTF-8)")
	case bytes.IndexByte(data, 0) >= 0:
		return "", errors.New("file holds NUL bytes: expected text, not a binary file")
	case utf8.ValidString(s):
	default:
		out, err := simplifiedchinese.GB18030.NewDecoder().Bytes(data)
		if err != nil || !utf8.Valid(out) {
			return "", errors.New("file is neither UTF-8 nor GB18030 text")
		}
		s = string(out)
	}
	if !mostlyText(s) {
		return "", errors.New("file does not look like text: expected a plan in Chinese")
	}
	return lines(s), nil
}

// lines turns CRLF and CR line endings into "\n".
func lines(s string) string {
	s = strings.ReplaceAll(s, "\r\n", "\n")
	return strings.ReplaceAll(s, "\r", "\n")
}

// hasHan reports whether s holds a Chinese character.
func hasHan(s string) bool {
	for _, r := range s {
		if unicode.Is(unicode.Han, r) {
			return true
		}
	}
	return false
}

// utf16Like reports whether NUL bytes fall on one parity of position, as
// they do for the ASCII (digits, line breaks) in UTF-16 text without a byte
// order mark; binary files scatter them.
func utf16Like(data []byte) bool {
	var even, odd int
	for i, b := range data {
		if b == 0 {
			if i%2 == 0 {
				even++
			} else {
				odd++
			}
		}
	}
	// Chinese text in UTF-16 has few NULs (its ASCII, and the odd character
	// such as 一 U+4E00 whose low byte is zero), so their parity, not their
	// number, is the sign.
	hi, lo := max(even, odd), min(even, odd)
	return len(data)%2 == 0 && hi >= 2 && lo*8 <= hi
}

// mostlyText reports whether control characters other than layout and
// undecodable bytes are rare, which tells a binary file from text that
// merely happens to decode.
func mostlyText(s string) bool {
	var n, bad int
	for _, r := range s {
		n++
		switch {
		case r == '\n' || r == '\r' || r == '\t' || r == '\f':
		case r < 0x20 || r == 0x7F || (r >= 0x80 && r < 0xA0) || r == utf8.RuneError:
			bad++
		}
	}
	return bad*50 < n
}
