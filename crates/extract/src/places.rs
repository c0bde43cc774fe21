//! Places of an article: which gazetteer matches are really places, what cue
//! words surround them, and which GeoNames entry each one is.
//!
//! Reads: the gazetteer's name matches and the lexicon's cue mentions.
//! Adds: [`PlaceHit`]s with their cues and a resolution, plus the article's
//! main country. Which place belongs to which event is decided later
//! (`events`), as is the precision code.

use rasid_core::ByteSpan;
use rasid_gazetteer::{GeoContext, PlaceId, Resolution};
use rasid_lexicon::{Cue, Entry, PlaceType};

use crate::doc::Doc;

/// Closed-class words that introduce a place ("in", "to", "from", "at").
/// Grammar, not vocabulary, so they live here rather than in a lexicon.
pub(crate) const LOCATIVE_PREPOSITIONS: &[&str] =
    &["في", "الي", "من", "عند", "داخل", "نحو", "باتجاه"];

/// Words for a road named by the places it joins. Grammar of place
/// phrases, kept with the code that reads them.
const ROAD_WORDS: &[&str] = &["طريق", "اوتوستراد", "اوتستراد", "الاوتوستراد", "الطريق"];

/// Country names of the lexicon (English) to ISO 3166 codes, as the
/// gazetteer writes them. Facts; the first nine are the region's.
pub(crate) const COUNTRY_CODES: &[(&str, &str)] = &[
    ("Syria", "SY"),
    ("Iraq", "IQ"),
    ("Lebanon", "LB"),
    ("Yemen", "YE"),
    ("Libya", "LY"),
    ("Palestine", "PS"),
    ("Jordan", "JO"),
    ("Turkey", "TR"),
    ("Israel", "IL"),
    ("Afghanistan", "AF"),
    ("Algeria", "DZ"),
    ("Bahrain", "BH"),
    ("Egypt", "EG"),
    ("France", "FR"),
    ("Iran", "IR"),
    ("Kuwait", "KW"),
    ("Nigeria", "NG"),
    ("Pakistan", "PK"),
    ("Qatar", "QA"),
    ("Russia", "RU"),
    ("Saudi Arabia", "SA"),
    ("Somalia", "SO"),
    ("Sudan", "SD"),
    ("Tunisia", "TN"),
    ("Ukraine", "UA"),
    ("United Arab Emirates", "AE"),
    ("United Kingdom", "GB"),
    ("United States", "US"),
];

/// The region's countries, whose places the gazetteer holds.
const REGIONAL_CODES: &[&str] = &["SY", "IQ", "LB", "YE", "LY", "PS", "JO", "TR", "IL"];

/// Code of a country name, if known.
pub(crate) fn country_code(name: &str) -> Option<&'static str> {
    COUNTRY_CODES
        .iter()
        .find(|(n, _)| *n == name)
        .map(|(_, c)| *c)
}

/// Words around a place that change what it means.
#[derive(Debug, Clone, Copy, Default)]
pub(crate) struct PlaceCues {
    /// "مدينة X", "قرية X" …
    pub place_type: Option<PlaceType>,
    /// "ريف X"
    pub countryside: bool,
    /// "قرب X", "محيط X", "أطراف X"
    pub near: bool,
    /// "بين X و Y"
    pub between: bool,
    /// "شرق X", "جنوبي X"
    pub direction_before: bool,
    /// "X الشرقي" (after the name)
    pub direction_after: bool,
    /// A locative preposition (في، إلى …) or ب/ل clitic right before it.
    pub locative: bool,
    /// "من X", "من مدينة X": where someone comes from, not where it happened.
    pub origin: bool,
    /// "طريق X - Y": a road named by its ends.
    pub road: bool,
    /// Joined to the previous word by و (a list member).
    pub conjoined: bool,
    /// End of the cue words that follow the name (direction), for evidence.
    pub tail_end: u32,
    /// Start of the cue words that precede the name, for evidence.
    pub head_start: u32,
}

/// What a resolved place is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum PlaceKind {
    /// A populated place or other point feature.
    Settlement,
    /// A governorate, district or similar.
    Admin,
    /// A whole country.
    Country,
}

