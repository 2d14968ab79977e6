package link

import (
	"strings"

	"go.yaml.in/yaml/v3"

	"plansite/generator/pos"
	"plansite/generator/textfile"
)

// Editor actions on a key project ↔ task link.
const (
	ActionConfirm = "confirm" // a computed candidate is right
	ActionReject  = "reject"  // a computed candidate is wrong
	ActionAdd     = "add"     // a link the computation missed
)

// Edit is one editor decision from the link file.
type Edit struct {
	Action   string
	Project  string // eId of the key project: proj_12
	Task     string // eId of the task: part_2__sec_2__item_6
	Reason   string // why, in Chinese; readers see it
	ReasonEN string // why, in English; optional
	Line     int
}

// Edits are the editors' decisions of content/links.yaml, by document slug.
type Edits struct {
	File string
	Docs map[string][]Edit
	// Lines are the lines of the document slugs in the file.
	Lines map[string]int
}

// ParseEdits reads a link file held in data; file names it in messages.
func ParseEdits(file string, data []byte) (*Edits, error) {
	var ps pos.List
	e := &Edits{File: file, Docs: map[string][]Edit{}, Lines: map[string]int{}}
	root := textfile.YAMLDoc(file, data, &ps)
	if root == nil {
		return e, ps.Err()
	}
	textfile.Pairs(file, root, "link file", &ps, func(slug string, sk, projects *yaml.Node) {
		e.Lines[slug] = sk.Line
		seen := map[[2]string]int{}
		textfile.Pairs(file, projects, "document "+slug, &ps, func(proj string, pk, actions *yaml.Node) {
			// A plan's key projects in an annex are att_N__proj_M.
			if levels := strings.Split(proj, "__"); !strings.HasPrefix(levels[len(levels)-1], "proj_") {
				ps.Add(file, pk.Line, "%q: expected the eId of a key project (proj_N, or att_N__proj_M in an annex)", proj)
			}
			textfile.Pairs(file, actions, proj, &ps, func(action string, ak, items *yaml.Node) {
				if action != ActionConfirm && action != ActionReject && action != ActionAdd {
					ps.Add(file, ak.Line, "%s: unknown action %q (expected confirm, reject or add)", proj, action)
					return
				}
				if items.Kind != yaml.SequenceNode {
					ps.Add(file, items.Line, "%s %s: expected a list of \"- task: …\" entries", proj, action)
					return
				}
				for _, it := range items.Content {
					ed := readEdit(file, it, &ps)
					ed.Action, ed.Project = action, proj
					key := [2]string{proj, ed.Task}
					if prev := seen[key]; prev > 0 && ed.Task != "" {
						ps.Add(file, ed.Line, "%s ↔ %s already decided at line %d", proj, ed.Task, prev)
						continue
					}
					seen[key] = ed.Line
					e.Docs[slug] = append(e.Docs[slug], ed)
				}
			})
		})
	})
	if err := ps.Err(); err != nil {
		return nil, err
	}
	return e, nil
}

// readEdit reads one "- task: … reason: …" entry.
func readEdit(file string, n *yaml.Node, ps *pos.List) Edit {
	ed := Edit{Line: n.Line}
	textfile.Pairs(file, n, "link", ps, func(key string, k, v *yaml.Node) {
		switch key {
		case "task":
			ed.Task = strings.TrimSpace(textfile.Scalar(file, v, key, ps))
		case "reason":
			ed.Reason = strings.TrimSpace(textfile.Scalar(file, v, key, ps))
		case "reason_en":
			ed.ReasonEN = strings.TrimSpace(textfile.Scalar(file, v, key, ps))
		default:
			ps.Add(file, k.Line, "unknown field %q (expected task, reason, reason_en)", key)
		}
	})
	if n.Kind == yaml.MappingNode {
		if ed.Task == "" {
			ps.Add(file, n.Line, "link has no task")
		}
		if ed.Reason == "" {
			ps.Add(file, n.Line, "link to %s has no reason: say why, readers see it", ed.Task)
		}
	}
	return ed
}
