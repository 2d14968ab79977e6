package source_test

import (
	"archive/zip"
	"bytes"
	"fmt"
	"strings"
	"testing"

	"plansite/generator/plan"
	"plansite/generator/source"
)

// makeDocx builds a .docx from parts (name → XML), with the content types
// part Word writes.
func makeDocx(t testing.TB, parts map[string]string) []byte {
	t.Helper()
	var buf bytes.Buffer
	zw := zip.NewWriter(&buf)
	add := func(name, body string) {
		w, err := zw.Create(name)
		if err != nil {
			t.Fatal(err)
		}
		w.Write([]byte(body))
	}
	add("[Content_Types].xml", `<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>`)
	for name, body := range parts {
		add(name, body)
	}
	if err := zw.Close(); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

const wNS = `xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"`

// para is a paragraph in list numId at level ilvl ("" for none).
func para(numID string, ilvl int, text string) string {
	ppr := ""
	if numID != "" {
		ppr = fmt.Sprintf(`<w:pPr><w:numPr><w:ilvl w:val="%d"/><w:numId w:val="%s"/></w:numPr></w:pPr>`, ilvl, numID)
	}
	return `<w:p>` + ppr + `<w:r><w:t xml:space="preserve">` + text + `</w:t></w:r></w:p>`
}

func document(body ...string) string {
	return `<?xml version="1.0" encoding="UTF-8"?><w:document ` + wNS + `><w:body>` + strings.Join(body, "") + `<w:sectPr/></w:body></w:document>`
}

// numberingXML defines list 1 as a plan's headings: 一、 / （一） / 1. with
// a fourth level ①; list 2 shares its definition but restarts level 0 at 1.
const numberingXML = `<?xml version="1.0" encoding="UTF-8"?><w:numbering ` + wNS + `>
<w:abstractNum w:abstractNumId="7">
 <w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="chineseCounting"/><w:lvlText w:val="%1、"/><w:suff w:val="nothing"/></w:lvl>
 <w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="chineseCounting"/><w:lvlText w:val="（%2）"/><w:suff w:val="nothing"/></w:lvl>
 <w:lvl w:ilvl="2"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%3."/></w:lvl>
 <w:lvl w:ilvl="3"><w:start w:val="1"/><w:numFmt w:val="decimalEnclosedCircle"/><w:lvlText w:val="%4"/><w:suff w:val="nothing"/></w:lvl>
</w:abstractNum>
<w:abstractNum w:abstractNumId="8">
 <w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="第%1条"/><w:suff w:val="space"/></w:lvl>
</w:abstractNum>
<w:num w:numId="1"><w:abstractNumId w:val="7"/></w:num>
<w:num w:numId="2"><w:abstractNumId w:val="7"/><w:lvlOverride w:ilvl="0"><w:startOverride w:val="1"/></w:lvlOverride></w:num>
<w:num w:numId="3"><w:abstractNumId w:val="8"/></w:num>
</w:numbering>`

func TestDocxNumberingAndTable(t *testing.T) {
	tbl := `<w:tbl><w:tblPr/><w:tblGrid/>` +
		`<w:tr><w:tc>` + para("", 0, "序号") + `</w:tc><w:tc>` + para("", 0, "名称") + `</w:tc><w:tc>` + para("", 0, "内容") + `</w:tc></w:tr>` +
		`<w:tr><w:tc>` + para("", 0, "1") + `</w:tc><w:tc>` + para("", 0, "智慧校园") + `</w:tc><w:tc>` + para("", 0, "建设") + para("", 0, "一期") + `</w:tc></w:tr>` +
		`</w:tbl>`
	data := makeDocx(t, map[string]string{
		"word/numbering.xml": numberingXML,
		"word/document.xml": document(
			para("", 0, "示例规划"),
			para("1", 0, "总体要求"),
			para("1", 1, "指导思想"),
			para("1", 2, "坚持稳中求进。"),
			para("1", 2, "坚持改革创新。"),
			para("1", 3, "第一项"),
			para("1", 3, "第二项"),
			para("1", 1, "主要目标"),
			para("1", 2, "到2025年。"),
			para("1", 0, "重点任务"),
			para("1", 1, "全面发展"),
			`<w:p><w:r><w:t>表1　重点项目</w:t></w:r></w:p>`,
			tbl,
			`<w:p><w:r><w:t>一行</w:t><w:br/><w:t>两行</w:t><w:tab/><w:t>有制表符</w:t></w:r><w:r><w:t xml:space="preserve">　全角空格</w:t></w:r></w:p>`,
			`<w:p><w:r><w:t>删</w:t></w:r><w:del><w:r><w:delText>被删除的</w:delText></w:r></w:del><w:r><w:instrText>PAGE</w:instrText></w:r></w:p>`,
			para("2", 0, "新的列表"),
			para("3", 0, "条文一"),
			para("3", 0, "条文二"),
			`<w:p><w:pPr><w:pStyle w:val="Heading2"/></w:pPr><w:r><w:t>标题样式的编号</w:t></w:r></w:p>`,
		),
		// Heading2 numbers its paragraphs through the style it is based on.
		"word/styles.xml":   `<w:styles ` + wNS + `><w:style w:styleId="Heading1"><w:pPr><w:numPr><w:ilvl w:val="1"/><w:numId w:val="1"/></w:numPr></w:pPr></w:style><w:style w:styleId="Heading2"><w:basedOn w:val="Heading1"/></w:style></w:styles>`,
		"word/header1.xml":  `<w:hdr ` + wNS + `><w:p><w:r><w:t>页眉文字</w:t></w:r></w:p></w:hdr>`,
		"word/comments.xml": `<w:comments ` + wNS + `><w:comment><w:p><w:r><w:t>批注</w:t></w:r></w:p></w:comment></w:comments>`,
		"docProps/core.xml": `<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/"><dc:title>示例规划（属性）</dc:title><dcterms:created>2022-01-02T03:04:05Z</dcterms:created></cp:coreProperties>`,
	})
	text, err := source.ReadBytes("seeds/example.docx", data)
	if err != nil {
		t.Fatal(err)
	}
	var lines []string
	for _, l := range text.Lines {
		lines = append(lines, l.Place+"|"+l.Text)
	}
	want := []string{
		"paragraph 1|示例规划",
		"paragraph 2|一、总体要求",
		"paragraph 3|（一）指导思想",
		"paragraph 4|1. 坚持稳中求进。",
		"paragraph 5|2. 坚持改革创新。",
		"paragraph 6|①第一项",
		"paragraph 7|②第二项",
		"paragraph 8|（二）主要目标",
		"paragraph 9|1. 到2025年。",
		"paragraph 10|二、重点任务",
		"paragraph 11|（一）全面发展",
		"paragraph 12|表1　重点项目",
		"table 1 (paragraph 13)|",
		"table 1, row 1|序号\t名称\t内容",
		"table 1, row 2|1\t智慧校园\t建设 一期",
		"table 1 (paragraph 13)|",
		"paragraph 20, line 1|一行",
		"paragraph 20, line 2|两行\t有制表符　全角空格",
		"paragraph 21|删",
		"paragraph 22|一、新的列表",
		"paragraph 23|第1条　条文一",
		"paragraph 24|第2条　条文二",
		"paragraph 25|（一）标题样式的编号",
	}
	if strings.Join(lines, "\n") != strings.Join(want, "\n") {
		t.Errorf("lines:\nhave\n%s\nwant\n%s", strings.Join(lines, "\n"), strings.Join(want, "\n"))
	}
	if have, want := text.Hints.Title, "示例规划（属性）"; have != want {
		t.Errorf("title hint: have %q, want %q", have, want)
	}
	var warned []string
	for _, w := range text.Warnings {
		warned = append(warned, w.Msg)
	}
	for _, what := range []string{"headers and footers are left out", "comments are left out"} {
		if !strings.Contains(strings.Join(warned, "\n"), what) {
			t.Errorf("no warning %q; have %q", what, warned)
		}
	}

	doc, err := source.ParseBytes("seeds/example.docx", data)
	if err != nil {
		t.Fatal(err)
	}
	for eid, num := range map[string]string{"part_1": "一、", "part_1__sec_1": "（一）", "part_1__sec_1__item_2": "2. ",
		"part_1__sec_1__item_2__subitem_2": "②", "part_1__sec_2": "（二）", "part_2__sec_1": "（一）"} {
		n := doc.Node(eid)
		if n == nil {
			t.Errorf("%s: missing; the numbering was not read", eid)
			continue
		}
		if strings.TrimSpace(n.Num) != strings.TrimSpace(num) {
			t.Errorf("%s: have num %q, want %q", eid, n.Num, num)
		}
	}
	var table *plan.Node
	doc.Walk(func(n *plan.Node) bool {
		if n.Kind == plan.KindTable && table == nil {
			table = n
		}
		return true
	})
	if table == nil || strings.Join(table.Columns, "|") != "序号|名称|内容" || len(table.Children)+len(table.Rows) != 1 {
		t.Errorf("table: have %+v, want 表1 with its header and one row", table)
	}
	if have, want := doc.Meta.Title, "示例规划"; have != want {
		t.Errorf("title: have %q, want %q (the text's title beats the properties' hint)", have, want)
	}
	if doc.Original == nil || doc.Original.Format != "docx" || doc.Original.Size != int64(len(data)) {
		t.Errorf("original: have %+v, want the .docx and its size", doc.Original)
	}
}
