package translate

import (
	"strings"
	"testing"
)

func TestStamp(t *testing.T) {
	tests := []struct {
		name, src string
		fps       map[int]string
		want      string
	}{
		{"adds", "# T {#a}\n\ntext\n", map[int]string{1: "0a1b2c3d"}, "# T {#a zh=\"0a1b2c3d\"}\n\ntext\n"},
		{"empty heading", "#### {#a}\r\n\r\ntext\r\n", map[int]string{1: "0a1b2c3d"}, "#### {#a zh=\"0a1b2c3d\"}\r\n\r\ntext\r\n"},
		{"replaces", "# T {#a zh=\"ffffffff\"}\n", map[int]string{1: "0a1b2c3d"}, "# T {#a zh=\"0a1b2c3d\"}\n"},
		{"replaces first", "# T {zh=\"ffffffff\" #a}\n", map[int]string{1: "0a1b2c3d"}, "# T {zh=\"0a1b2c3d\" #a}\n"},
		{"replaces a malformed value", "# T {#a zh=12}\n", map[int]string{1: "0a1b2c3d"}, "# T {#a zh=\"0a1b2c3d\"}\n"},
		{"keeps braces in the heading", "# The {x} set {#a}\n", map[int]string{1: "0a1b2c3d"}, "# The {x} set {#a zh=\"0a1b2c3d\"}\n"},
		{"several lines, no final newline", "# A {#a}\n# B {#b}", map[int]string{1: "11111111", 2: "22222222"}, "# A {#a zh=\"11111111\"}\n# B {#b zh=\"22222222\"}"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			have, err := Stamp("f.md", []byte(tt.src), tt.fps)
			if err != nil {
				t.Fatal(err)
			}
			if string(have) != tt.want {
				t.Errorf("have %q, want %q", have, tt.want)
			}
			units, err := ParseFile("f.md", have)
			if err != nil {
				t.Fatalf("stamped file does not parse: %v", err)
			}
			if units[0].ZH != tt.fps[1] {
				t.Errorf("read back zh=%q, want %q", units[0].ZH, tt.fps[1])
			}
		})
	}
	if _, err := Stamp("f.md", []byte("text\n"), map[int]string{1: "0a1b2c3d"}); err == nil || !strings.Contains(err.Error(), "f.md:1: no attribute block") {
		t.Errorf("have %v, want f.md:1: no attribute block", err)
	}
}

func TestStampPlan(t *testing.T) {
	doc := testDoc()
	src := "# A {#part_1}\n\n### B {#part_1__item_1 zh=\"00000000\"}\n\n#### {#notice__date}\n"
	units, err := ParseFile("a.md", []byte(src))
	if err != nil {
		t.Fatal(err)
	}
	d := &Doc{byEID: map[string]*Unit{}}
	for _, u := range units {
		d.Units = append(d.Units, u)
		d.byEID[u.EID] = u
	}
	tests := []struct {
		restamp bool
		want    map[int]string
	}{
		{false, map[int]string{1: Fingerprint(doc.Node("part_1"))}},
		{true, map[int]string{1: Fingerprint(doc.Node("part_1")), 3: Fingerprint(doc.Node("part_1__item_1"))}},
	}
	for _, tt := range tests {
		have := StampPlan(doc, d, tt.restamp)["a.md"]
		if len(have) != len(tt.want) {
			t.Errorf("restamp=%v: have %v, want %v", tt.restamp, have, tt.want)
			continue
		}
		for l, fp := range tt.want {
			if have[l] != fp {
				t.Errorf("restamp=%v line %d: have %q, want %q", tt.restamp, l, have[l], fp)
			}
		}
	}
}
