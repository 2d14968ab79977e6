package export

// indentAt appends to out compact JSON b, as json.Marshal writes it, laid
// out the way json.Indent(dst, b, "", "  ") does, as a value at the given
// depth: a line per member and element, two spaces per level, "key":
// value, and empty objects and arrays kept as {} and []. json.Indent
// re-validates the text with its scanner, byte by byte, which took two
// thirds of writing an export; the text from json.Marshal needs no
// validating, so this only tracks strings and depth. Input that is not
// such text comes out as json.Indent would lay it out or is reported as
// an error.
func indentAt(out, b []byte, start int) ([]byte, error) {
	if out == nil {
		out = make([]byte, 0, len(b)+len(b)/2)
	}
	depth := start
	newline := func() {
		out = append(out, '\n')
		for range depth {
			out = append(out, ' ', ' ')
		}
	}
	for i := 0; i < len(b); i++ {
		c := b[i]
		switch c {
		case '"':
			j := i + 1
			for j < len(b) && b[j] != '"' {
				if b[j] == '\\' {
					j++
				}
				j++
			}
			if j >= len(b) {
				return nil, errUnterminated
			}
			out = append(out, b[i:j+1]...)
			i = j
		case '{', '[':
			out = append(out, c)
			if i+1 < len(b) && (b[i+1] == '}' || b[i+1] == ']') {
				out = append(out, b[i+1])
				i++
				continue
			}
			depth++
			newline()
		case '}', ']':
			depth--
			if depth < start {
				return nil, errUnbalanced
			}
			newline()
			out = append(out, c)
		case ',':
			out = append(out, c)
			newline()
		case ':':
			out = append(out, ':', ' ')
		case ' ', '\t', '\n', '\r':
			// json.Marshal writes none; json.Indent drops them.
		default:
			out = append(out, c)
		}
	}
	if depth != start {
		return nil, errUnbalanced
	}
	return out, nil
}

var (
	errUnterminated = jsonError("unterminated string")
	errUnbalanced   = jsonError("unbalanced brackets")
)

type jsonError string

func (e jsonError) Error() string { return "export: indenting JSON: " + string(e) }
