package source_test

import (
	"strings"
	"testing"

	"plansite/generator/source"
)

// checkRead is what every reader must do with any input: an error, or a
// plan with text in it; never a panic.
func checkRead(t *testing.T, name string, data []byte) {
	doc, err := source.ParseBytes(name, data)
	if err != nil {
		return
	}
	if len(doc.Nodes) == 0 && doc.Original.Format != "txt" {
		t.Errorf("%s: no error and no text", name)
	}
}

// FuzzDocx: go test -fuzz FuzzDocx ./generator/source
func FuzzDocx(f *testing.F) {
	f.Add(makeDocx(f, map[string]string{"word/numbering.xml": numberingXML, "word/document.xml": document(para("1", 0, "总体要求"), para("1", 1, "指导思想"))}))
	f.Add(makeDocx(f, map[string]string{"word/document.xml": `<w:document ` + wNS + `><w:body><w:tbl><w:tr><w:tc><w:tbl><w:tr><w:tc>` + para("", 0, "嵌套") + `</w:tc></w:tr></w:tbl></w:tc></w:tr></w:tbl></w:body></w:document>`}))
	// A notice followed by its 解读 (parse's TestNoticeThenReading).
	var reading []string
	for _, l := range noticeThenReading {
		reading = append(reading, para("", 0, l))
	}
	f.Add(makeDocx(f, map[string]string{"word/document.xml": document(reading...)}))
	f.Fuzz(func(t *testing.T, data []byte) { checkRead(t, "seeds/f.docx", data) })
}

// noticeThenReading is a notice, its signature and date, then its 解读
// under a title of its own with numbered points, one paragraph a line.
var noticeThenReading = []string{"某委员会文件", "某公积金委〔2023〕2号", "某委员会关于阶段性实施部分提取政策的通知", "各缴存人：",
	"现实施部分提取政策如下：", "一、购买新建商品住房可提取住房公积金。", "二、比例从70%提高至100%。", "本通知自印发之日起实施。", "特此通知",
	"某委员会", "2023年9月11日", "关于阶段性实施部分住房公积金", "提取政策的解读", "管委会印发《通知》，现解读如下：",
	"一、关于提取公积金支付首付款", "为支持刚性住房需求，允许提取。", "二、关于政策实施起止时间", "自发布之日起实施。",
	"公开方式：主动公开", "某委员会办公室   2023年9月11日印发"}

// FuzzDocxXML fuzzes document.xml and numbering.xml inside a valid zip,
// where the XML readers are reached on every input.
func FuzzDocxXML(f *testing.F) {
	f.Add(document(para("1", 0, "总体要求"), para("1", 2, "一项")), numberingXML)
	f.Add(`<w:document `+wNS+`><w:body><w:p><w:pPr><w:numPr><w:ilvl w:val="9"/><w:numId w:val="1"/></w:numPr></w:pPr><w:r><w:t>越界</w:t></w:r></w:p></w:body></w:document>`,
		`<w:numbering `+wNS+`><w:abstractNum w:abstractNumId="1"><w:lvl w:ilvl="0"><w:start w:val="-5"/><w:numFmt w:val="chineseLegalSimplified"/><w:lvlText w:val="%1%2%9"/><w:lvlRestart w:val="0"/></w:lvl></w:abstractNum><w:num w:numId="1"><w:abstractNumId w:val="1"/></w:num></w:numbering>`)
	f.Fuzz(func(t *testing.T, doc, num string) {
		checkRead(t, "seeds/f.docx", makeDocx(t, map[string]string{"word/document.xml": doc, "word/numbering.xml": num}))
	})
}

// FuzzHTML: go test -fuzz FuzzHTML ./generator/source
func FuzzHTML(f *testing.F) {
	f.Add([]byte(`<html><head><meta charset="gb2312"></head><body><table><tr><th>索引号</th><td>1/2</td></tr></table><div><p>一、总体要求和主要目标以及重点任务和保障措施，这是一个足够长的段落，用来作为文章的正文内容，以便于被识别为正文部分。</p><p>二、其他要求和主要目标以及重点任务和保障措施，这是一个足够长的段落，用来作为文章的正文内容。</p></div></body></html>`))
	f.Add(corpusFileF(f, "jiangxi-grain-workpoints-2020.html"))
	f.Add([]byte("<html><body><div class=\"content\"><p>" + strings.Join(noticeThenReading, "</p><p>") + "</p></div></body></html>"))
	f.Fuzz(func(t *testing.T, data []byte) { checkRead(t, "seeds/f.html", data) })
}
