// Package textfile checks the text files editors write — translations,
// the YAML data under content/ and the templates — before they are
// parsed: they must be
// UTF-8. A file saved in another encoding (GBK from an old editor, UTF-16
// from Notepad) would otherwise reach pages as garbled text, or fail deep
// in a parser at a line that is not where the trouble is. Plan texts under
// seeds/ are read by package parse, which accepts GB18030 too. It also
// reads the optional content files (Read) and their YAML, into a type
// (Decode) or node by node (YAMLDoc, Pairs, Scalar, List), and restates
// the YAML decoder's errors (YAMLError); every problem is a *pos.Error.
package textfile

import (
	"bytes"
	"fmt"
	"unicode/utf8"

	"plansite/generator/pos"
)

// Check returns nil if data is UTF-8 text, and otherwise a *pos.Error at
// the line and column of the first byte that is not, with a hint at the
// encoding the file is likely in.
func Check(name string, data []byte) error {
	if bytes.HasPrefix(data, []byte{0xFF, 0xFE}) || bytes.HasPrefix(data, []byte{0xFE, 0xFF}) {
		return &pos.Error{File: name, Line: 1, Msg: "saved as UTF-16; save it as UTF-8"}
	}
	line, col := 1, 1
	for i := 0; i < len(data); {
		r, size := utf8.DecodeRune(data[i:])
		switch {
		case r == utf8.RuneError && size <= 1:
			return &pos.Error{File: name, Line: line, Col: col, Msg: fmt.Sprintf("byte %#02x is not UTF-8; save the file as UTF-8 (was it saved as GBK?)", data[i])}
		case r == 0:
			return &pos.Error{File: name, Line: line, Col: col, Msg: "NUL byte; a text file has none (is it UTF-16 or binary?)"}
		case r == '\n':
			line, col = line+1, 1
		default:
			col++
		}
		i += size
	}
	return nil
}
