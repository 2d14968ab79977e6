package parse

import (
	"regexp"
	"slices"
	"strings"
	"unicode/utf8"

	"plansite/generator/plan"
)

// bindings are the 指标属性 of an indicator: binding or expected.
var bindings = []string{"约束性", "预期性"}

// unitInName is the unit a plan prints after an indicator's name:
// "城市防洪达标率（%）", "建设雨水管网（公里）".
var unitInName = regexp.MustCompile(`[（(]([^（）()]{1,8})[）)]$`)

// indicators reads the rows of an indicator table (主要指标): a table whose
// rows end with 约束性 or 预期性, or whose header names 指标 and a target
// (目标). A row that matches its header cell for cell is read by column
// (指标, 单位, base year or 现状, 目标, 属性); a ragged one by its shape: the
// indicator is its longest text, the values between it and the 属性 are
// split into base and target.
func indicators(t *plan.Node) []plan.Indicator {
	cols := t.Columns
	header := strings.Join(cols, "|")
	isTable := strings.Contains(header, "指标") && (strings.Contains(header, "属性") || strings.Contains(header, "目标"))
	var out []plan.Indicator
	for i, r := range t.Rows {
		if len(r) < 3 {
			continue
		}
		binding := ""
		if slices.Contains(bindings, r[len(r)-1]) {
			binding = r[len(r)-1]
		}
		if binding == "" && !isTable {
			continue
		}
		var in plan.Indicator
		switch {
		case len(r) == len(cols) && !wrapped(cols, r):
			in = byColumn(cols, r)
		case binding != "":
			in = byShape(r, binding)
		}
		if in.Name == "" || (in.Target == "" && in.Binding == "") {
			continue
		}
		if in.Unit == "" {
			if m := unitInName.FindStringSubmatch(in.Name); m != nil {
				in.Unit = m[1]
			}
		}
		in.Row = i
		out = append(out, in)
	}
	return out
}

// byColumn reads an indicator row by its header.
func byColumn(cols, r []string) plan.Indicator {
	var in plan.Indicator
	years := []int{}
	for i, c := range cols {
		switch {
		case strings.Contains(c, "属性"):
			in.Binding = r[i]
		case c == "单位" || strings.HasSuffix(c, "单位") && !respColumn(c):
			in.Unit = r[i]
		case strings.Contains(c, "指标") && in.Name == "":
			in.Name = r[i]
		case strings.Contains(c, "目标") || strings.Contains(c, "计划") || strings.Contains(c, "规划"):
			in.Target = r[i]
		case strings.Contains(c, "基期") || strings.Contains(c, "现状") || strings.Contains(c, "基数") || strings.Contains(c, "基准"):
			in.Base = r[i]
		case yearColumn.MatchString(c):
			years = append(years, i)
		}
	}
	if in.Base == "" && len(years) > 0 {
		in.Base = r[years[0]]
	}
	if in.Target == "" && len(years) > 1 {
		in.Target = r[years[len(years)-1]]
	}
	if in.Name == "" && len(r) > 1 {
		in.Name = r[1]
	}
	return in
}

var yearColumn = regexp.MustCompile(`^(?:19|20)\d\d\s*年`)

// byShape reads a ragged indicator row: number, category cells, the
// indicator's name (the longest cell), base and target values, 属性.
func byShape(r []string, binding string) plan.Indicator {
	in := plan.Indicator{Binding: binding}
	end := len(r)
	if binding != "" {
		end--
	}
	name := -1
	start := 0
	if serial.MatchString(r[0]) {
		start = 1
	}
	for i := start; i < end; i++ {
		if name < 0 || utf8.RuneCountInString(r[i]) > utf8.RuneCountInString(r[name]) {
			name = i
		}
	}
	if name < 0 {
		return in
	}
	in.Name = r[name]
	values := r[name+1 : end]
	if len(values) > 2 && !strings.ContainsAny(values[0], "0123456789—-") && utf8.RuneCountInString(values[0]) <= 4 {
		in.Unit, values = values[0], values[1:]
	}
	half := len(values) / 2
	in.Base = strings.Join(values[:half], " ")
	in.Target = strings.Join(values[half:], " ")
	return in
}

// wrapped reports whether a row that has as many cells as its header is
// still misaligned, a cell printed over two lines making up for a merged
// one: its 属性 column does not hold 约束性 or 预期性 though its last cell does.
func wrapped(cols, r []string) bool {
	for i, c := range cols {
		if strings.Contains(c, "指标") && !strings.Contains(c, "属性") && !plan.HasHan(r[i]) {
			return true // the indicator's name is a value: a merged cell shifted the row
		}
	}
	for i, c := range cols {
		if strings.Contains(c, "属性") {
			return r[i] != "约束性" && r[i] != "预期性" && (r[len(r)-1] == "约束性" || r[len(r)-1] == "预期性")
		}
	}
	return false
}
