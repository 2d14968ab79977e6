package parse_test

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"plansite/generator/parse"
	"plansite/generator/plan"
)

// TestIssuerLineAboveTitle reads the issuing body a notice prints on a
// line of its own above its title (某某县人民政府办公室 / 关于印发…的通知),
// as a red-head document sets the title's first words apart, also with a
// blank line between them as a portal prints each line, under the
// document's number, or over a title that names the body again. The line
// is the issuer: the notice's title is the whole title, the issuer is in
// the metadata, and the line is no paragraph of the notice's body; the
// notice is read as a notice, its plan after it.
func TestIssuerLineAboveTitle(t *testing.T) {
	const (
		title  = "某某县人民政府办公室关于印发某某县农村人居环境整治实施方案的通知"
		issuer = "某某县人民政府办公室"
	)
	tests := []struct {
		file   string
		number string
	}{
		{"adjacent.txt", ""},
		{"apart.txt", ""},
		{"under-number.txt", "某政办发〔2023〕12号"},
		{"signed.txt", "某政办发〔2023〕12号"},
		{"repeated.txt", ""},
	}
	for _, tt := range tests {
		t.Run(tt.file, func(t *testing.T) {
			data, err := os.ReadFile(filepath.Join("testdata", "issuer", tt.file))
			if err != nil {
				t.Fatal(err)
			}
			doc, err := parse.Parse(tt.file, data)
			if err != nil {
				t.Fatal(err)
			}
			m := doc.Meta
			if m.NoticeTitle != title || m.Issuer != issuer || m.DocumentNumber != tt.number || m.Title != "某某县农村人居环境整治实施方案" || m.Date != "2023-05-06" {
				t.Errorf("meta: have title %q, issuer %q, number %q, plan %q, date %q; want %q, %q, %q, the plan's title and 2023-05-06\n%s",
					m.NoticeTitle, m.Issuer, m.DocumentNumber, m.Title, m.Date, title, issuer, tt.number, outline(doc))
			}
			if doc.Node("part_1") == nil || doc.Node("notice__addressees") == nil {
				t.Errorf("no part_1 or notice__addressees in\n%s", outline(doc))
			}
			doc.Walk(func(n *plan.Node) bool {
				if n.Kind == plan.KindParagraph && strings.TrimSpace(n.Text) == issuer {
					t.Errorf("%s: the issuer line is a paragraph", n.EID)
				}
				return true
			})
		})
	}
}
