package site_test

import (
	"fmt"
	"strings"
	"testing"
	"testing/fstest"
	"time"

	"plansite/generator/parse"
	"plansite/generator/site"
)

// scaleUnits are the plan sizes of BenchmarkScale, in items.
var scaleUnits = []int{1000, 4000, 16000}

// scaleDepartments are the departments the generated items name.
var scaleDepartments = []string{"区教体局", "区发展改革局", "区财政局", "区人力资源社会保障局", "区卫生健康局", "区自然资源局", "区住房城乡建设局", "区委编办"}

// scalePlan is a plan of n items, ten to a section and ten sections to a
// part, each item a task with a department responsible, as plans are.
func scalePlan(n int) []byte {
	var b strings.Builder
	b.WriteString("某区教育发展规划\n\n")
	cn := func(i int) string { return chineseNumeral(i) }
	for i := 0; i < n; i++ {
		if i%100 == 0 {
			fmt.Fprintf(&b, "%s、第%d方面的任务\n\n", cn(i/100+1), i/100+1)
		}
		if i%10 == 0 {
			fmt.Fprintf(&b, "（%s）第%d组任务\n\n", cn(i/10%10+1), i/10+1)
		}
		d := scaleDepartments[i%len(scaleDepartments)]
		fmt.Fprintf(&b, "%d．推进第%d项工作。到%d年，完成%d所学校的改造，覆盖率达到%d%%。（%s负责）\n\n", i%10+1, i+1, 2025+i%5, i%97+3, i%60+40, d)
	}
	return []byte(b.String())
}

// repeatedPlan is a plan of n copies of one part, numbered 一、 each time:
// careless input whose repeated numbers the parser must name in linear
// time (it took n²).
func repeatedPlan(n int) []byte {
	unit := "一、加快发展\n\n（一）推进改革。坚持教育优先发展，办好人民满意的教育。（区教体局负责）\n\n" +
		"1．完善制度。到2025年，学前教育毛入园率达到95%。（区教体局、区财政局负责）\n\n"
	return []byte("某区教育发展规划\n\n" + strings.Repeat(unit, n))
}

// chineseNumeral writes 1 to 999 as plans number their parts.
func chineseNumeral(n int) string {
	digits := []string{"", "一", "二", "三", "四", "五", "六", "七", "八", "九"}
	var s string
	if h := n / 100; h > 0 {
		s += digits[h] + "百"
		if n%100 > 0 && n%100 < 10 {
			s += "零"
		}
	}
	if t := n / 10 % 10; t > 0 {
		if t > 1 || n >= 100 {
			s += digits[t]
		}
		s += "十"
	}
	return s + digits[n%10]
}

// BenchmarkScale measures parsing and building plans of 1k, 4k and 16k
// items, and of as many copies of one part (three pages each); the time per
// item must stay flat within 2× across sizes, which a cost growing faster
// than the input would break. Compare cpu-ns/item: on a shared machine wall
// time mostly measures the neighbours. The 16k builds take a minute or more
// of CPU and several GB of memory, since the whole site is held in memory;
// -bench 'Scale/.*/(1000|4000)$' leaves them out.
//
//	go test -timeout 0 -run X -bench Scale -benchtime 1x ./generator/site
func BenchmarkScale(b *testing.B) {
	base := repoFS(b)
	for name := range base {
		// The repository's templates and vocabulary, without its plan.
		if strings.HasPrefix(name, "seeds/") || strings.HasPrefix(name, "content/en/") || name == "content/works.yaml" || name == "content/aliases.yaml" {
			delete(base, name)
		}
	}
	for _, n := range scaleUnits {
		seed := scalePlan(n)
		for _, plan := range []struct {
			name string
			seed []byte
		}{{"parse", seed}, {"parse-repeated", repeatedPlan(n)}} {
			b.Run(fmt.Sprintf("%s/%d", plan.name, n), func(b *testing.B) {
				cpu := cpuTime()
				for b.Loop() {
					if _, err := parse.Parse("seeds/scale.txt", plan.seed); err != nil {
						b.Fatal(err)
					}
				}
				perItem(b, n, cpuTime()-cpu)
			})
		}
		for _, plan := range []struct {
			name string
			seed []byte
		}{{"build", seed}, {"build-repeated", repeatedPlan(n)}} {
			b.Run(fmt.Sprintf("%s/%d", plan.name, n), func(b *testing.B) {
				root := fstest.MapFS{}
				for k, v := range base {
					root[k] = v
				}
				root["seeds/scale.txt"] = &fstest.MapFile{Data: plan.seed}
				cpu := cpuTime()
				for b.Loop() {
					if _, err := site.Build(root); err != nil {
						b.Fatal(err)
					}
				}
				perItem(b, n, cpuTime()-cpu)
			})
		}
	}
}

// perItem reports wall and CPU time per item: on a shared machine the CPU
// time is the one to compare.
func perItem(b *testing.B, n int, cpu time.Duration) {
	b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N*n), "ns/item")
	b.ReportMetric(float64(cpu.Nanoseconds())/float64(b.N*n), "cpu-ns/item")
}
