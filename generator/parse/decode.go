package parse

import (
	"bytes"
	"errors"
	"strings"
	"unicode/utf8"

	"golang.org/x/text/encoding/simplifiedchinese"
)

// decode turns the bytes of a plan into text: UTF-8 with or without a byte
// order mark, or GB18030 (a superset of GBK and GB2312, in which many
// government files are still published). Line endings become "\n".
func decode(data []byte) (string, error) {
	if len(bytes.TrimSpace(data)) == 0 {
		return "", errors.New("file is empty: expected the text of a plan")
	}
	if bytes.HasPrefix(data, []byte{0xFF, 0xFE}) || bytes.HasPrefix(data, []byte{0xFE, 0xFF}) {
		return "", errors.New("file is UTF-16: expected UTF-8 or GB18030 text")
	}
	if bytes.IndexByte(data, 0) >= 0 {
		return "", errors.New("file holds NUL bytes: expected text, not a binary file")
	}
	data = bytes.TrimPrefix(data, []byte("\xEF\xBB\xBF"))
	var s string
	if utf8.Valid(data) {
		s = string(data)
	} else {
		out, err := simplifiedchinese.GB18030.NewDecoder().Bytes(data)
		if err != nil || !utf8.Valid(out) {
			return "", errors.New("file is neither UTF-8 nor GB18030 text")
		}
		s = string(out)
	}
	if !mostlyText(s) {
		return "", errors.New("file does not look like text: expected a plan in Chinese")
	}
	s = strings.ReplaceAll(s, "\r\n", "\n")
	s = strings.ReplaceAll(s, "\r", "\n")
	return s, nil
}

// mostlyText reports whether control characters other than layout are rare,
// which tells a binary file from text that merely happens to decode: GB18030
// maps almost any byte sequence to some character.
func mostlyText(s string) bool {
	var n, bad, han int
	for _, r := range s {
		n++
		switch {
		case r == '\n' || r == '\r' || r == '\t' || r == '\f':
		case r < 0x20 || r == 0x7F || (r >= 0x80 && r < 0xA0) || r == utf8.RuneError:
			bad++
		case r >= 0x4E00 && r <= 0x9FFF:
			han++
		}
	}
	return bad*50 < n
}
