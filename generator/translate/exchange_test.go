package translate

import (
	"io/fs"
	"os"
	"strings"
	"testing"
	"testing/fstest"

	"plansite/generator/internal/testproject"
	"plansite/generator/link/dept"
	"plansite/generator/parse"
	"plansite/generator/plan"
	"plansite/generator/pos"
	"plansite/generator/xliff"
)

// project is the frozen project (package testproject): the Zichuan plan,
// its English, the registry and the glossary, as a MapFS a test may change.
func project(t *testing.T) fstest.MapFS { return testproject.Map(t) }

// loaded is a project read as the commands read it.
type loaded struct {
	docs []*plan.Document
	set  *Set
	mem  *Memory
}

func load(t *testing.T, fsys fs.FS) loaded {
	t.Helper()
	names, err := fs.Glob(fsys, "seeds/*.txt")
	if err != nil {
		t.Fatal(err)
	}
	var l loaded
	for _, n := range names {
		doc, err := parse.File(fsys, n)
		if err != nil {
			t.Fatal(err)
		}
		l.docs = append(l.docs, doc)
	}
	if l.set, err = Load(fsys, "en"); err != nil {
		t.Fatal(err)
	}
	reg, err := dept.Load(fsys, "content/departments.yaml")
	if err != nil {
		t.Fatal(err)
	}
	terms, err := LoadGlossary(fsys)
	if err != nil {
		t.Fatal(err)
	}
	l.mem = NewMemory(l.docs, l.set, reg, terms)
	return l
}

func (l loaded) doc(slug string) *plan.Document {
	for _, d := range l.docs {
		if d.Slug == slug {
			return d
		}
	}
	return nil
}

const zichuan = "zichuan-education-2022"

// export writes plan slug of l as an XLIFF file and reads it back, as a
// CAT tool would receive it.
func (l loaded) export(t *testing.T, slug string) (*xliff.Document, ExportStats) {
	t.Helper()
	f, st := Export(l.doc(slug), l.set.Doc(slug), l.mem)
	x, err := xliff.Parse("p.xlf", xliff.Marshal(&xliff.Document{SrcLang: "zh-CN", TrgLang: "en", Files: []*xliff.File{f}}))
	if err != nil {
		t.Fatal(err)
	}
	return x, st
}

// TestRoundTripZichuan: export, then import of the file unchanged, leaves
// every translation file as it was.
func TestRoundTripZichuan(t *testing.T) {
	fsys := project(t)
	l := load(t, fsys)
	x, st := l.export(t, zichuan)
	if st.Units != st.Current || st.Units < 100 {
		t.Fatalf("export: have %+v, want 100+ units, all current", st)
	}
	imp, err := Apply("p.xlf", x, l.docs, l.set, fsys, "")
	if err != nil {
		t.Fatal(err)
	}
	if len(imp.Files) != 0 || imp.Unchanged != st.Units || len(imp.Warnings) != 0 {
		t.Errorf("have %d files to write, %d unchanged of %d, warnings %v; want none to write", len(imp.Files), imp.Unchanged, st.Units, imp.Warnings)
	}
}

// edit changes the target of segment seg of unit id in x.
func edit(t *testing.T, x *xliff.Document, id, seg, target, state string) *xliff.Unit {
	t.Helper()
	for _, u := range x.Files[0].Units {
		if u.ID == id {
			s := u.Segment(seg)
			if s == nil {
				t.Fatalf("unit %s has no segment %s", id, seg)
			}
			s.Target, s.HasTarget = xliff.Text(target), target != ""
			if state != "" {
				s.State, s.SubState = state, ""
			}
			return u
		}
	}
	t.Fatalf("no unit %s", id)
	return nil
}

// without removes unit eid from the translation file name of fsys.
func without(t *testing.T, fsys fstest.MapFS, name, eid string) {
	t.Helper()
	src := string(fsys[name].Data)
	start := strings.Index(src, "{#"+eid+" ")
	if start < 0 {
		t.Fatalf("%s has no unit %s", name, eid)
	}
	start = strings.LastIndex(src[:start], "\n") + 1
	end := strings.Index(src[start+1:], "\n#")
	if end < 0 {
		end = len(src)
	} else {
		end += start + 2
	}
	fsys[name] = &fstest.MapFile{Data: []byte(src[:start] + src[end:])}
}