/// One place named in the article.
#[derive(Debug, Clone)]
pub(crate) struct PlaceHit {
    pub span: ByteSpan,
    pub core: ByteSpan,
    pub sentence: usize,
    pub token: usize,
    pub cues: PlaceCues,
    /// Gazetteer entries this name may be (the first `primary` have it as main name).
    pub candidates: Vec<PlaceId>,
    pub primary: usize,
    pub resolution: Option<Resolution>,
    pub kind: PlaceKind,
}

impl PlaceHit {
    pub fn place_id(&self) -> Option<PlaceId> {
        self.resolution.as_ref().map(|r| r.place)
    }
}

pub(crate) fn find(doc: &Doc) -> (Vec<PlaceHit>, Option<String>) {
    let text = doc.text();
    let raw = doc.gaz.find_places(&doc.an);
    let mut hits = Vec::with_capacity(raw.len());
    for m in raw {
        if m.candidates.is_empty() {
            continue;
        }
        // "كـ" ("like") and "سـ" (future) never attach to a place name: a
        // match through them splits an ordinary word (كلية → ك + لية).
        let prefix = &text[m.span.start()..m.core.start()];
        if prefix.contains('ك') || prefix.contains('س') {
            continue;
        }
        let cues = cues_around(doc, m.span, m.core);
        // A lexicon entry at least as long wins: "حزب الله" is an actor, "ريف" a
        // cue; but after a place word the name is a place ("مدينة الميادين" is
        // the town, not the TV channel; "مدينة إب" is not the month).
        let shadowed = doc
            .mentions_in(ByteSpan {
                start: m.span.start.saturating_sub(64),
                end: m.span.end.saturating_add(64).min(text.len() as u32),
            })
            .any(|l| {
                l.span.overlaps(m.core)
                    && l.span.len() >= m.core.len()
                    && !(cues.place_type.is_some()
                        && (l.span.end == l.core.end
                            || matches!(l.entry, Entry::Cue(Cue::PlaceType(_))))
                        && matches!(l.prefix.slice(text), "" | "ال")
                        && matches!(
                            l.entry,
                            Entry::Cue(Cue::Source(_) | Cue::Month(_) | Cue::PlaceType(_))
                        ))
            });
        if shadowed {
            continue;
        }
        // An ordinary word ("المدينة", "الموقع") is a place only when the text
        // calls it one: "قرية X", "ريف X", "بين X", or lists it right after
        // one ("بلدتي نبل والزهراء").
        let listed = m.common_word
            && cues.conjoined
            && hits.last().is_some_and(|p: &PlaceHit| {
                p.cues.place_type.is_some()
                    && doc.token_index(m.span.start) <= doc.token_index(p.span.end) + 1
            });
        let cued = cues.place_type.is_some() || cues.countryside || cues.between;
        if m.common_word && !listed && (!cued || cues.conjoined) {
            continue;
        }
        let token = doc.token_index(m.span.start);
        hits.push(PlaceHit {
            span: m.span,
            core: m.core,
            sentence: doc.sentence_of(m.span),
            token,
            cues,
            candidates: m.candidates,
            primary: m.primary,
            resolution: None,
            kind: PlaceKind::Settlement,
        });
    }
    let main_country = resolve_all(doc, &mut hits);
    one_sense_per_article(doc, &mut hits);
    // A hamlet's name in running text is more often an ordinary word or a
    // family name than the hamlet: keep minor places only when the text
    // marks them as places (a cue, a preposition, a list of places).
    let keep: Vec<bool> = (0..hits.len())
        .map(|i| {
            let h = &hits[i];
            let Some(r) = &h.resolution else { return false };
            let c = &h.cues;
            let marked = c.place_type.is_some()
                || c.countryside
                || c.near
                || c.between
                || c.locative
                || c.direction_before
                || (c.conjoined
                    && i > 0
                    && hits[i - 1].sentence == h.sentence
                    && h.token
                        .saturating_sub(doc.token_index(hits[i - 1].span.end))
                        <= 3);
            let p = doc.gaz.place(r.place);
            // A hamlet abroad in an article clearly about one country, or not
            // even called a village there, is a local name or an ordinary word
            // the gazetteer matched to a namesake.
            let foreign = main_country.as_ref().is_some_and(|(code, w)| {
                *code != p.country_code && (*w >= 0.5 || c.place_type.is_none())
            });
            (marked && !foreign) || is_major(p)
        })
        .collect();
    let mut k = keep.iter();
    hits.retain(|_| *k.next().unwrap_or(&true));
    unresolve_namesakes(doc, &mut hits);
    add_unknown_names(doc, &mut hits);
    (hits, main_country.map(|(code, _)| code))
}

