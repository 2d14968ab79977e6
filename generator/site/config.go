package site

import (
	"io/fs"
	"net/url"
	"strings"

	"plansite/generator/pos"
	"plansite/generator/textfile"
)

// Config is content/site.yaml: settings of the site as a whole.
type Config struct {
	// BaseURL is where the site is published, without a trailing slash
	// (https://plans.example.gov.cn or https://host/sub/path). It is used
	// only where a URL must be absolute: the sitemap, Open Graph tags,
	// citations. Links between pages are relative and need no base.
	BaseURL string `yaml:"baseURL"`
}

const configFile = "content/site.yaml"

func loadConfig(root fs.FS) (Config, error) {
	var c Config
	data, err := textfile.Read(root, configFile)
	if err != nil {
		return c, err
	}
	if err := textfile.Decode(configFile, data, &c); err != nil {
		return c, err
	}
	// Citations, the sitemap and Open Graph print it as it is: without
	// its scheme it would be read as a path, and no reader gets there.
	if u, err := url.Parse(c.BaseURL); c.BaseURL != "" && (err != nil || u.Scheme != "http" && u.Scheme != "https" || u.Host == "" || u.RawQuery != "" || u.Fragment != "") {
		line := 0
		if root, _ := textfile.YAMLRoot(configFile, data); root != nil {
			for i := 0; i+1 < len(root.Content); i += 2 {
				if root.Content[i].Value == "baseURL" {
					line = root.Content[i].Line
				}
			}
		}
		return c, pos.Errorf(configFile, line, "baseURL %q: expected the site's address with its scheme, as https://plans.example.gov.cn", c.BaseURL)
	}
	c.BaseURL = strings.TrimSuffix(c.BaseURL, "/")
	return c, nil
}

func (b *builder) config() Config { return b.cfg }
