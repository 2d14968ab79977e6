package parse_test

import (
	"slices"
	"strings"
	"testing"
)

// TestLevelsInLists reads a responsibility list whose name is printed for
// several levels (（州、县财政局负责）) as a duty clause's subjects are read
// (TestLevelRoles): each level's department, 州财政局 and 县财政局 (each
// county's), in a parenthetical, a 牵头单位 line and a leadAndSupport list;
// a run of levels (区县, Chongqing's districts and counties) is one level,
// and 市场 no 市; levels in 〔〕 (各县〔市、区〕) are one name's.
func TestLevelsInLists(t *testing.T) {
	tests := []struct {
		name, text string
		want       []string
	}{
		{"a parenthetical of two levels",
			"一、加强保障\n（一）落实经费。各地要将所需经费纳入预算，保障工作正常开展。（州、县财政局负责）\n",
			[]string{"part_1__sec_1 lead= support=州财政局|县财政局"}},
		{"levels in brackets",
			"一、加强保障\n（一）加强督查。定期开展督查工作。（州、县（市）政府督查室负责）\n",
			[]string{"part_1__sec_1 lead= support=州政府督查室|县（市）政府督查室"}},
		{"a lead and supports, a run of levels",
			"一、加强宣传\n（一）广泛宣传。开展形式多样的宣传活动。（市委宣传部牵头，市、区县（自治县）教委配合）\n",
			[]string{"part_1__sec_1 lead=市委宣传部 support=市教委|区县（自治县）教委"}},
		{"市场 is no level",
			"一、加强监管\n（一）强化监管。依法开展监督检查。（省、市市场监管局负责）\n（二）规范市场。依法查处违法行为。（市场监管局、县财政局负责）\n",
			[]string{"part_1__sec_1 lead= support=省市场监管局|市市场监管局", "part_1__sec_2 lead= support=市场监管局|县财政局"}},
		{"levels in tortoise-shell brackets, and 本级 as printed",
			"一、主要任务\n（一）加快建设。加快防洪工程建设。（市本级、各县〔市、区〕负责）\n",
			[]string{"part_1__sec_1 lead= support=市本级|各县〔市、区〕"}},
		{"duty lines",
			"一、重点任务\n1．落实补助资金。\n牵头单位：州、县财政局\n完成时限：2022年12月底\n",
			[]string{"part_1__item_1 lead=州财政局|县财政局 support="}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			have := dutyLists(t, "plan.txt", tt.text)
			if !slices.Equal(have, tt.want) {
				t.Errorf("have\n%s\nwant\n%s", strings.Join(have, "\n"), strings.Join(tt.want, "\n"))
			}
		})
	}
}
