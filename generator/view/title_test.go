package view

import (
	"testing"
	"unicode/utf8"

	"plansite/generator/parse"
)

// TestTitleOfNoticeWithAnnex: a notice with a 附件 is known by the 附件's
// title when the notice only issues it, and by its own title when it has
// a text of its own, of parts, and the 附件 is an annex to it (a list of
// projects).
func TestTitleOfNoticeWithAnnex(t *testing.T) {
	tests := []struct{ name, text, want string }{
		{
			name: "a notice that issues its 附件",
			text: "某市人民政府办公室关于印发某规划的通知\n各县人民政府：\n现将《某规划》印发给你们，请认真贯彻执行。\n某市人民政府办公室\n2021年9月2日\n附件：\n某规划\n一、总体要求\n坚持教育优先发展。\n",
			want: "某规划",
		},
		{
			name: "a notice of its own parts, with an annex",
			text: "某省人民政府办公厅关于加大重大项目督查力度的通知\n各市人民政府：\n现就有关事项通知如下：\n一、定期发布。年初发布名单。\n二、真督实查。每季度核查。\n附件：某项目名单\n2020年2月10日\n附件：\n某项目名单\n一、总体情况\n名单如下。\n",
			want: "某省人民政府办公厅关于加大重大项目督查力度的通知",
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc, err := parse.Parse("seeds/p.txt", []byte(tt.text))
			if err != nil {
				t.Fatal(err)
			}
			if have := New(doc, "zh", nil, nil).Title(); have != tt.want {
				t.Errorf("have title %q, want %q", have, tt.want)
			}
		})
	}
}

// TestTitleCase: titleCase capitalizes each word's first letter, after a
// quotation mark too, and keeps the text valid UTF-8 (“Beijing Service”
// gave a byte of the mark upper-cased, and pages that were not UTF-8).
func TestTitleCase(t *testing.T) {
	for in, want := range map[string]string{
		"building the “beijing service” brand": "Building the “Beijing Service” Brand",
		"after-school services":                "After-School Services",
		"the master plan of yingtan port":      "the Master Plan of Yingtan Port",
		"«é» émigré":                           "«É» Émigré",
		"the 15th five-year plan":              "the 15th Five-Year Plan",
	} {
		if have := titleCase(in); have != want || !utf8.ValidString(have) {
			t.Errorf("titleCase(%q): have %q, want %q", in, have, want)
		}
	}
}
