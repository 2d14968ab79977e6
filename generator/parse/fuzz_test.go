package parse_test

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	"plansite/generator/internal/cputime"
	"plansite/generator/parse"
	"plansite/generator/plan"
	"plansite/generator/pos"
)

// FuzzParse checks the parser's promises on any input: it never panics;
// what it returns has unique eIds; for valid UTF-8 the model keeps every
// character but debris, whitespace, control characters and what Dropped
// names on its line; and valid UTF-8
// with a Chinese character in it is never refused.
//
//	go test -fuzz=FuzzParse -fuzztime=60s ./generator/parse
//
// Crashers are kept under testdata/fuzz/FuzzParse and rerun by go test.
func FuzzParse(f *testing.F) {
	// The plans are seeded in short slices of abbreviated lines: the
	// fuzzer minimizes every input that finds new code, in time quadratic
	// in its length, and a whole plan would take the run. The whole plans
	// are TestGolden's and TestLossless's.
	for _, file := range testFiles(f) {
		data, err := os.ReadFile(file)
		if err != nil {
			f.Fatal(err)
		}
		lines := strings.Split(string(data), "\n")
		for i := 0; i < len(lines); i += seedLines {
			var b strings.Builder
			for _, l := range lines[i:min(i+seedLines, len(lines))] {
				b.WriteString(abbreviate(l) + "\n")
			}
			f.Add([]byte(b.String()))
		}
	}
	for _, d := range damaged {
		f.Add([]byte(d.text))
	}
	for _, s := range []string{
		"川政发〔2022〕10号\n关于印发规划的通知\n各单位：\n现印发。\n某区人民政府\n2022年1月2日\n（此件公开发布）\n规划\n一、甲\n正文。",
		"抄送：甲，乙。\n  某办公室　2022年1月2日印发",
		"附件\n名单\n组长：某",
		"专栏1 工程\n甲。乙。\n\n专栏1 工程\n丙。",
		"——甲。乙。\n--丙。丁。",
		"①甲。\n②乙。\n(1)丙。\n（十一）丁。",
		"推进。（甲局（乙局）、丙局负责，列第一位的为牵头部门，下同）",
		"1.甲。(牵头单位:甲局(乙局),责任单位:丙局)\n2.乙。（0.5分）（10月底完成，牵头考核单位：丁局）\n3.丙。（责任单位：甲局、\n乙局）",
		"甲局负责乙。（甲局牵头，乙局按职责分工配合）丙。（2022年底前完成，丁局负责）",
		"表1 指标\n指标\t单位\t2020年\t2025年\t属性\n甲\t%\t1\t2\t约束性\t多\n",
		"附表4 项目\n杭州市\n序号\n项目名称\n建设内容\n项目起止\n总投资\n（万元）\n1\n甲\n乙。\n2021-2022\n240\n宁波市\n1\n丙\n（1）\n丁\n小  计\n1\n合计\n400",
		"\xEF\xBB\xBF规划\r\n一、甲\r二、乙",
		"意见\n一、甲\n(一)乙；\n(二)丙。\n以上。\n本意见自印发之日起施行。\n附件：1.甲表\n　　2.乙表\n某委员会\n2020年4月30日\n附件1：\n甲表\n备注：热线：\n1.电话010-1\n2.电话010-2",
		"表5  甲\n\n类型\n\n中心\n\n大城市\n\n3～5\n\n小城市\n\n2～3\n\n注：1. 甲。\n\n2. 乙。\n\n表8 乙\n\n等级\n\nⅠ\n\n重要\n\n≥150",
		"甲\n\n乙\n\n丙\n\n丁\n\n附表2  丙\n\n序号\n\n分区\n\n类型\n\n1\n\n甲区（乙、\n\n丙）\n\n平原\n\n2\n\n\n\n\n\n丁\n\n\n\n“十三五”期间：\n\n3\n\n综合\n\n治理\n\n戊\n\n\n\n\n\n\n\n己\n\n小计\n\n\n\n5\n\n工程/（个）\n\n注：说明。",
		"某省人民政府关于修改《某办法》的决定\n某省人民政府令\n第223号\n常务会议决定对《某办法》作如下修改：\n一、将第六条修改为：“甲。”\n某办法\n第一条 甲。",
		"各旗、县、区人民政府，市直有关部门、单位：\n2020年2月21日\n（此件主动公开）\n相关解读：解读《某》\n某局、某小组负责甲，某妇联配合。",
		"措施\n一、甲\n自本文件发布之日起至 2023 年 2 月 20 日 24:00 止，购房。\n申报时间截止2023年8月20日。乙。\nAHDR-2022-01008",
		// A notice, its seal a page of its own, then its 解读 in the same file.
		noticeThenReading,
		strings.Replace(noticeThenReading, "\f\f", "\f某委员会\n2023年9月11日\n\f", 1), // signed: 版记 after the 解读
	} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		if len(data) > maxFuzzInput {
			// Found inputs are minimized in time quadratic in their length;
			// large inputs are the golden tests' (see above).
			t.Skip()
		}
		doc, err := parse.Parse("fuzz.txt", data)
		text := string(data)
		if err != nil {
			var perr *pos.Error
			if !errors.As(err, &perr) || perr.File != "fuzz.txt" || perr.Line < 1 {
				t.Fatalf("error %T %q: want *pos.Error naming a line of fuzz.txt", err, err)
			}
			if utf8.ValidString(text) && plan.HasHan(text) {
				t.Fatalf("Parse refused valid UTF-8 with Chinese in it: %v", err)
			}
			return
		}
		if bad := checkEIDs(doc); bad != "" {
			t.Fatal(bad)
		}
		for _, w := range doc.Warnings {
			if w.File != "fuzz.txt" || w.Line < 1 {
				t.Fatalf("warning %v does not name a line of fuzz.txt", w)
			}
		}
		if !utf8.ValidString(text) {
			return // decoded as GB18030: the bytes are not the text
		}
		text = strings.TrimPrefix(text, "\uFEFF")
		text, _ = parse.FontGlyphs(text) // a PDF font's glyphs are read as the punctuation they are
		text = strings.ReplaceAll(text, "\r\n", "\n")
		text = strings.ReplaceAll(text, "\r", "\n")
		text = strings.ReplaceAll(text, "\v", "\n") // a line break in Word's text
		text = strings.Map(func(r rune) rune {
			if r < 0x20 && r != '\t' && r != '\n' || r == 0x7F || r >= 0x80 && r < 0xA0 {
				return -1 // control characters are removed, with a warning
			}
			if r == '\u200B' || r == '\u2060' || r == '\uFEFF' {
				return -1 // and zero-width ones, which print as nothing
			}
			return r
		}, text)
		// What was taken out as layout (page numbers, a portal's block, a
		// registration number) is named in Dropped, on its line.
		lines := strings.Split(text, "\n")
		for _, d := range doc.Dropped {
			if d.Line >= 1 && d.Line <= len(lines) && !strings.Contains(lines[d.Line-1], d.Text) {
				// A word printed spaced out (栏 程) is read, and dropped,
				// as the word it prints (spacedWords); Source is compared
				// without spaces in any case.
				lines[d.Line-1] = squeeze(lines[d.Line-1])
			}
			if d.Line < 1 || d.Line > len(lines) || !strings.Contains(lines[d.Line-1], d.Text) {
				t.Fatalf("dropped %q (%s) is not on line %d", d.Text, d.Why, d.Line)
			}
			lines[d.Line-1] = strings.Replace(lines[d.Line-1], d.Text, "", 1)
		}
		want := squeeze(parse.Debris.ReplaceAllString(strings.Join(lines, "\n"), ""))
		if have := squeeze(doc.Source()); have != want {
			t.Fatalf("Source lost or changed text:\n%s", firstDiff(have, want))
		}
	})
}

