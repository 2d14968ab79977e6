package target

import (
	"slices"
	"strings"
	"testing"
)

// TestPaymentRates reads the rates a policy pays by (按300元/人的标准给予…):
// each is a target whose indicator is the payment, per person, household
// or year as printed, its shares in a bracket each for the body they
// name. The sentences are enyang-stabilize-2022's (testdata/more).
func TestPaymentRates(t *testing.T) {
	tests := []struct {
		name, text string
		want       []string
	}{
		{"按 a rate 的标准 给予 a payment",
			"对劳务专业合作社组织人员到企业就业，并稳定就业3个月以上的，按300元/人的标准给予一次性就业创业服务补贴。",
			[]string{"一次性就业创业服务补贴 | = 300 元 | 每人"}},
		{"a rate's shares in a bracket",
			"对镇（街道）、村（社区）组织辖区劳动者到企业就业的，按300元/人（镇（街道）100元/人、村（社区）200元/人）标准给予一次性劳务协作经费。",
			[]string{"一次性劳务协作经费 | = 300 元 | 每人", "一次性劳务协作经费（镇（街道）） | = 100 元 | 每人",
				"一次性劳务协作经费（村（社区）） | = 200 元 | 每人"}},
		{"a rate per person and year, its payment after 的",
			"对签订劳动合同并参加社会保险一年及以上的，给予企业2000元/人/年的用工补助。",
			[]string{"用工补助 | = 2000 元 | 每人每年"}},
		{"a rate per person and month, the payment's conditions before its 的",
			"按350元/人/月的标准给予不超过3个月的稳岗补助，确保工人月收入不低于3200元。",
			[]string{"稳岗补助 | = 350 元 | 每人每月", "工人月收入 | ≥ 3200 元"}},
		{"a full-width slash, the payment in the next clause",
			"对与其签订1年以上劳动合同的，按1000元／人的标准，给予一次性吸纳就业补贴；按1000元／人的标准发放一次性扩岗补助。",
			[]string{"一次性吸纳就业补贴 | = 1000 元 | 每人", "一次性扩岗补助 | = 1000 元 | 每人"}},
		{"a count before 的 is still a condition",
			"超过1000人规模的学校必须配备专职教师。",
			nil},
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
