package parse_test

import (
	"slices"
	"strings"
	"testing"
)

// TestRunInSectionDuties: an 意见 or a 规划 prints its measures as
// headings run into their text, and the text names who does what
// (国发〔2021〕29号 十一（五）). Before, only paragraphs, items and articles
// were read for a subject's duty, so a State Council plan had none. The
// opening of a measure (开展社会监督…) is no subject, though 社会 ends in
// 会 as 委员会 does. A measure that is a duty alone (（一）市公安局负责治安
// 管理。) is its subject's.
func TestRunInSectionDuties(t *testing.T) {
	for _, c := range []struct {
		name, text string
		want       []string
	}{
		{"shall", "一、保障措施\n（五）强化监测评估。各地区、各部门要结合本地区实际，抓紧制定配套政策。国家发展改革委、中央网信办、工业和信息化部要会同有关部门加强调查研究和督促指导。\n",
			[]string{"part_1__sec_5 lead= support=国家发展改革委|中央网信办|工业和信息化部"}},
		{"charged", "一、保障措施\n（一）加强组织领导。市发展改革委负责统筹协调。市财政局负责资金保障。\n",
			[]string{"part_1__sec_1 lead=市发展改革委 support=", "part_1__sec_1 lead=市财政局 support="}},
		{"measure", "一、治理\n（三）完善多元共治新格局。开展社会监督、媒体监督、公众监督，培育多元治理新生态。\n", nil},
		{"a duty for heading", "一、治理\n（一）市公安局负责治安管理。\n（二）加强宣传。\n", []string{"part_1__sec_1 lead=市公安局 support="}},
	} {
		t.Run(c.name, func(t *testing.T) {
			have := dutyLists(t, c.name+".txt", "关于加强治理的实施意见\n"+c.text)
			if !slices.Equal(have, c.want) {
				t.Errorf("have\n%s\nwant\n%s", strings.Join(have, "\n"), strings.Join(c.want, "\n"))
			}
		})
	}
}
