package view

import (
	"io/fs"
	"os"
	"strings"
	"testing"
	"testing/fstest"
)

// frozenKinds reads testdata/kinds.yaml, a copy of content/i18n/kinds.yaml
// at a fixed revision.
func frozenKinds(t *testing.T) Kinds {
	t.Helper()
	data, err := os.ReadFile("testdata/kinds.yaml")
	if err != nil {
		t.Fatal(err)
	}
	ks, err := kinds(fstest.MapFS{KindsFile: {Data: data}})
	if err != nil {
		t.Fatal(err)
	}
	return ks
}

func TestKindsOf(t *testing.T) {
	ks := frozenKinds(t)
	tests := []struct{ title, want, en string }{
		// The corpus and the frozen project's titles.
		{"淄川区教育事业发展“十四五”规划", "plan", "Plan"},
		{"山东省“十四五”科技创新规划", "plan", "Plan"},
		{"阿坝州政务数据资源管理暂行办法", "measures", "Interim measures"},
		{"关于促进安化县房地产市场平稳健康发展的若干政策措施", "policies", "Measures"},
		{"安徽省人民政府办公厅关于印发支持工业互联网发展若干政策和安徽省工业互联网创新发展行动计划(2021—2023年)的通知", "programme", "Action plan"},
		{"安徽省关于加快对接《区域全面经济伙伴关系协定》（RCEP）经贸新规则扎实推进高水平开放实施意见", "opinions", "Implementing opinions"},
		{"北京市铁路沿线安全管理规定", "provisions", "Provisions"},
		{"北京市市场监督管理局2025年全面优化营商环境打造“北京服务”工作方案", "scheme", "Work plan"},
		{"福州市人民政府办公厅关于进一步促进房地产市场平稳健康发展的补充通知", "notice", "Notice"},
		{"2020年全省粮食和物资储备改革发展工作要点", "keypoints", "Key points of work"},
		{"明溪县促进房地产市场平稳健康发展若干措施（修订）", "policies", "Measures"},
		{"北京市西城区教育委员会关于西城区2020年义务教育阶段入学工作的实施意见", "opinions", "Implementing opinions"},
		// Issuing notices take the kind of what they issue.
		{"关于印发淄川区教育事业发展“十四五”规划的通知", "plan", "Plan"},
		{"阿坝州人民政府办公室关于印发《阿坝州政务数据资源管理暂行办法》的通知", "measures", "Interim measures"},
		{"国务院关于印发《中国制造2025》的通知", "notice", "Notice"}, // 中国制造2025 names no kind: the notice's
		{"国务院办公厅转发国家发展改革委关于促进消费的实施方案的通知", "scheme", "Implementation plan"},
		// Other kinds and notes.
		{"国民经济和社会发展第十四个五年规划和2035年远景目标纲要", "plan", "Outline"},
		{"某市城市管理条例（试行）", "provisions", "Regulations"},
		{"中共中央 国务院关于全面推进乡村振兴的决定。", "decision", "Decision"},
		{"关于调整公交线路的通告", "notice", "Public notice"},
		{"某县政府信息公开实施细则（暂行）", "rules", "Detailed rules"},
		{"关于有效应对疫情促进经济稳定增长的若干举措", "policies", "Measures"},
		{"江西省人民政府关于鹰潭港总体规划的批复", "reply", "Reply"},
		{"中共北京市委关于制定北京市国民经济和社会发展第十五个五年规划的建议", "proposal", "Proposals"},
		// The State Council's 通报, 复函, 答复 and a 预案 issued by a 函.
		{"国务院办公厅关于山西、安徽省四起特大煤矿瓦斯爆炸事故调查处理情况的通报", "notice", "Circular"},
		{"国务院办公厅关于湖北省巴东县地质灾害险情有关问题的复函", "reply", "Letter of reply"},
		{"国务院办公厅对十届全国人大四次会议第7240号建议的答复", "reply", "Reply"},
		{"国务院办公厅关于印发国家粮食应急预案的函", "scheme", "Emergency response plan"},
		{"国务院办公厅关于辽宁省在曾培炎副总理考察工作时所提问题和建议办理情况的函", "notice", "Letter"},
		{"2022年全省教育工作会议", "", "Document"},
		{"", "", "Document"},
	}
	for _, tt := range tests {
		t.Run(tt.title, func(t *testing.T) {
			if have := ks.Of(tt.title); have.Type != tt.want || have.EN != tt.en {
				t.Errorf("Of(%q): have %s %q, want %s %q", tt.title, have.Type, have.EN, tt.want, tt.en)
			}
		})
	}
}

// TestKindsFile checks a type outside DocTypes and an unknown field are
// errors at their lines, and that the live table reads and names a kind
// for any title (its last entry matches every ending).
func TestKindsFile(t *testing.T) {
	for _, c := range []struct{ data, want string }{
		{"- {zh: 规划, type: plan, en: Plan}\n- {zh: 方案, type: schemes, en: Plan}\n", KindsFile + ":2: type \"schemes\": expected one of plan,"},
		{"- {zh: 规划, english: Plan}\n", KindsFile + `:1: unknown field "english"`},
	} {
		_, err := kinds(fstest.MapFS{KindsFile: {Data: []byte(c.data)}})
		if err == nil || !strings.HasPrefix(err.Error(), c.want) {
			t.Errorf("have %v, want %s…", err, c.want)
		}
	}
	ks, err := kinds(os.DirFS("../.."))
	if err != nil {
		t.Fatal(err)
	}
	if ks.Of("任意标题").EN == "" {
		t.Error(`kinds.yaml names no kind for a title with an ending it does not list; want a last entry with zh: ""`)
	}
}

// TestLibraryStrings checks every kind and known topic is named in every
// language's interface strings (their keys are made, so the check of the
// keys in use cannot see them).
func TestLibraryStrings(t *testing.T) {
	ui, err := LoadStrings(os.DirFS("../.."), Strings{})
	if err != nil {
		t.Fatal(err)
	}
	var keys []string
	for _, k := range DocTypes {
		keys = append(keys, TypeKey(k))
	}
	for _, slug := range topics {
		keys = append(keys, TopicKey(slug))
	}
	for _, lang := range Langs() {
		for _, k := range keys {
			if ui.UI[lang][k] == "" {
				t.Errorf("content/i18n/%s.yaml lacks %s", lang, k)
			}
		}
	}
}

// kinds are the kinds LoadStrings reads from fsys.
func kinds(fsys fs.FS) (Kinds, error) {
	s, err := LoadStrings(fsys, Strings{})
	return s.Kinds, err
}
