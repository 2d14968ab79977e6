package translate

import (
	"errors"
	"strings"
	"testing"
	"testing/fstest"

	"plansite/generator/pos"
)

func TestParseFile(t *testing.T) {
	src := "# Key Tasks {#part_2 zh=\"0a1b2c3d\"}\n" +
		"\n" +
		"#### {#part_2__para_1}\n" +
		"\n" +
		"First *line*,\n" +
		"continued.\n" +
		"\n" +
		"### Item {#part_2__sec_1__item_3}\n" +
		"\n" +
		"One.\n" +
		"\n" +
		"Two & three.\n" +
		"\n" +
		"## Code {#proj_1}\n" +
		"\n" +
		"```json\n" +
		"{\"a\": 1}\n" +
		"```\n"
	units, err := ParseFile("f.md", []byte(src))
	if err != nil {
		t.Fatal(err)
	}
	want := []struct {
		eid, heading, zh, text, inline string
		line                           int
	}{
		{"part_2", "Key Tasks", "0a1b2c3d", "", "", 1},
		{"part_2__para_1", "", "", "First line, continued.", "First <em>line</em>,\ncontinued.", 3},
		{"part_2__sec_1__item_3", "Item", "", "One.\n\nTwo & three.", "One.<br>\nTwo &amp; three.", 8},
		{"proj_1", "Code", "", `{"a": 1}`, "", 14},
	}
	if len(units) != len(want) {
		t.Fatalf("have %d units, want %d", len(units), len(want))
	}
	for i, w := range want {
		u := units[i]
		t.Run(w.eid, func(t *testing.T) {
			if u.EID != w.eid || u.Heading != w.heading || u.ZH != w.zh || u.Line != w.line {
				t.Errorf("have %s %q zh=%q line %d, want %s %q zh=%q line %d", u.EID, u.Heading, u.ZH, u.Line, w.eid, w.heading, w.zh, w.line)
			}
			if u.Text != w.text {
				t.Errorf("text: have %q, want %q", u.Text, w.text)
			}
			if string(u.Inline) != w.inline {
				t.Errorf("inline: have %q, want %q", u.Inline, w.inline)
			}
		})
	}
	// Highlighted by package highlight: chroma's classes, no inline styles.
	if !strings.Contains(string(units[3].Body), `<span class="nt">`) || strings.Contains(string(units[3].Body), `style=`) {
		t.Errorf("code block not highlighted: %s", units[3].Body)
	}
}

func TestParseFileErrors(t *testing.T) {
	tests := []struct {
		name, src, want string
	}{
		{"no eId", "# Title {#a}\n\ntext\n\n## Untitled\n\nmore\n", "f.md:5: heading \"Untitled\" has no eId"},
		{"malformed attribute", "# Title {#a zh=}\n", "f.md:1: malformed attribute block"},
		{"unquoted fingerprint", "# Title {#a zh=1a2b3c4d}\n", "f.md:1: malformed attribute block"},
		{"bad fingerprint", "# Title {#a zh=\"xyz\"}\n", "f.md:1: zh=xyz: expected a quoted fingerprint"},
		{"unknown attribute", "# Title {#a .wide}\n", "f.md:1: unknown attribute \"class\""},
		{"bad eId", "# Title {#Part-2}\n", "f.md:1: eId \"Part-2\""},
		{"text first", "Intro.\n\n# Title {#a}\n", "f.md:1: text before the first heading"},
		{"empty heading without eId", "text? no\n\n####\n", "f.md:1: text before the first heading"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := ParseFile("f.md", []byte(tt.src))
			if err == nil || !strings.Contains(err.Error(), tt.want) {
				t.Errorf("have error %v, want one containing %q", err, tt.want)
			}
		})
	}
}