func TestImport(t *testing.T) {
	part1 := "content/en/" + zichuan + "/part-1.md"
	tests := []struct {
		name   string
		prep   func(fstest.MapFS)                // before export
		change func(*testing.T, *xliff.Document) // the translator's work
		file   string                            // the one file that must change
		want   []string                          // lines the file must have
		warn   string
	}{{
		name: "revised text",
		change: func(t *testing.T, x *xliff.Document) {
			edit(t, x, "part_1__sec_1__para_1", "t", "Revised guiding ideology.\n\nSecond paragraph.", xliff.StateReviewed)
		},
		file: part1,
		want: []string{"#### {#part_1__sec_1__para_1 zh=\"99dd0652\"}\n\nRevised guiding ideology.\n\nSecond paragraph.\n\n## Basic Principles {#part_1__sec_2"},
	}, {
		name: "revised heading keeps the level",
		change: func(t *testing.T, x *xliff.Document) {
			edit(t, x, "part_1__sec_2", "h", "Principles", xliff.StateFinal)
		},
		file: part1,
		want: []string{"\n## Principles {#part_1__sec_2 zh=\"6296a2c5\"}\n\n### Upholding"},
	}, {
		name: "new unit goes in document order",
		prep: func(fs fstest.MapFS) { without(t, fs, part1, "part_1__sec_2__para_2") },
		change: func(t *testing.T, x *xliff.Document) {
			edit(t, x, "part_1__sec_2__para_2", "h", "Giving priority to education", xliff.StateTranslated)
			edit(t, x, "part_1__sec_2__para_2", "t", "# Not a heading.", xliff.StateTranslated)
		},
		file: part1,
		want: []string{"{#part_1__sec_2__para_1 zh=\"35f258d9\"}\n\n", "\n\n### Giving priority to education {#part_1__sec_2__para_2 zh=\"42243b2d\"}\n\n\\# Not a heading.\n\n### Putting the people"},
	}, {
		name: "changed Chinese imports stale",
		change: func(t *testing.T, x *xliff.Document) {
			u := edit(t, x, "part_1__sec_3", "h", "Goals", xliff.StateFinal)
			u.ZH = "0badc0de"
		},
		file: part1,
		want: []string{"## Goals {#part_1__sec_3 zh=\"0badc0de\"}\n"},
		warn: "part_1__sec_3: the Chinese changed since the file was exported; imported as stale",
	}, {
		name: "confirmed stale unit is restamped, its English kept byte for byte",
		prep: func(fs fstest.MapFS) {
			src := strings.Replace(string(fs[part1].Data), `{#part_1__sec_3 zh="da57bcea"}`, `{#part_1__sec_3   zh="0badc0de"}`, 1)
			fs[part1] = &fstest.MapFile{Data: []byte(src)}
		},
		change: func(t *testing.T, x *xliff.Document) {
			for _, u := range x.Files[0].Units {
				if u.ID == "part_1__sec_3" {
					if s := u.Segment("h"); s.State != xliff.StateInitial || s.SubState != SubStale {
						t.Errorf("stale unit exported as %s/%s, want initial/%s", s.State, s.SubState, SubStale)
					}
					u.Segment("h").State = xliff.StateReviewed
				}
			}
		},
		file: part1,
		want: []string{"## Development Goals {#part_1__sec_3   zh=\"da57bcea\"}\n"},
	}}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			fsys := project(t)
			if tt.prep != nil {
				tt.prep(fsys)
			}
			before := string(fsys[tt.file].Data)
			l := load(t, fsys)
			x, _ := l.export(t, zichuan)
			tt.change(t, x)
			imp, err := Apply("p.xlf", x, l.docs, l.set, fsys, "")
			if err != nil {
				t.Fatal(err)
			}
			if len(imp.Files) != 1 || imp.Files[tt.file] == nil {
				t.Fatalf("have files %v, want only %s", keys(imp.Files), tt.file)
			}
			have := string(imp.Files[tt.file])
			for _, w := range tt.want {
				if !strings.Contains(have, w) {
					t.Errorf("%s lacks %q:\n%s", tt.file, w, have)
				}
			}
			if changed := diffLines(before, have); changed > 6 {
				t.Errorf("%d lines changed, want only the unit's", changed)
			}
			var warns []string
			for _, w := range imp.Warnings {
				warns = append(warns, w.Error())
			}
			if got := strings.Join(warns, "\n"); tt.warn == "" && got != "" || tt.warn != "" && !strings.Contains(got, tt.warn) {
				t.Errorf("warnings: have %q, want %q", got, tt.warn)
			}
			// The written files read back, and the unit is where it should be.
			fsys[tt.file] = &fstest.MapFile{Data: imp.Files[tt.file]}
			if _, err := Load(fsys, "en"); err != nil {
				t.Error(err)
			}
		})
	}
}

