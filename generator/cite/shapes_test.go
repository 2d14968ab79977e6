package cite_test

import (
	"path/filepath"
	"testing"

	"plansite/generator/cite"
)

// TestGotoShapes types references as staff write them into the go-to of
// plans of each shape: parts (一、), divisions 第X部分 over parts, a
// five-year outline's 第X篇 over chapters and 节, and a regulation's 编,
// 章, 条, 款 and 项. The same words name a book in one plan and a part in
// another; a reference to nothing, or to two passages, finds none.
func TestGotoShapes(t *testing.T) {
	const ambiguous = "ambiguous"
	tests := []struct {
		file  string
		cases map[string]string // query → eId, "" (names nothing) or ambiguous
	}{
		{"../parse/testdata/zichuan-education-2022.txt", map[string]string{
			"第二部分":          "part_2",
			"Part II":       "part_2",
			"Part 2":        "part_2",
			"二":             "part_2",
			"第一部分（二）":       "part_1__sec_2",
			"第一部分(二)":       "part_1__sec_2",
			"第 一 部 分 （ 二 ）": "part_1__sec_2",
			"第１部分（２）":       "part_1__sec_2",
			"川政发〔2022〕10号第一部分（二）":                                                  "part_1__sec_2",
			"川政发[2022]10号 第一部分（二）":                                                 "part_1__sec_2",
			"《淄川区教育事业发展“十四五”规划》（川政发〔2022〕10号）第二部分（一）3":                             "part_2__sec_1__item_3",
			"淄川区教育事业发展“十四五”规划第二部分（一）3":                                             "part_2__sec_1__item_3",
			"Zichuan Education Plan (Chuan Zheng Fa [2022] No. 10), Part II (1) 3": "part_2__sec_1__item_3",
			"Part II (1) 3":       "part_2__sec_1__item_3",
			"II (1), item 3":      "part_2__sec_1__item_3",
			"Part I (2), para. 1": "part_1__sec_2__para_1",
			"第一部分（二）第1段":          "part_1__sec_2__para_1",
			"重点项目7":               "proj_7",
			"表2第7项":               "proj_7",
			"Table 2, item 7":     "proj_7",
			"https://plans.example.gov.cn/zh/zichuan-education-2022/part_2__sec_1__item_3/": "part_2__sec_1__item_3",
			"第九部分":    "",
			"第二编":     "",
			"第三条":     "",
			"九（九）9":   "",
			"2022年":   "",
			"第二部分的内容": "",
			// A section's number alone names a section of any part: the
			// go-to lists them, or goes to the one part 2 alone has.
			"（一）": ambiguous,
			"（四）": "part_2__sec_4",
			"(4)": "part_2__sec_4",
			// A label followed by its heading, as copied from the page.
			"二、重点任务":         "part_2",
			"第二部分 重点任务":      "part_2",
			"二（六）深入推进教育改革创新": "part_2__sec_6",
			"（六）深入推进教育改革创新":  "part_2__sec_6",
			"《淄川区教育事业发展“十四五”规划》第二部分重点任务": "part_2",
			"第二部分 总体要求": "",
			"(2)":       "",
		}},
		{"../testdata/corpus/anhui-industrial-internet-2021.txt", map[string]string{
			"附件2专栏1 工业互联网网络互联互通工程": "att_2__part_2__sec_1__item_2__box_1",
			"附件2第二部分": "att_2__part_2",
			"附件2专栏7 5G＋工业互联网融合应用工程": "att_2__part_2__sec_5__item_12__box_7",
			"附件2专栏6 两化融合贯标升级工程":     "att_2__part_2__sec_4__item_11__box_6",
			"附件2专栏1":         "att_2__part_2__sec_1__item_2__box_1",
			"附件2专栏1第1段":      "att_2__part_2__sec_1__item_2__box_1__para_1",
			"Annex 2, Box 2": "att_2__part_2__sec_2__item_3__box_2",
			"专栏1":            "",
		}},
		{"../testdata/corpus/zhejiang-urban-waterlogging-2021.txt", map[string]string{
			"专栏1":    "part_3__sec_1__box_1",
			"Box 1":  "part_3__sec_1__box_1",
			"专栏1第1项": "part_3__sec_1__box_1__item_1",
			// 附表4 numbers its rows afresh in each city's kinds of work:
			// the groups tell them apart (the name did before, and
			// still does where no other row has it).
			"附表4第5项": ambiguous,
			"附表4第5项“大江东片外排工程”":                                                        "proj_5_2",
			"Schedule 4, item 5 “大江东片外排工程”":                                           "proj_5_2",
			"附表4杭州市城市排洪防涝工程第5项":                                                       "proj_5_2",
			"附表4杭州市河道综合治理工程第5项":                                                       "proj_5",
			"《浙江省城市内涝治理“十四五”规划》附表4 杭州市 河道综合治理工程 第五项":                                  "proj_5",
			"Schedule 4, Hangzhou, He dao zong he zhi li gong cheng, item 5":          "proj_5",
			"杭州市河道综合治理工程第5项":                                                          "proj_5",
			"Ningbo, He dao zong he zhi li gong cheng, item 1":                        "proj_1_9",
			"附表4温州市城市排洪防涝工程第1项":                                                       "proj_1_19",
			"附表4温州市城市排洪防涝工程第1项（2）":                                                    "proj_2_9",
			"Schedule 4, Wenzhou, Cheng shi pai hong fang lao gong cheng, item 1 (2)": "proj_2_9",
			"附表4杭州市第30项":                                                              "proj_30",
			"Schedule 4, Hangzhou, item 30":                                           "proj_30",
			"杭州市第30项":                                                                 "proj_30",
			"附表四杭州市河道综合治理工程第五项":                                                       "proj_5",
			"附表4杭州市第5项":                                                               ambiguous,
			"附表4杭州市河道综合治理工程第46项":                                                      "",
			"附表4上海市河道综合治理工程第5项":                                                       "",
		}},
		{"../testdata/corpus/anhua-realestate-2022.txt", map[string]string{
			// A heading that ends in a quotation is no project's name.
			"第十一部分 全面推行新建商品房“交房即交证”": "part_11",
			"十一、全面推行新建商品房“交房即交证”":    "part_11",
		}},
		{"../testdata/corpus/xicheng-enrollment-2020.txt", map[string]string{
			"附件1：西城区2020年小学入学工作时间安排表": "att_1",
			"附件2 西城区2020年初中入学工作时间安排表": "att_2",
		}},
		{"testdata/plans/divisions-bufen.txt", map[string]string{
			"第二部分":           "book_2",
			"Part 2":         "book_2",
			"第二部分一":          "book_2__part_1",
			"第二部分一（一）1":      "book_2__part_1__sec_1__item_1",
			"Part 2 I (1) 1": "book_2__part_1__sec_1__item_1",
			"第三部分二":          "book_3__part_2",
			"第一部分二（二）第1段":    "book_1__part_2__sec_2__para_1",
			// A part's number alone names a part in each division.
			"二（一）": "",
			"二":    "",
		}},
		{"testdata/plans/outline-pian.txt", map[string]string{
			"第二篇":                  "book_2",
			"Part 2":               "book_2",
			"第三章":                  "book_2__chp_3",
			"Chapter 3":            "book_2__chp_3",
			"Ch. 3":                "book_2__chp_3",
			"第二篇第三章":               "book_2__chp_3",
			"第三章第一节":               "book_2__chp_3__sec_1",
			"Chapter 3, Section 1": "book_2__chp_3__sec_1",
			"第二篇第三章第一节一":           "book_2__chp_3__sec_1__part_1",
			"第三章第一节二第1段":           "book_2__chp_3__sec_1__part_2__para_1",
			"第五章":                  "",
		}},
		{"testdata/plans/law-bian.txt", map[string]string{
			"第二编":    "book_2",
			"Book 2": "book_2",
			"第二编第一章": "book_2__chp_1",
			"第一章":    ambiguous, // 第一编 and 第二编 each have one
			"第四条":    "art_4",
			// Numbers of articles and their paragraphs in Arabic digits.
			"第7条":                "art_7",
			"第4条第（1）项":           "art_4__item_1",
			"第四条第2款":             "art_4__para_2",
			"第二编第一章第四条":          "art_4",
			"Article 4":          "art_4",
			"Art. 4":             "art_4",
			"第四条第一项":             "art_4__item_1",
			"第四条第（一）项":           "art_4__item_1",
			"第四条（一）":             "art_4__item_1",
			"第四条第一款第（三）项":        "art_4__item_3",
			"Article 4(1)":       "art_4__item_1",
			"第四条第二款":             "art_4__para_2",
			"Article 4, para. 2": "art_4__para_2",
			"第二条第一款":             "art_2",
			"第二条第二款":             "art_2__para_2",
			"Article 2(2)":       "art_2__para_2",
			"art. 6 para. 2":     "art_6__para_2",
			"第七条":                "art_7",
			"第八条":                "",
			"第一百零五条":             "",
		}},
		// Headings without numbers: found by name where the plan has
		// one, listed where it has several, not found where it has none.
		{"testdata/plans/standing.txt", map[string]string{
			"前言":                 "hcontainer_1",
			"Foreword":           "hcontainer_1",
			"前言第1段":              "hcontainer_1__para_1",
			"总则":                 "hcontainer_2",
			"General Provisions": "hcontainer_2",
			"《某市就业促进办法》附则":       "hcontainer_4",
			"附则第五条":              "art_5",
			"分则":                 "hcontainer_3",
			"结束语":                "",
			"Introduction":       "",
		}},
		{"testdata/standing-twice.txt", map[string]string{
			"总则":                 ambiguous,
			"General Provisions": ambiguous,
			"第二条":                "art_2",
		}},
		{"../testdata/corpus/aba-gov-data-2021.txt", map[string]string{
			"第一章 总则":                       "chp_1",
			"Chapter 1 General Provisions": "chp_1",
			"总则":                           "chp_1",
			"附则":                           "chp_9",
			"Supplementary Provisions":     "chp_9",
		}},
		{"testdata/plans/law-bian.txt", map[string]string{
			"总则": "book_1",
			"附则": "book_3",
		}},
		{"testdata/plans/letters.txt", map[string]string{
			"一（一）B":           "part_1__sec_1__subitem_2",
			"第一部分（一）B":        "part_1__sec_1__subitem_2",
			"Part I (1), B":   "part_1__sec_1__subitem_2",
			"一（一）C":           "part_1__sec_1__subitem_3",
			"一（二）1B":          "part_1__sec_2__item_1__subitem_2",
			"Part I (2) 1, B": "part_1__sec_2__item_1__subitem_2",
			"一（一）D":           "",
		}},
	}
	for _, tt := range tests {
		_, table := readPlan(t, tt.file)
		for q, want := range tt.cases {
			t.Run(filepath.Base(tt.file)+"/"+q, func(t *testing.T) {
				have, why := resolve(table, q)
				if want == ambiguous {
					if len(table.Ambiguous[cite.Parse(q)]) < 2 {
						t.Errorf("have %q (%s), want a key that names several passages", have, why)
					}
					return
				}
				if have != want {
					t.Errorf("have %q (%s), want %q", have, why, want)
				}
			})
		}
	}
}
