package schemaorg

import (
	"encoding/json"
	"strings"
	"testing"
)

func plans() (*Plan, *Plan) {
	zh := &Plan{Name: "淄川区教育事业发展“十四五”规划", NoticeTitle: "关于印发淄川区教育事业发展“十四五”规划的通知",
		Number: "川政发〔2022〕10号", Date: "2022-12-28", Issuers: []string{"淄川区人民政府"}, Jurisdiction: "山东省淄博市淄川区",
		Type: "发展规划", Lang: "zh-Hans", URL: "https://x/zh/z/", FRBR: "/akn/cn-sd/doc/plan/zichuan/2022-12-28/10/zho", Authoritative: true}
	en := &Plan{Name: "Zichuan District 14th Five-Year Plan for Education Development", Number: "川政发〔2022〕10号",
		Date: "2022-12-28", Lang: "en", URL: "https://x/en/z/", Original: zh}
	zh.Translations = []*Plan{en}
	return zh, en
}

func TestBlocks(t *testing.T) {
	zh, en := plans()
	joint := *zh
	joint.Issuers = []string{"中共某县委", "某县人民政府"}
	tests := []struct {
		name  string
		block *Legislation
		want  []string // JSON fragments
		not   []string
	}{
		{"plan", ForPlan(zh), []string{
			`"@context":"https://schema.org"`, `"@type":"Legislation"`, `"legislationIdentifier":"川政发〔2022〕10号"`,
			`"legislationDate":"2022-12-28"`, `"legislationJurisdiction":"山东省淄博市淄川区"`, `"legislationType":"发展规划"`,
			`"legislationPassedBy":{"@type":"GovernmentOrganization","name":"淄川区人民政府"}`, `"inLanguage":"zh-Hans"`,
			`"workExample":[{"@type":"Legislation","@id":"https://x/en/z/"`, `"translationOfWork":{"@type":"Legislation","@id":"https://x/zh/z/"}`,
		}, nil},
		{"joint", ForPlan(&joint), []string{
			`"legislationPassedBy":[{"@type":"GovernmentOrganization","name":"中共某县委"},{"@type":"GovernmentOrganization","name":"某县人民政府"}]`,
			`"publisher":[{"@type":"GovernmentOrganization","name":"中共某县委"},`,
		}, nil},
		{"translation", ForPlan(en), []string{`"inLanguage":"en"`, `"translationOfWork":{"@type":"Legislation","@id":"https://x/zh/z/"`}, []string{`"workExample"`}},
		{"passage", ForPassage(zh, "第二部分（一）3", "完善示范性智育水平培养体系", "https://x/zh/z/part_2__sec_1__item_3/"), []string{
			`"name":"第二部分（一）3 完善示范性智育水平培养体系"`, `"legislationIdentifier":"川政发〔2022〕10号 第二部分（一）3"`,
			`"isPartOf":{"@type":"Legislation","@id":"https://x/zh/z/"`,
		}, []string{`"workExample"`}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			b, err := json.Marshal(tt.block)
			if err != nil {
				t.Fatal(err)
			}
			for _, w := range tt.want {
				if !strings.Contains(string(b), w) {
					t.Errorf("have %s\nwant it to contain %s", b, w)
				}
			}
			for _, w := range tt.not {
				if strings.Contains(string(b), w) {
					t.Errorf("have %s\nwant no %s", b, w)
				}
			}
		})
	}
}