// noticeThenReading is a notice followed in its file by its 解读, an
// article of its own title and numbered points (the Dongguan provident-fund
// PDFs), abbreviated.
const noticeThenReading = "某委员会文件\n东公积金委〔2023〕2 号\n\n某委员会关于阶段性实施\n部分提取政策的通知（暂行）\n\n各缴存人：\n  为贯彻落实有关精神，现实施部分提取政策如下：\n  一、购买本市新建商品住房可提取住房公积金支付首付\n款。由市住房公积金管理中心联合市住建局另行制定。\n  二、自本通知实施之日起至 2025 年 2 月 28 日，比例从 70%提高至 100%。\n  本通知自印发之日起实施。\n  特此通知\n\n— 2 —\n\f\f        关于阶段性实施部分住房公积金\n            提取政策的解读\n\n  管委会印发《通知》，我中心现解读如下：\n  一、关于提取公积金支付首付款\n  为支持刚性住房需求，允许提取。\n  二、关于政策实施起止时间\n  自发布之日起实施。\n\n— 4 —\n\f公开方式：主动公开\n\n某委员会办公室   2023 年 9 月 11 日印发\n"

// maxFuzzInput bounds the inputs FuzzParse tries.
const maxFuzzInput = 1 << 10

// seedLines is the length of the slices of plans seeded to FuzzParse.
const seedLines = 6

// abbreviate keeps the start of a line, where its number is, and its end,
// where a responsibility parenthetical is.
func abbreviate(line string) string {
	r := []rune(line)
	if len(r) <= 28 {
		return line
	}
	return string(r[:10]) + string(r[len(r)-18:])
}

// BenchmarkParse measures parsing the Zichuan seed, decoding included:
// go test -bench=Parse -benchmem ./generator/parse
func BenchmarkParse(b *testing.B) {
	data, err := os.ReadFile(zichuan)
	if err != nil {
		b.Fatal(err)
	}
	b.SetBytes(int64(len(data)))
	b.ReportAllocs()
	for b.Loop() {
		if _, err := parse.Parse(zichuan, data); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkParseCorpus measures parsing the text of every corpus plan
// and Zichuan, as a library build parses its seeds.
func BenchmarkParseCorpus(b *testing.B) {
	files, err := filepath.Glob("../testdata/corpus/*.txt")
	if err != nil || len(files) == 0 {
		b.Fatalf("no corpus plans (%v)", err)
	}
	var data [][]byte
	size := 0
	for _, f := range append(files, zichuan) {
		d, err := os.ReadFile(f)
		if err != nil {
			b.Fatal(err)
		}
		data, size = append(data, d), size+len(d)
	}
	files = append(files, zichuan)
	b.SetBytes(int64(size))
	b.ReportAllocs()
	cpu := cputime.Used()
	for b.Loop() {
		for i, d := range data {
			if _, err := parse.Parse(files[i], d); err != nil {
				b.Fatal(err)
			}
		}
	}
	b.ReportMetric(float64(cputime.Used()-cpu)/float64(time.Millisecond)/float64(b.N), "cpu-ms/op")
}