/// A name written twice in an article names one place: every occurrence
/// takes the reading its best-supported occurrence has ("المزة" next to
/// "شرطة دمشق" is Damascus's neighbourhood in the next sentence too).
fn one_sense_per_article(doc: &Doc, hits: &mut [PlaceHit]) {
    let text = doc.text();
    for i in 0..hits.len() {
        let Some(best) = (0..hits.len())
            // "محافظة الحديدة" and "مدينة الحديدة" are two places.
            .filter(|&j| {
                hits[j].core.slice(text) == hits[i].core.slice(text)
                    && wants_admin(&hits[j]) == wants_admin(&hits[i])
            })
            .filter_map(|j| hits[j].resolution.as_ref().map(|r| (j, r.score)))
            .max_by(|a, b| a.1.total_cmp(&b.1))
            .map(|(j, _)| j)
        else {
            continue;
        };
        if best != i
            && hits[i].resolution.as_ref().map(|r| r.place)
                != hits[best].resolution.as_ref().map(|r| r.place)
        {
            let mut r = hits[best].resolution.clone().expect("best has a reading");
            r.reason = format!("as where the article names it again; {}", r.reason);
            hits[i].resolution = Some(r);
        }
    }
}

/// A place said to lie in a town but farther than this from it is a
/// namesake elsewhere, not the place meant.
const NAMESAKE_KM: f64 = 50.0;

/// "قرية الشرجه بمديرية الجراحي" where the only الشرجه the gazetteer knows
/// lies 100 km from الجراحي: the text's village is not in the gazetteer.
/// The name is unresolved wherever the article uses it (one sense per
/// article), so its events are coded to the container the text gives.
fn unresolve_namesakes(doc: &Doc, hits: &mut [PlaceHit]) {
    let text = doc.text();
    let mut namesakes: Vec<&str> = Vec::new();
    for i in 0..hits.len() {
        let Some(j) = container_of(doc, hits, i) else {
            continue;
        };
        let (here, container) = (&hits[i], &hits[j]);
        let (Some(inner), Some(outer)) = (&here.resolution, &container.resolution) else {
            continue;
        };
        let town = matches!(
            container.cues.place_type,
            Some(PlaceType::City | PlaceType::Town | PlaceType::District)
        ) && container.kind == PlaceKind::Settlement
            && container.cues.locative
            && !container.cues.countryside;
        let (a, b) = (doc.gaz.place(inner.place), doc.gaz.place(outer.place));
        if town
            && !b.is_region()
            && rasid_gazetteer::distance_km((a.lat, a.lon), (b.lat, b.lon)) > NAMESAKE_KM
        {
            namesakes.push(here.core.slice(text));
        }
    }
    for h in hits.iter_mut() {
        if namesakes.contains(&h.core.slice(text)) {
            h.resolution = None;
        }
    }
}

/// First words of compound village names ("بيت ياحون", "كفر نبل", "تل حسين").
/// Grammar of place names, kept with the code that reads them.
const COMPOUND_HEADS: &[&str] = &[
    "ابو",
    "ام",
    "بيت",
    "بني",
    "تل",
    "جبل",
    "خربه",
    "دير",
    "راس",
    "عين",
    "كفر",
    "وادي",
    "بئر",
    "بير",
    "قصر",
    "مزرعه",
    "تله",
    "حي",
];

