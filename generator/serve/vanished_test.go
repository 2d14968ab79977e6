package serve

import (
	"io"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"plansite/generator/plan"
	seedsource "plansite/generator/source"
)

// TestCutSeedLeads: a seed saved half-written (an editor's save that
// truncates the file, then writes it) loses its last passages, and a
// link of content/links.yaml to one of them fails the load. The overlay
// leads with the seed, where the text now ends, saying that the passages
// after it vanished with this save and it looks cut off; the links.yaml
// problem follows. It pointed at content/links.yaml alone.
func TestCutSeedLeads(t *testing.T) {
	const seed = "seeds/zichuan-education-2022.txt"
	rb, path, data := builtSeed(t, seed)
	// Half of what an editor's save writes: up to the heading of 二（六),
	// whose task 3 links.yaml links to.
	at := strings.Index(string(data), "（六）深入推进教育改革创新")
	if err := os.WriteFile(path, data[:at], 0o644); err != nil {
		t.Fatal(err)
	}
	st := rb.build([]string{seed})
	if st.Error == nil {
		t.Fatal("have no error, want the seed's")
	}
	if st.Error.File != seed || st.Error.Line < 1 || !strings.Contains(st.Error.Msg, "cut off") {
		t.Errorf("have %s:%d: %s, want %s:N: …cut off…", st.Error.File, st.Error.Line, st.Error.Msg, seed)
	}
	if len(st.Error.Follows) != 1 || st.Error.Follows[0].File != "content/links.yaml" {
		t.Errorf("have %+v following, want the links.yaml problem", st.Error.Follows)
	}
	if !slices.ContainsFunc(st.Error.Source, func(l SourceLine) bool { return l.Here && l.N == st.Error.Line }) {
		t.Errorf("have source %+v, want the seed's lines around its end", st.Error.Source)
	}
	for _, local := range []bool{true, false} {
		seen := st
		if !local {
			seen = withoutSource(st)
		}
		if have := len(seen.Error.Follows[0].Source) > 0; have != local {
			t.Errorf("local %v: the following problem's source shown: have %v, want %v", local, have, local)
		}
	}
}

// TestCutSeedWarned: a seed saved half-written whose lost passages nothing
// links to loads, and the plan would be shown cut short without a word;
// the save is warned of at the seed, where its text now ends. A seed that
// lost a passage in its middle, or none, is not.
func TestCutSeedWarned(t *testing.T) {
	const seed = "seeds/p.txt"
	full := "某区教育发展规划\n\n一、总体要求\n\n（一）坚持优先发展。\n\n（二）坚持改革创新。\n\n二、主要任务\n\n（一）建设学校。\n\n（二）培养教师。\n"
	parse := func(t *testing.T, text string) []*plan.Document {
		d, err := seedsource.ParseBytes(seed, []byte(text))
		if err != nil {
			t.Fatal(err)
		}
		return []*plan.Document{d}
	}
	last := passages(nil).update(parse(t, full), nil)
	cut := full[:strings.Index(full, "二、主要任务")]
	middle := strings.Replace(full, "（二）坚持改革创新。\n\n", "", 1)
	tests := []struct {
		name, text string
		changed    []string
		want       string // the warning's start, "" for none
	}{
		{"cut off", cut, []string{seed}, seed + ":7: the plan's text ends here; 3 passages of the last good load vanished with this save (part_2 … part_2__sec_2), all after the last one left: does the file look cut off"},
		{"a passage taken out", middle, []string{seed}, ""},
		{"unchanged", full, []string{seed}, ""},
		{"not saved in this load", cut, []string{"content/links.yaml"}, ""},
	}
	// A plan with a key project before the cut: its project is a node
	// of the text like any other, kept with the passages before the cut.
	withProject := "某区教育发展规划\n\n一、总体要求\n\n（一）坚持优先发展。\n\n表1 重点项目\n\n序号\t项目名称\t主要内容\n1\t甲工程\t建设学校。\n\n二、主要任务\n\n（一）建设学校。\n\n（二）培养教师。\n"
	lastWithProject := passages(nil).update(parse(t, withProject), nil)
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ws := cutWarnings(last, parse(t, tt.text), tt.changed)
			switch {
			case tt.want == "" && len(ws) > 0:
				t.Errorf("have %v, want no warning", ws[0].Error.String())
			case tt.want != "" && (len(ws) != 1 || !strings.HasPrefix(ws[0].Error.String(), tt.want)):
				t.Errorf("have %v, want %s…", ws, tt.want)
			}
		})
	}
	t.Run("cut off after a key project", func(t *testing.T) {
		cut := withProject[:strings.Index(withProject, "二、主要任务")]
		ws := cutWarnings(lastWithProject, parse(t, cut), []string{seed})
		want := seed + ":10: the plan's text ends here; 3 passages of the last good load vanished with this save (part_2 … part_2__sec_2), all after the last one left"
		if len(ws) != 1 || !strings.HasPrefix(ws[0].Error.String(), want) {
			t.Errorf("have %v, want %s…", ws, want)
		}
	})
}

// TestMovedSeedLeads: a heading saved above the plan's title makes the
// plan an attachment, and every eId content/links.yaml names moves under
// att_2__. The overlay leads with the seed at the added heading, saying
// the passages have new eIds and naming one; the links.yaml problem
// follows. It led with "97 passages vanished" at the end of the plan, as
// if the file were cut short.
func TestMovedSeedLeads(t *testing.T) {
	const seed = "seeds/zichuan-education-2022.txt"
	rb, path, data := builtSeed(t, seed)
	at := strings.Index(string(data), "\n淄川区教育事业发展“十四五”规划\n")
	if at < 0 {
		t.Fatal("the frozen seed lost its plan title")
	}
	added := string(data[:at]) + "\n第九十九章 奇怪\n" + string(data[at:])
	if err := os.WriteFile(path, []byte(added), 0o644); err != nil {
		t.Fatal(err)
	}
	line := strings.Count(added[:strings.Index(added, "第九十九章")], "\n") + 1
	st := rb.build([]string{seed})
	if st.Error == nil {
		t.Fatal("have no error, want the seed's")
	}
	if st.Error.File != seed || st.Error.Line != line || !strings.Contains(st.Error.Msg, "new eIds (") || !strings.Contains(st.Error.Msg, " is att_2__") {
		t.Errorf("have %s:%d: %s, want %s:%d: …new eIds (… is att_2__…", st.Error.File, st.Error.Line, st.Error.Msg, seed, line)
	}
	if len(st.Error.Follows) != 1 || st.Error.Follows[0].File != "content/links.yaml" || !strings.Contains(st.Error.Follows[0].Msg, "now start att_2__") {
		t.Errorf("have %+v following, want the links.yaml problem of eIds moved", st.Error.Follows)
	}
}

// builtSeed is a rebuilder of a copy of the frozen project after its first
// good build, with the path and text of its seed, for a test that saves
// the seed changed.
func builtSeed(t *testing.T, seed string) (rb *rebuilder, path string, data []byte) {
	t.Helper()
	dir := project(t)
	rb = newRebuilder(os.DirFS(dir), io.Discard, &idle{}, func(*served) {}, func(*Status) {})
	rb.lim = testLimits()
	t.Cleanup(rb.stop)
	if st := rb.build(nil); st.Error != nil {
		t.Fatal(st.Error.Msg)
	}
	path = filepath.Join(dir, filepath.FromSlash(seed))
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	return rb, path, data
}
