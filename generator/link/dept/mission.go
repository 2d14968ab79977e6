package dept

import (
	"strings"
)

// An ad hoc body's mission, in English where the site's subject vocabulary
// says it. A joint meeting, a leading group or a task force is named by its
// kind (adHocBody: Beijing Municipal Joint Meeting), its mission being free
// words of a plan no rule of this package knows; but they are the words a
// plan's title says its subject in (促进房地产市场平稳健康发展, 完善促进消费体制机制),
// and the site's vocabulary of subjects (content/i18n/subjects.yaml, with
// the glossary) reads them: Office of the Municipal Leading Group for
// Promoting the Steady and Healthy Development of the Real Estate Market.

// MissionWords is the English of a mission in the plan whose slug is given
// (促进房地产市场平稳健康发展 → Promoting the Steady and Healthy Development of
// the Real Estate Market), or "" where the vocabulary does not cover it.
type MissionWords func(slug, mission string) string

// WithMission is en, the English of key (an ad hoc body or one of its
// units, named by rule: by the resolver's own rule, or as a body of the
// plan's government, GovernmentBody), with the body's mission after its
// kind where the registry's Missions says it; else en.
func (rs *Resolver) WithMission(key, en string) string {
	k, mission := rs.mission(key)
	if k.en == "" || en == "" {
		return en
	}
	i := strings.LastIndex(en, k.en)
	if i < 0 || strings.Contains(en[i:], " for ") {
		return en // a name the mission is not said in, or says it already
	}
	end := i + len(k.en)
	return en[:end] + " for " + mission + en[end:]
}

// Mission is the English of the mission of key, an ad hoc body or one of
// its units, that WithMission says in its name, or "": a title saying a
// subject of its own names the body without it.
func (rs *Resolver) Mission(key string) string {
	_, mission := rs.mission(key)
	return mission
}

// mission is the kind of the ad hoc body key is or is a unit of, and its
// mission in English where the registry's Missions says it; zero values
// where key is no such body, has no mission or one a field names.
func (rs *Resolver) mission(key string) (kind struct{ zh, en string }, en string) {
	if rs.reg.Missions == nil {
		return kind, ""
	}
	body := key
	for _, u := range adHocUnits {
		if b, ok := strings.CutSuffix(key, u.zh); ok && b != "" {
			body = b
			break
		}
	}
	for _, k := range adHocKinds {
		mission, ok := strings.CutSuffix(body, k.zh)
		if !ok {
			continue
		}
		mission = rs.afterPlace(mission)
		if mission == "" || workFields[mission] != "" {
			return kind, ""
		}
		if m := rs.reg.Missions(rs.doc.Slug, mission); m != "" {
			return k, m
		}
		return kind, ""
	}
	return kind, ""
}

// afterPlace is s without the place or level it opens with (北京市, the
// plan's government's name, 市, 区委), as the body's English names it: the
// first reading of places (place.go) that names a place with its level,
// the reading a body's English name takes.
func (rs *Resolver) afterPlace(s string) string {
	s = strings.TrimPrefix(s, "中共")
	for _, c := range places(s, rs.Gov) {
		if !c.bare {
			return strings.TrimPrefix(c.rest, "委")
		}
	}
	return s
}