/// Names the text calls places ("قرية الشرجه") that the gazetteer does not
/// know: kept unresolved, so an event there keeps its Arabic place name
/// instead of borrowing another place.
fn add_unknown_names(doc: &Doc, hits: &mut Vec<PlaceHit>) {
    let text = doc.text();
    let tokens = &doc.an.tokens;
    let mut unknown = Vec::new();
    for (m, cue) in doc.cues_in(ByteSpan {
        start: 0,
        end: text.len() as u32,
    }) {
        let Cue::PlaceType(place_type) = cue else {
            continue;
        };
        // "قرية X" names a place; "القرية" refers back to one already named;
        // "منطقة" and "ناحية" head phrases as often as names; احياء is also
        // "reviving" (إحياء ذكرى).
        if rasid_text::clitics::has_article(m.prefix.slice(text))
            || m.core.slice(text) == "احياء"
            || !matches!(
                place_type,
                PlaceType::City
                    | PlaceType::Town
                    | PlaceType::Village
                    | PlaceType::Camp
                    | PlaceType::Neighbourhood
            )
        {
            continue;
        }
        let ti = doc.token_index(m.span.end);
        let Some(first) = tokens
            .get(ti)
            .filter(|t| t.kind == rasid_text::TokenKind::Word)
        else {
            continue;
        };
        let taken = |span: ByteSpan| {
            hits.iter().any(|h| h.span.overlaps(span))
                || doc
                    .mentions_in(ByteSpan {
                        start: span.start,
                        end: span.end,
                    })
                    .next()
                    .is_some()
                || doc.mentions.iter().any(|x| x.span.overlaps(span))
        };
        let mut span = first.span;
        if COMPOUND_HEADS.contains(&first.text(text)) {
            if let Some(second) = tokens
                .get(ti + 1)
                .filter(|t| t.kind == rasid_text::TokenKind::Word)
            {
                span = span.cover(second.span);
            }
        }
        if taken(span) || first.text(text).chars().count() < 3 {
            continue;
        }
        unknown.push(PlaceHit {
            span,
            core: span,
            sentence: doc.sentence_of(span),
            token: ti,
            cues: PlaceCues {
                place_type: Some(place_type),
                head_start: m.span.start,
                tail_end: span.end,
                ..PlaceCues::default()
            },
            candidates: Vec::new(),
            primary: 0,
            resolution: None,
            kind: PlaceKind::Settlement,
        });
    }
    if !unknown.is_empty() {
        hits.extend(unknown);
        hits.sort_by_key(|h| h.span.start);
    }
}

/// A place well enough known to be named without a cue: a country, an
/// admin area or region, a capital or district or sub-district seat (their
/// populations are often missing in the data), or a town of some size.
fn is_major(p: &rasid_gazetteer::Place) -> bool {
    p.feature_class == 'A'
        || p.is_region()
        || matches!(p.feature_code.as_str(), "PPLC" | "PPLA" | "PPLA2" | "PPLA3")
        || p.population >= 5_000
}

