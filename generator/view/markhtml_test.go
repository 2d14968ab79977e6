package view

import (
	"html/template"
	"testing"
)

func TestMarkHTML(t *testing.T) {
	const sample = `<pre class="chroma" tabindex="0"><code><span class="line"><span class="cl">      <span class="s2">&#34;区委宣传部&#34;</span><span class="p">,</span>
</span></span><span class="line"><span class="cl"><span class="s">II (1) 1</span><span class="p">,</span><span class="s">Publicity Department</span><span class="p">,</span><span class="s">（区委教育工委、团区委负责）</span></span></span></code></pre>`
	for _, c := range []struct {
		name, lang string
		in, want   template.HTML
	}{
		{"english sample", "en", sample, `<pre class="chroma" tabindex="0"><code><span class="line"><span class="cl">      <span class="s2">&#34;<span lang="zh-Hans">区委宣传部</span>&#34;</span><span class="p">,</span>
</span></span><span class="line"><span class="cl"><span class="s">II (1) 1</span><span class="p">,</span><span class="s">Publicity Department</span><span class="p">,</span><span class="s"><span lang="zh-Hans">（区委教育工委、团区委负责）</span></span></span></span></code></pre>`},
		{"chinese page", "zh", sample, sample},
		{"no chinese", "en", `<pre><code><span class="s">&#34;II (1) 1&#34;</span></code></pre>`, `<pre><code><span class="s">&#34;II (1) 1&#34;</span></code></pre>`},
		{"marked already", "en", `<p lang="zh-Hans">区委 <b>宣传部</b></p>`, `<p lang="zh-Hans">区委 <b>宣传部</b></p>`},
	} {
		t.Run(c.name, func(t *testing.T) {
			have, err := MarkHTML(c.lang, c.in)
			if err != nil {
				t.Fatal(err)
			}
			if have != c.want {
				t.Errorf("MarkHTML(%s):\nhave %s\nwant %s", c.lang, have, c.want)
			}
		})
	}
}