func TestLoad(t *testing.T) {
	fsys := fstest.MapFS{
		"content/en/plan-a/1.md": {Data: []byte("# One {#part_1}\n\n#### {#part_1__para_1}\n\nText.\n")},
		"content/en/plan-a/2.md": {Data: []byte("# Two {#part_2}\n")},
		"content/en/plan-b/1.md": {Data: []byte("# One {#part_1}\n")},
		"content/en/README.txt":  {Data: []byte("not a plan")},
	}
	set, err := Load(fsys, "en")
	if err != nil {
		t.Fatal(err)
	}
	if have := len(set.Docs); have != 2 {
		t.Errorf("have %d plans, want 2", have)
	}
	if u := set.Doc("plan-a").Unit("part_1__para_1"); u == nil || u.Text != "Text." || u.Pos() != "content/en/plan-a/1.md:3" {
		t.Errorf("have unit %+v, want part_1__para_1 at content/en/plan-a/1.md:3", u)
	}
	if set.Doc("plan-c").Unit("part_1") != nil {
		t.Error("a plan without translation has units")
	}

	empty, err := Load(fstest.MapFS{}, "fr")
	if err != nil || len(empty.Docs) != 0 {
		t.Errorf("no content/fr: have %v, %v; want an empty set", empty, err)
	}
}

// TestLoadReusing: a second load takes the units of unchanged files from
// the first and parses the changed ones; files removed are forgotten.
func TestLoadReusing(t *testing.T) {
	fsys := fstest.MapFS{
		"content/en/p/1.md": {Data: []byte("# One {#part_1}\n")},
		"content/en/p/2.md": {Data: []byte("# Two {#part_2}\n")},
		"content/en/p/3.md": {Data: []byte("# Three {#part_3}\n")},
	}
	first, err := Load(fsys, "en")
	if err != nil {
		t.Fatal(err)
	}
	fsys["content/en/p/2.md"] = &fstest.MapFile{Data: []byte("# Two, again {#part_2}\n")}
	delete(fsys, "content/en/p/3.md")
	second, err := LoadReusing(fsys, "en", first)
	if err != nil {
		t.Fatal(err)
	}
	if a, b := first.Doc("p").Unit("part_1"), second.Doc("p").Unit("part_1"); a != b {
		t.Error("the unchanged file was parsed again")
	}
	if u := second.Doc("p").Unit("part_2"); u == first.Doc("p").Unit("part_2") || u.Heading != "Two, again" {
		t.Errorf("the changed file: have %+v, want the new unit", u)
	}
	if second.Doc("p").Unit("part_3") != nil || len(second.parsed) != 2 {
		t.Errorf("the removed file: have %d files remembered, want 2", len(second.parsed))
	}
}

func TestLoadDuplicate(t *testing.T) {
	fsys := fstest.MapFS{
		"content/en/p/a.md": {Data: []byte("# One {#part_1}\n")},
		"content/en/p/b.md": {Data: []byte("\n# Again {#part_1}\n")},
	}
	_, err := Load(fsys, "en")
	var es pos.List
	if !errors.As(err, &es) || len(es) != 1 {
		t.Fatalf("have %v, want one error", err)
	}
	if want := "content/en/p/b.md:2: eId part_1 already translated at content/en/p/a.md:1"; es[0].Error() != want {
		t.Errorf("have %q, want %q", es[0].Error(), want)
	}
}

// TestParseFileByteOrderMark: a file saved with a UTF-8 byte order mark
// (Notepad's habit) reads as the same units as without it, its first
// heading a heading rather than "text before the first heading".
func TestParseFileByteOrderMark(t *testing.T) {
	src := "# Key Tasks {#part_2 zh=\"0a1b2c3d\"}\n\nText.\n\n## Item {#part_2__item_1}\n\nMore.\n"
	plain, err := ParseFile("f.md", []byte(src))
	if err != nil {
		t.Fatal(err)
	}
	marked, err := ParseFile("f.md", []byte("\uFEFF"+src))
	if err != nil {
		t.Fatalf("with a byte order mark: %v", err)
	}
	if len(marked) != len(plain) {
		t.Fatalf("have %d units, want %d", len(marked), len(plain))
	}
	for i, u := range marked {
		p := plain[i]
		if u.EID != p.EID || u.Heading != p.Heading || u.HeadingMD != p.HeadingMD || u.Text != p.Text || u.Line != p.Line || u.End != p.End {
			t.Errorf("unit %d: have %s %q %q line %d-%d, want %s %q %q line %d-%d", i, u.EID, u.HeadingMD, u.Text, u.Line, u.End, p.EID, p.HeadingMD, p.Text, p.Line, p.End)
		}
	}
}