/// Two passes: vote on the article's countries with unambiguous evidence,
/// then resolve every place with that context and its neighbours.
fn resolve_all(doc: &Doc, hits: &mut [PlaceHit]) -> Option<(String, f32)> {
    let mut votes: Vec<(String, f32)> = Vec::new();
    let mut vote = |code: &str, w: f32| match votes.iter_mut().find(|(c, _)| c == code) {
        Some((_, v)) => *v += w,
        None => votes.push((code.to_string(), w)),
    };
    for hit in hits.iter() {
        let cands = &hit.candidates;
        let first = &doc.gaz.place(cands[0]).country_code;
        if cands
            .iter()
            .all(|&c| &doc.gaz.place(c).country_code == first)
        {
            // A known town is good evidence of the country; a hamlet whose
            // name may be an ordinary word is weak evidence.
            let major = cands.iter().any(|&c| is_major(doc.gaz.place(c)));
            let weight = match (major, cands.len()) {
                (true, 1) => 1.0,
                (true, _) => 0.7,
                (false, _) => 0.2,
            };
            vote(first, weight);
        } else {
            let share = 0.3 / cands.len() as f32;
            for &c in cands {
                vote(&doc.gaz.place(c).country_code.clone(), share);
            }
        }
    }
    for m in &doc.mentions {
        // Actors and nationality adjectives ("العاصمة الليبية طرابلس") say
        // which country the article is about.
        let country = match m.entry {
            Entry::Actor(id) => doc.lex.actor(id).country.as_deref(),
            Entry::Nationality(id) => Some(doc.lex.nationality(id).country.as_str()),
            _ => None,
        };
        // Only the region's countries: a US or Russian actor says nothing
        // about where in the region the article is.
        if let Some(code) = country
            .and_then(country_code)
            .filter(|c| REGIONAL_CODES.contains(c))
        {
            vote(code, 0.4);
        }
    }
    votes.sort_by(|a, b| b.1.total_cmp(&a.1).then(a.0.cmp(&b.0)));
    let total: f32 = votes.iter().map(|(_, v)| v).sum::<f32>().max(1.0);
    let weights: Vec<(String, f32)> = votes.iter().map(|(c, v)| (c.clone(), v / total)).collect();
    let main_country = weights.first().cloned();

    // First pass: each place alone with the country weights.
    let base = GeoContext {
        country_weights: weights.clone(),
        nearby: Vec::new(),
        admin1_hint: None,
        wants_admin_area: false,
    };
    let mut first: Vec<Option<Resolution>> = Vec::with_capacity(hits.len());
    for hit in hits.iter() {
        let mut ctx = base.clone();
        ctx.wants_admin_area = wants_admin(hit);
        first.push(
            doc.gaz
                .resolve_candidates(&hit.candidates, hit.primary, &ctx),
        );
    }
    // Second pass: a place followed by its container ("X في ريف حلب") takes the
    // container's governorate as a hint; places near each other pull together.
    for i in 0..hits.len() {
        let mut ctx = base.clone();
        ctx.wants_admin_area = wants_admin(&hits[i]);
        if let Some(j) = container_of(doc, hits, i) {
            if let Some(r) = &first[j] {
                let p = doc.gaz.place(r.place);
                ctx.admin1_hint = Some((p.country_code.clone(), p.admin1_code.clone()));
            }
        }
        ctx.nearby = first
            .iter()
            .enumerate()
            // Not the same name elsewhere: its first reading would vote for itself.
            .filter(|(j, r)| {
                r.is_some()
                    && hits[*j].sentence.abs_diff(hits[i].sentence) <= 1
                    && hits[*j].core.slice(doc.text()) != hits[i].core.slice(doc.text())
            })
            .filter_map(|(_, r)| r.as_ref())
            .map(|r| doc.gaz.place(r.place))
            // Governorates and regions sit at their capital's point: as
            // neighbours they would pull every name towards the capital.
            .filter(|p| p.feature_class != 'A' && !p.is_region())
            .map(|p| (p.lat, p.lon))
            .collect();
        hits[i].resolution = doc
            .gaz
            .resolve_candidates(&hits[i].candidates, hits[i].primary, &ctx)
            .or_else(|| first[i].clone());
        // A country's name means the country, not a hamlet called the same.
        if let Some(country) = hits[i]
            .candidates
            .iter()
            .copied()
            .find(|&c| doc.gaz.place(c).feature_code.starts_with("PCL"))
        {
            if let Some(r) = &mut hits[i].resolution {
                if r.place != country {
                    r.reason = format!("the name of a country; {}", r.reason);
                    r.place = country;
                }
            }
        }
        if let Some(r) = &hits[i].resolution {
            let p = doc.gaz.place(r.place);
            hits[i].kind = match (p.feature_class, p.feature_code.as_str()) {
                ('A', code) if code.starts_with("PCL") => PlaceKind::Country,
                ('A', _) => PlaceKind::Admin,
                // A region (البادية السورية) is coded like an admin area: precision 3.
                _ if p.is_region() => PlaceKind::Admin,
                _ => PlaceKind::Settlement,
            };
        }
    }
    main_country
}

