package site_test

import (
	"bytes"
	"strings"
	"testing"
)

// TestSeparatorsStayWithLinks: a "·" between links is bound to the link
// after it (·&nbsp;<a>), so a line that wraps starts with "· link" rather
// than ending with a dot whose link went on to the next line, as the
// library's cards and the plan page's links did at 390 px.
func TestSeparatorsStayWithLinks(t *testing.T) {
	s := buildFrozen(t)
	for name, data := range s.Files {
		if !strings.HasSuffix(name, ".html") {
			continue
		}
		if i := bytes.Index(data, []byte(" · <a")); i >= 0 {
			t.Errorf("%s: a separator that may end a line: …%s…", name, data[max(0, i-60):min(len(data), i+40)])
		}
	}
}
