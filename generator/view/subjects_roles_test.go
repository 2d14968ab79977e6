package view

import "testing"

// TestSubjectRoles: a "close for" noun goes before the verb phrase it is
// for (Anhui's joint meeting for 完善促进消费体制机制, whose mission the rule
// could not say), an "after" phrase follows its subject in English too,
// its preposition small (a subject and its purpose: 提取住房公积金 + 支付…);
// neither stands without a subject, and an after takes no subject after
// it.
func TestSubjectRoles(t *testing.T) {
	v := subjectVocab{subjects: Subjects{
		{ZH: "完善", EN: "Improving", As: "lead"}, {ZH: "促进", EN: "Promoting", As: "lead"},
		{ZH: "提取", EN: "Withdrawing", As: "lead"}, {ZH: "消费", EN: "Consumption"},
		{ZH: "住房公积金", EN: "Housing Provident Fund"}, {ZH: "发展", EN: "Development", As: "close"},
		{ZH: "体制机制", EN: "Systems and Mechanisms", As: "close for"},
		{ZH: "支付首付款", EN: "to pay down payments", As: "after"},
	}}
	for _, tt := range []struct{ zh, want string }{
		{"完善促进消费体制机制", "Improving the Systems and Mechanisms for Promoting Consumption"},
		{"完善消费体制机制", "Improving the Systems and Mechanisms for Consumption"},
		{"消费体制机制", "the Systems and Mechanisms for Consumption"},
		{"提取住房公积金支付首付款", "Withdrawing Housing Provident Fund to Pay Down Payments"},
		{"提取住房公积金支付首付款促进消费", "Withdrawing Housing Provident Fund to Pay Down Payments and Promoting Consumption"},
		{"完善体制机制", ""},
		{"提取支付首付款", ""},
		{"住房公积金支付首付款消费", ""},
		{"住房公积金支付首付款发展", ""},
	} {
		t.Run(tt.zh, func(t *testing.T) {
			if have := v.inEnglish(tt.zh, ""); have != tt.want {
				t.Errorf("have %q, want %q", have, tt.want)
			}
		})
	}
}
