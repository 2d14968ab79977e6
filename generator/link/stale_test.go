package link

import (
	"strings"
	"testing"

	"plansite/generator/parse"
)

// TestEditsMoved: a heading added above the plan's title makes it an
// attachment, and every eId the links name moves under att_2__: the
// build fails with one problem naming the cause, not one per entry; an
// eId missing on its own is reported once, with the lines that repeat
// it and the eId the node has now.
func TestEditsMoved(t *testing.T) {
	src := mustRead(t, zichuan)
	title := []byte("淄川区教育事业发展“十四五”规划\n")
	i := strings.Index(string(src), "\n\n"+string(title))
	if i < 0 {
		t.Fatal("the frozen seed lost its plan title")
	}
	moved := append(append(append([]byte{}, src[:i+1]...), "\n第九十九章 奇怪\n"...), src[i+1:]...)
	doc, err := parse.Parse(zichuan, moved)
	if err != nil {
		t.Fatal(err)
	}
	if doc.Projects[0].EID == "proj_1" {
		t.Fatalf("the added heading did not move the eIds (%s): the test needs another input", doc.Projects[0].EID)
	}
	tests := []struct {
		name, yaml string
		want       []string
		lines      int
	}{
		{"all moved",
			"zichuan-education-2022:\n  proj_1:\n    add:\n      - task: part_2__sec_1__item_1\n        reason: x\n  proj_2:\n    add:\n      - task: part_2__sec_1__item_1\n        reason: x\n      - task: part_2__sec_1__item_2\n        reason: x\n",
			[]string{"links.yaml:4: zichuan-education-2022: the 2 eIds its 3 entries name are not in", "now start att_2__ (proj_1 is att_2__proj_1 now)"},
			1},
		{"one missing, repeated",
			"zichuan-education-2022:\n  att_2__proj_1:\n    add:\n      - task: part_2__sec_9__item_1\n        reason: x\n  att_2__proj_3:\n    add:\n      - task: part_2__sec_9__item_1\n        reason: y\n  proj_2:\n    add:\n      - task: att_2__part_2__sec_1__item_1\n        reason: x\n",
			[]string{"links.yaml:4: zichuan-education-2022: no task part_2__sec_9__item_1 (a node with a responsibility list) in", "; also named on line(s) 8", "links.yaml:12: zichuan-education-2022: no key project proj_2 in", "(is it att_2__proj_2 now?)"},
			2},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			edits, err := ParseEdits("links.yaml", []byte(tt.yaml))
			if err != nil {
				t.Fatal(err)
			}
			_, err = Analyze(doc, registry(t), edits)
			if err == nil {
				t.Fatal("have no error")
			}
			for _, want := range tt.want {
				if !strings.Contains(err.Error(), want) {
					t.Errorf("have %v, want %q", err, want)
				}
			}
			if have := strings.Count(err.Error(), "\n") + 1; have != tt.lines {
				t.Errorf("have %d problems, want %d:\n%v", have, tt.lines, err)
			}
		})
	}
}
