package target

import (
	"slices"
	"strings"
	"testing"
)

// TestRuleTargets reads the numbers a rule (办法, 规定, 政策措施) prints
// that are no goal, or a goal of another kind than a count: a value
// changed from one to another (the new one is the target), a bound's
// note in brackets, an ordinal with a space after 第, a time limit in
// working days, and the count of what another body enumerated. Each is
// the shape of a sentence of a corpus document.
func TestRuleTargets(t *testing.T) {
	tests := []struct {
		name, text string
		want       []string
	}{
		{"a change from one value to another: the new one",
			"住房公积金最高贷款额度由35万元调整为45万元。",
			[]string{"住房公积金最高贷款额度 | = 45 万元"}},
		{"a change raised to a value",
			"首套住房贷款最低首付比例由30%下调至20%。",
			[]string{"首套住房贷款最低首付比例 | = 20 %"}},
		{"changes of several values at once, and 下降至",
			"即：药品补充申请注册费分别由0.54万元、2.59万元下降至0.378万元、1.81万元；药品再注册费由2.44万元下降至1.708万元。",
			[]string{"药品补充申请注册费 | ≤ 0.378 万元", "药品补充申请注册费 | ≤ 1.81 万元", "药品再注册费 | ≤ 1.708 万元"}},
		{"a change to a ceiling, from 从",
			"中小微企业返还比例从60%最高提至90%。",
			[]string{"中小微企业返还比例 | ≤ 90 %"}},
		{"a deadline's month and day",
			"到2025年6月底，建成示范点10个。截至2022年6月30日前完成清理。2014年8月31日以前出生的儿童。",
			[]string{"建成示范点 | = 10 个 | by 2025-06-30", "完成清理 | by 2022-06-30"}},
		{"a measure's term is no deadline",
			"本政策措施自2022年6月1日起实行，有效期至2023年12月31日止。对2022年1月1日至2022年12月31日期间新购置的设备给予补贴。上述政策执行期限至2022年12月31日。",
			nil},
		{"a change of a bound, its note after it",
			"放宽住房公积金贷款房屋面积限制，单元建筑面积由180平方米（含）以内提高到200平方米（含）以内。",
			[]string{"单元建筑面积 | ≤ 200 平方米"}},
		{"a change of a bound, over a comma",
			"提高纯公积金贷款比例，贷款额由不高于房价的70%，提高到不高于房价的80%。",
			[]string{"贷款额 | ≤ 80 %"}},
		{"a strict bound noted before its word",
			"新建公租房单套建筑面积控制在60平方米（不含）以下。",
			[]string{"新建公租房单套建筑面积 | < 60 平方米"}},
		{"a bound's note in brackets makes it strict",
			"在本县购买新建商品住房且购买商品房住房面积在 144 平方米以下（不含 144 平方米）的，给予补贴。",
			[]string{"本县购买新建商品住房且购买商品房住房面积 | < 144 平方米"}},
		{"a bound's note that includes it",
			"单套面积在90平方米以上（含90平方米）的，给予补贴。",
			[]string{"单套面积 | ≥ 90 平方米"}},
		{"a count describing those a measure is for",
			"对拥有1套住房且相应贷款未结清的本市户籍家庭购买第 2 套商品住房，申请商业性个人住房贷款首付比例不低于40%。",
			[]string{"申请商业性个人住房贷款首付比例 | ≥ 40 %"}},
		{"a count of what those meant have, a list's item without 对",
			"拥有 2 套及以上商品住房的本市五城区户籍居民家庭；持有公司5%以上股份的股东不得参与。拥有自主知识产权的企业达到10家。",
			[]string{"拥有自主知识产权的企业 | ≥ 10 家"}},
		{"及以上 and 及以下 bound a value, here in a condition",
			"对拥有 2 套及以上商品住房的家庭，暂停向其销售建筑面积 144 平方米及以下的商品住房，首付比例不低于30%；年培训人员300人及以上。" +
				"拓浚长度18.2公里及治理河道30条。",
			[]string{"首付比例 | ≥ 30 %", "年培训人员 | ≥ 300 人", "拓浚长度及治理河道30条 | = 18.2 公里"}},
		{"a value per unit after a slash",
			"全日制高校毕业生:硕士及以上学历补贴2万元/套、本科学历补贴1万元/套;稳定就业6个月及以上的补贴1000元/人;" +
				"按300元/人的标准给予就业创业服务补助。",
			[]string{"硕士及以上学历补贴 | = 2 万元 | 每套", "本科学历补贴 | = 1 万元 | 每套", "稳定就业6个月及以上的补贴 | = 1000 元 | 每人",
				"就业创业服务补助 | = 300 元 | 每人"}},
		{"an ordinal with a space after 第",
			"户籍家庭购买第 2 套商品住房，申请商业性个人住房贷款首付款比例不低于30%。",
			[]string{"申请商业性个人住房贷款首付款比例 | ≥ 30 %"}},
		{"a time limit in working days",
			"政务部门应当自情形发生之日起10个工作日内更新本部门政务数据资源目录。",
			[]string{"政务部门应当自情形发生之日起更新本部门政务数据资源目录 | ≤ 10 个工作日"}},
		{"a time limit in working days, with a comparator",
			"需要延长的，延长期限不超过7个工作日。",
			[]string{"延长期限 | ≤ 7 个工作日"}},
		{"a count of what there is already, on which the plan builds",
			"在现有新生入学、教师招聘等62项“一站式”便民服务的基础上，新增服务事项20项。",
			[]string{"新增服务事项 | = 20 项"}},
		{"a count of what there is already, a quotation left open (Baotou's)",
			"在现有新生入学、教师招聘、教师资格认定等62项“一站式\"便民服务的基础上，继续聚焦就业服务、教育缴费、证照办理等民生热点“一网通办\"。",
			nil},
		{"the count of what another body enumerated",
			"坚决整治中央列举的4个方面12类形式主义、官僚主义问题，全年培训干部200人次。",
			[]string{"全年培训干部 | = 200 人次"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var have []string
			for _, g := range Extract(tt.text) {
				have = append(have, short(&g))
			}
			if !slices.Equal(have, tt.want) {
				t.Errorf("have\n%s\nwant\n%s", strings.Join(have, "\n"), strings.Join(tt.want, "\n"))
			}
		})
	}
}