// diffLines counts the lines of b that a does not have at the same place,
// after the common start and end.
func diffLines(a, b string) int {
	la, lb := strings.Split(a, "\n"), strings.Split(b, "\n")
	i := 0
	for i < len(la) && i < len(lb) && la[i] == lb[i] {
		i++
	}
	j := 0
	for j < len(la)-i && j < len(lb)-i && la[len(la)-1-j] == lb[len(lb)-1-j] {
		j++
	}
	return max(len(la), len(lb)) - i - j
}

func keys(m map[string][]byte) []string {
	var ks []string
	for k := range m {
		ks = append(ks, k)
	}
	return ks
}

func TestImportRejects(t *testing.T) {
	tests := []struct {
		name   string
		change func(*xliff.Document)
		want   string
		line   bool
	}{
		{"unknown id", func(x *xliff.Document) { x.Files[0].Units[3].ID = "part_9__sec_9" }, `unit "part_9__sec_9" is not an eId of seeds/zichuan-education-2022.txt`, true},
		{"another plan", func(x *xliff.Document) {}, `the file is for plan "zichuan-education-2022", not "other"`, true},
		{"plan not in seeds", func(x *xliff.Document) { x.Files[0].ID = "gone" }, `the file is for plan "gone", which seeds/ lacks`, true},
		{"wrong language", func(x *xliff.Document) { x.TrgLang = "fr" }, `target language "fr": expected en`, true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			fsys := project(t)
			l := load(t, fsys)
			x, _ := l.export(t, zichuan)
			tt.change(x)
			want := ""
			if tt.name == "another plan" {
				want = "other"
			}
			_, err := Apply("p.xlf", x, l.docs, l.set, fsys, want)
			e, ok := pos.First(err)
			if !ok || e.File != "p.xlf" || e.Line < 1 || !strings.Contains(err.Error(), tt.want) {
				t.Errorf("have %v, want p.xlf:line: %s", err, tt.want)
			}
		})
	}
}

func TestProtectedSpans(t *testing.T) {
	tests := []struct{ in, want string }{
		{"优良率和合格率分别达到55%、95%以上", "55%|95%"},
		{"根据川政发〔2022〕10号文件", "川政发〔2022〕10号"},
		{"根据某政办发（2023）5号要求", "某政办发（2023）5号"},
		{"依据某市政府令〔2010〕第15号", "某市政府令〔2010〕第15号"},
		{"到2025年，5G网络和IPv6", "2025|5G|IPv6"},
		{"投资1.2亿元，新增3000个学位", "3000"},
		{"见 part_2__sec_1__item_3 和 proj_12", "part_2__sec_1__item_3|proj_12"},
		{"“十四五”时期", ""},
	}
	for _, tt := range tests {
		var have []string
		for _, s := range protectedSpans(tt.in) {
			have = append(have, tt.in[s.start:s.end])
		}
		if got := strings.Join(have, "|"); got != tt.want {
			t.Errorf("%s: have %q, want %q", tt.in, got, tt.want)
		}
	}
}

// TestCodesRoundTrip: a target that repeats a source's protected text gets
// the source's placeholder, and reads back as the same text.
func TestCodesRoundTrip(t *testing.T) {
	cs := &codes{}
	src := cs.source("分别达到55%和95%，依据川政发〔2022〕10号")
	en := "reach 55% and 95% respectively (Chuan Zheng Fa [2022] No. 10); 1955% is not a code"
	tgt := cs.target(en, src)
	n := 0
	for _, in := range tgt {
		if in.Code != nil {
			n++
		}
	}
	if n != 3 {
		t.Errorf("target has %d placeholders, want 3: %+v", n, tgt)
	}
	if have := tgt.Plain(nil); have != en {
		t.Errorf("target reads back as %q, want %q", have, en)
	}
}

func readSeed(t *testing.T, name string) *fstest.MapFile {
	t.Helper()
	data, err := os.ReadFile(name)
	if err != nil {
		t.Fatal(err)
	}
	return &fstest.MapFile{Data: data}
}
