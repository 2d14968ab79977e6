package parse_test

import (
	"slices"
	"strings"
	"testing"

	"plansite/generator/parse"
	"plansite/generator/plan"
)

// TestDutyNamesOfOnePhrase: 企业、事业单位 (enterprises and public
// institutions) is one phrase, not two names: 各大企业、事业单位 is one
// department of a list, in brackets, in labelled lines and in a table's
// column alike. Before, 各大企业 and 事业单位 were two.
func TestDutyNamesOfOnePhrase(t *testing.T) {
	text := "一、任务\n1.做好就业服务。（区人社局牵头，各大企业、事业单位配合）\n" +
		"2.落实带薪休假。（责任单位：区人社局、各大企业、事业单位）\n" +
		"3.开展技能培训。\n牵头单位：区人社局\n责任单位：各企业、事业单位，各街道\n"
	have := dutyLists(t, "names.txt", text)
	want := []string{
		"part_1__item_1 lead=区人社局 support=各大企业、事业单位",
		"part_1__item_2 lead= support=区人社局|各大企业、事业单位",
		"part_1__item_3 lead=区人社局 support=各企业、事业单位|各街道",
	}
	if !slices.Equal(have, want) {
		t.Errorf("have\n%s\nwant\n%s", strings.Join(have, "\n"), strings.Join(want, "\n"))
	}
}

// dutyLists parses text as the file name and returns its responsibility
// lists in document order, one line each: "eId lead=A|B support=C".
func dutyLists(t *testing.T, name, text string) []string {
	t.Helper()
	doc, err := parse.Parse(name, []byte(text))
	if err != nil {
		t.Fatal(err)
	}
	var out []string
	doc.Walk(func(n *plan.Node) bool {
		for _, r := range n.Responsibilities() {
			out = append(out, n.EID+" lead="+strings.Join(r.Lead, "|")+" support="+strings.Join(r.Support, "|"))
		}
		return true
	})
	return out
}