fn wants_admin(hit: &PlaceHit) -> bool {
    hit.cues.countryside
        || matches!(
            hit.cues.place_type,
            Some(PlaceType::Governorate | PlaceType::Region | PlaceType::District)
        )
}

/// The place that names where place `i` lies: the next place within a few
/// tokens, not joined by و, e.g. "قرية X في ريف حلب" or "حي Y في دير الزور".
pub(crate) fn container_of(doc: &Doc, hits: &[PlaceHit], i: usize) -> Option<usize> {
    let j = i + 1;
    let next = hits.get(j)?;
    let here = &hits[i];
    // "قرب X على أوتوستراد دمشق درعا": a road's ends are not containers.
    if next.sentence != here.sentence || next.cues.conjoined || next.cues.between || next.cues.road
    {
        return None;
    }
    let gap = next.token.saturating_sub(doc.token_index(here.span.end));
    (gap <= 3).then_some(j)
}

fn cues_around(doc: &Doc, span: ByteSpan, core: ByteSpan) -> PlaceCues {
    let text = doc.text();
    let mut cues = PlaceCues {
        tail_end: span.end,
        head_start: span.start,
        ..PlaceCues::default()
    };
    let prefix = &text[span.start()..core.start()];
    cues.conjoined = prefix.starts_with('و');
    if prefix.contains('ب') || prefix.contains('ل') {
        cues.locative = true;
    }
    // A road named by its ends ("على طريق عام القامشلي - عامودا",
    // "أوتوستراد دمشق درعا"): near the first end, like "between".
    let ti_name = doc.token_index(span.start);
    cues.road = (ti_name.saturating_sub(2)..ti_name).any(|i| {
        let w = doc.an.tokens[i].text(text);
        rasid_text::clitics::proclitic_splits(w).any(|s| ROAD_WORDS.contains(&s.stem))
    });
    // Up to three cue words before the name: "في بلدة", "ريف", "قرب مدينة", "بين بلدتي".
    let ti = doc.token_index(span.start);
    let mut pos = span.start;
    for _ in 0..3 {
        let Some((m, cue)) = doc.cue_before(pos, 1) else {
            // A bare locative preposition right before.
            if ti > 0 {
                let prev = doc.an.tokens[doc.token_index(pos).saturating_sub(1)];
                if prev.span.end <= pos && LOCATIVE_PREPOSITIONS.contains(&prev.text(text)) {
                    cues.locative = true;
                    cues.origin = prev.text(text) == "من";
                }
                // "سقطت قذائف على X", "غارة على X": the target of a strike.
                let before_ala = doc.token_index(pos).saturating_sub(2);
                if prev.text(text) == "علي"
                    && doc.mentions.iter().any(|m| {
                        matches!(m.entry, Entry::Trigger(_))
                            && m.span.end == doc.an.tokens[before_ala].span.end
                    })
                {
                    cues.locative = true;
                }
            }
            break;
        };
        match cue {
            Cue::PlaceType(t) => {
                cues.place_type.get_or_insert(t);
            }
            Cue::Countryside => cues.countryside = true,
            // "قرب مطار أربيل": near a facility of a town is at the town.
            Cue::Near if cues.place_type != Some(PlaceType::Facility) => cues.near = true,
            Cue::Near => {}
            Cue::Between => cues.between = true,
            Cue::Direction(_) => cues.direction_before = true,
            _ => break,
        }
        let cue_prefix = &text[m.span.start()..m.core.start()];
        if cue_prefix.starts_with('و') {
            cues.conjoined = true;
        }
        // "بمديرية X", "بريف X": the preposition is on the cue word.
        if cue_prefix.contains('ب') {
            cues.locative = true;
        }
        cues.head_start = m.span.start;
        pos = m.span.start;
    }
    // A direction right after: "ريف دير الزور الشرقي".
    let after = ByteSpan {
        start: span.end,
        end: doc
            .an
            .tokens
            .get(doc.token_index(span.end))
            .map_or(span.end, |t| t.span.end),
    };
    if let Some((m, Cue::Direction(_))) = doc.cues_in(after).next() {
        cues.direction_after = true;
        cues.tail_end = m.span.end;
    }
    cues
}
