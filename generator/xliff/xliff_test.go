package xliff

import (
	"reflect"
	"strings"
	"testing"

	"plansite/generator/pos"
)

func sample() *Document {
	code := &Code{ID: "1", DataRef: "d1", Equiv: "55%", Disp: "55%", SubType: "pls:number"}
	return &Document{SrcLang: "zh-CN", TrgLang: "en", Files: []*File{{
		ID: "p", Original: "seeds/p.txt", Notes: []Note{{Category: "format", Text: "Markdown"}},
		Units: []*Unit{{
			ID: "part_1", Name: "Part I", ZH: "1a2b3c4d",
			Matches:  []Match{{Ref: "#t", Similarity: 72.5, Origin: "q#part_2", Source: "优良率达到60%", Target: "reach 60%"}},
			Glossary: []GlossEntry{{Term: "十四五", Translation: "14th Five-Year Plan", Origin: "content/glossary.yaml:16", Definition: "period"}},
			Notes:    []Note{{Category: "location", Text: "Part I <b> & \"quoted\""}},
			Data:     []Data{{ID: "d1", Text: "55%"}},
			Segments: []*Segment{
				{ID: "h", State: StateFinal, Source: Text("总体要求"), Target: Text("Overall *Requirements*"), HasTarget: true},
				{ID: "t", State: StateInitial, SubState: "pls:stale",
					Source: Content{{Text: "优良率达到"}, {Code: code}, {Text: "。\n第二段"}},
					Target: Content{{Text: "reach "}, {Code: code}, {Text: ".\n\nSecond"}}, HasTarget: true},
			},
		}, {
			ID: "part_2", Segments: []*Segment{{ID: "h", State: StateInitial, Source: Text("主要任务")}},
		}},
	}}}
}

// TestRoundTrip: what Marshal writes, Parse reads back the same, line
// feeds and markup characters included, but for what is written for the
// translator alone (notes, matches, glossary, a unit's name), which it
// skips.
func TestRoundTrip(t *testing.T) {
	data := Marshal(sample())
	have, err := Parse("p.xlf", data)
	if err != nil {
		t.Fatal(err)
	}
	clearLines(have)
	want := sample()
	for _, f := range want.Files {
		f.Notes = nil
		for _, u := range f.Units {
			u.Name, u.Notes, u.Matches, u.Glossary = "", nil, nil, nil
		}
	}
	if !reflect.DeepEqual(have, want) {
		t.Errorf("have %+v\nwant %+v\n%s", have.Files[0].Units[0], want.Files[0].Units[0], data)
	}
	if again, first := Marshal(have), Marshal(want); string(again) != string(first) {
		t.Errorf("second write differs:\n%s\nfirst:\n%s", again, first)
	}
	if !strings.Contains(string(data), "&#xA;") {
		t.Errorf("line feeds should be written as character references so tools keep them:\n%s", data)
	}
}

func clearLines(d *Document) {
	for _, f := range d.Files {
		f.Line = 0
		for _, u := range f.Units {
			u.Line = 0
			for _, s := range u.Segments {
				s.Line, s.TargetLine = 0, 0
			}
		}
	}
}

// TestPlain: a target's placeholders read as their equiv, a source's as
// their original data.
func TestPlain(t *testing.T) {
	u := sample().Files[0].Units[0]
	s := u.Segment("t")
	if have, want := s.Source.Plain(u.DataText), "优良率达到55%。\n第二段"; have != want {
		t.Errorf("source: have %q, want %q", have, want)
	}
	if have, want := s.Target.Plain(nil), "reach 55%.\n\nSecond"; have != want {
		t.Errorf("target: have %q, want %q", have, want)
	}
}

// TestToolVariants: what CAT tools write besides Plansite's own markup
// (groups, <mrk>, <pc>, other modules, no namespace) is read or skipped.
func TestToolVariants(t *testing.T) {
	src := `<?xml version="1.0"?>
<xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" xmlns:x="urn:x" version="2.0" srcLang="zh" trgLang="en">
<file id="p"><x:meta a="b"/>
<group id="g"><unit id="part_1"><x:ext/>
<segment id="h" state="translated"><source>总体<mrk id="m1" translate="no">要求</mrk></source><target><pc id="1">Overall</pc> Requirements</target></segment>
<ignorable><source> </source></ignorable>
</unit></group>
</file></xliff>`
	d, err := Parse("t.xlf", []byte(src))
	if err != nil {
		t.Fatal(err)
	}
	u := d.Files[0].Units[0]
	s := u.Segment("h")
	if u.ID != "part_1" || s == nil || s.Source.Plain(nil) != "总体要求" || s.Target.Plain(nil) != "Overall Requirements" || s.State != StateTranslated {
		t.Errorf("have unit %+v segment %+v, want part_1 h 总体要求 → Overall Requirements", u, s)
	}
	if s.Line != 5 || s.TargetLine != 5 || u.Line != 4 {
		t.Errorf("lines: have unit %d segment %d target %d, want 4, 5, 5", u.Line, s.Line, s.TargetLine)
	}
}

func TestParseErrors(t *testing.T) {
	tests := []struct {
		name, src string
		line      int
		msg       string
	}{
		{"not xml", "<xliff version=\"2.1\">\n<file>\n</xliff>", 3, "not well-formed"},
		{"xliff 1.2", "<?xml version=\"1.0\"?>\n<xliff version=\"1.2\"><file/></xliff>", 2, "version \"1.2\""},
		{"other root", "<html/>", 1, "expected <xliff>"},
		{"markdown", "# Plansite\n\nA site at `/zh/<slug>/`.\n", 1, "text before any element (# Plansite): not an XLIFF file; expected <xliff>"},
		{"unit without id", "<xliff version=\"2.1\">\n<file id=\"p\">\n<unit>\n</unit></file></xliff>", 3, "without an id"},
		{"unclosed", "<xliff version=\"2.1\">\n<file id=\"p\">", 2, "not"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := Parse("x.xlf", []byte(tt.src))
			e, ok := pos.First(err)
			if !ok || e.File != "x.xlf" || e.Line != tt.line || !strings.Contains(e.Msg, tt.msg) {
				t.Errorf("have %v, want x.xlf:%d: …%s…", err, tt.line, tt.msg)
			}
		})
	}
}

// FuzzParse: any input is read or refused with an error, never a panic;
// what is read writes out as valid XLIFF.
func FuzzParse(f *testing.F) {
	f.Add(Marshal(sample()))
	f.Add([]byte("<xliff version=\"2.1\"><file id=\"p\"><unit id=\"a\"><segment><source>x<ph id=\"1\"/></source></segment></unit></file></xliff>"))
	f.Fuzz(func(t *testing.T, data []byte) {
		d, err := Parse("f.xlf", data)
		if err != nil {
			if _, ok := pos.First(err); !ok {
				t.Errorf("error without a place: %v", err)
			}
			return
		}
		Marshal(d)
	})
}
