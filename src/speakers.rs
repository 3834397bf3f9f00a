//! Turns speaker mentions into speakers: the canonical name behind a pronoun, a surname, a title
//! or "the company"; the party a spokesman speaks for; whether the source is anonymous.

use crate::attribution::{Found, Source};
use crate::doc::{is_headline, Doc};
use crate::lexicon::HashMap;
use crate::lexicon::{
    self,
    first_names::{self, Gender},
};
use crate::model::{Span, Speaker};
use std::sync::OnceLock;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum EntityKind {
    Person,
    Org,
    Group,
}

#[derive(Debug, Clone)]
struct Entity {
    name: String,
    kind: EntityKind,
    party: Option<String>,
}

/// Most words in a name run ("Mohammed bin Salman bin Abdulaziz Al Saud" has 7).
const MAX_NAME_WORDS: usize = 20;

/// Most characters of a speaker's or party's name as the analysis gives it: past this it is cut,
/// with "…" ("Mr." before a page of capitalised words once made a name of 650,000 characters).
pub const MAX_NAME_CHARS: usize = 100;

/// Cuts the speaker's name and party to [`MAX_NAME_CHARS`].
pub fn bound_names(speaker: &mut Speaker) {
    bound(&mut speaker.name);
    if let Some(p) = speaker.party.as_mut() {
        bound(p);
    }
}

fn bound(name: &mut String) {
    if let Some((cut, _)) = name.char_indices().nth(MAX_NAME_CHARS) {
        name.truncate(cut);
        name.push('…');
    }
}

fn strip_possessive(s: &str) -> &str {
    s.strip_suffix("'s")
        .or_else(|| s.strip_suffix("’s"))
        .unwrap_or(s)
}

/// `s` without any number of leading `prefix`es, as `trim_start_matches` would give it but without
/// setting up a substring searcher per call (this runs for every speaker candidate).
fn trim_prefixes<'s>(mut s: &'s str, prefix: &str) -> &'s str {
    while let Some(rest) = s.strip_prefix(prefix) {
        s = rest;
    }
    s
}

/// `lexicon::government_alias`, screened first by the name's first byte and length: most names
/// are no alias, and a table lookup turns them away before the name is hashed.
fn government_alias(name: &str) -> Option<&'static str> {
    static LENGTHS: OnceLock<[u64; 256]> = OnceLock::new();
    let lengths = LENGTHS.get_or_init(|| {
        let mut lengths = [0u64; 256];
        for alias in lexicon::government_aliases()
            .iter()
            .flat_map(|row| row.iter())
        {
            if let Some(&b) = alias.as_bytes().first() {
                lengths[usize::from(b)] |= 1 << alias.len().min(63);
            }
        }
        lengths
    });
    let first = usize::from(*name.as_bytes().first()?);
    if lengths[first] & (1 << name.len().min(63)) == 0 {
        return None;
    }
    lexicon::government_alias(name)
}

/// [`government_of`] for one token, which has no spaces: no prefix to trim, no head words to
/// look past (and no search for a space, which costs a `memrchr` call per name word).
fn government_of_word(word: &str) -> Option<&'static str> {
    debug_assert!(!word.contains(' '));
    government_alias(strip_possessive(word))
}

/// The canonical government party a name belongs to ("Moscow" → "Kremlin").
pub fn government_of(name: &str) -> Option<&'static str> {
    let name = strip_possessive(trim_prefixes(trim_prefixes(name, "the "), "The "));
    if let Some(party) = government_alias(name) {
        return Some(party);
    }
    // "Russian officials", "the United States government": an alias, then only head words.
    let mut end = name.len();
    while let Some(space) = name[..end].rfind(' ') {
        let rest = &name[space + 1..];
        let head = rest.split_whitespace().all(|w| {
            lexicon::GOVERNMENT_HEADS
                .iter()
                .any(|h| h.eq_ignore_ascii_case(w))
        });
        if !head {
            return None;
        }
        if let Some(party) = government_alias(&name[..space]) {
            return Some(party);
        }
        end = space;
    }
    None
}

pub struct Resolver {
    entities: Vec<Entity>,
    /// Entity index by canonical name, and a person's by surname (the most recent one).
    by_name: HashMap<String, usize>,
    by_surname: HashMap<String, usize>,
    /// The last person introduced with a role word ("Senator Jane Doe" → "senator").
    by_role: HashMap<String, usize>,
    /// The named person introduced with each role word, or `None` once a second one is, for
    /// speakers named only by a role before the article introduces them
    /// ([`Resolver::named_by_role`]).
    role_people: HashMap<String, Option<usize>>,
    /// The role word of the last speaker resolved, when the phrase named nobody but a role
    /// ("DNC chair", "London's Muslim mayor").
    role_only: Option<String>,
    /// People named in the text so far, `(token index, entity)`, for pronouns in the same
    /// sentence; and how far the text has been read for names.
    person_mentions: Vec<(usize, usize)>,
    unsure_mentions: Vec<(usize, usize)>,
    observed: usize,
    /// Token ranges whose names [`Resolver::observe`] does not read (headings and captions,
    /// `blocks::unread_tokens`), in text order, and the first that may lie ahead.
    unread: Vec<(usize, usize)>,
    next_unread: usize,
    /// Index into `entities` of each resolved speaker, in text order.
    last_person: Option<usize>,
    last_other: Option<usize>,
    last_any: Option<usize>,
    /// A buffer for names being looked up, kept between calls.
    scratch: String,
}

/// A speaker mention, tokens `[a, b)`, with the readings every step of [`Resolver::resolve`]
/// looks at.
struct Mention<'d> {
    a: usize,
    b: usize,
    /// The mention as written, and where.
    text: String,
    mention: Option<Span>,
    /// Its words lower-cased, and those that are not determiners.
    lower: Vec<&'d str>,
    content_words: Vec<&'d str>,
    /// A capitalised word other than a determiner: a name, not "the company".
    any_cap: bool,
}

impl<'d> Mention<'d> {
    fn new(doc: &'d Doc, a: usize, b: usize) -> Self {
        let sets = lexicon::sets();
        let span = doc.span(a, b);
        let lower: Vec<&str> = (a..b).map(|i| doc.w(i)).collect();
        let content_words: Vec<&str> = lower
            .iter()
            .copied()
            .filter(|w| !sets.determiners.contains(w))
            .collect();
        let any_cap = (a..b).any(|i| doc.toks[i].cap && !sets.determiners.contains(doc.w(i)));
        Mention {
            a,
            b,
            text: span.slice(doc.text).to_string(),
            mention: Some(span),
            lower,
            content_words,
            any_cap,
        }
    }
}

impl Resolver {
    pub fn new() -> Self {
        Resolver {
            entities: Vec::new(),
            by_name: HashMap::default(),
            by_surname: HashMap::default(),
            by_role: HashMap::default(),
            role_people: HashMap::default(),
            role_only: None,
            person_mentions: Vec::new(),
            unsure_mentions: Vec::new(),
            observed: 0,
            unread: Vec::new(),
            next_unread: 0,
            last_person: None,
            last_other: None,
            last_any: None,
            scratch: String::new(),
        }
    }

    fn remember(&mut self, e: Entity) -> usize {
        let idx = match self.by_name.get(&e.name).copied() {
            Some(i) => {
                if self.entities[i].party.is_none() {
                    self.entities[i].party = e.party;
                }
                i
            }
            None => {
                let i = self.entities.len();
                self.by_name.insert(e.name.clone(), i);
                if e.kind == EntityKind::Person {
                    if let Some((_, surname)) = e.name.rsplit_once(' ') {
                        self.by_surname.insert(surname.to_string(), i);
                    }
                }
                self.entities.push(e);
                i
            }
        };
        if self.entities[idx].kind == EntityKind::Person {
            self.last_person = Some(idx);
        } else {
            self.last_other = Some(idx);
        }
        self.last_any = Some(idx);
        idx
    }

    fn speaker_of(
        &self,
        idx: usize,
        text: String,
        mention: Option<Span>,
        anonymous: bool,
    ) -> Speaker {
        let e = &self.entities[idx];
        Speaker {
            text,
            mention,
            name: e.name.clone(),
            party: e.party.clone().or_else(|| Some(e.name.clone())),
            anonymous,
        }
    }

    /// Reads no names in the token ranges `ranges` (`[start, end)`, in text order).
    pub fn leave_unread(&mut self, ranges: Vec<(usize, usize)>) {
        self.unread = ranges;
        self.next_unread = 0;
    }

    /// Reads people's names in the text up to token `upto`: "U.S. President Donald Trump"
    /// makes "Trump" and "the president" resolvable later, even if he never spoke.
    pub fn observe(&mut self, doc: &Doc, upto: usize) {
        let sets = lexicon::sets();
        let mut i = self.observed;
        let upto = upto.min(doc.toks.len());
        while i < upto {
            if let Some(&(a, e)) = self.unread.get(self.next_unread) {
                if i >= e {
                    self.next_unread += 1;
                    continue;
                }
                if i >= a {
                    i = e;
                    continue;
                }
            }
            if !is_name_word(doc, i) {
                i += 1;
                continue;
            }
            let a = i;
            let mut b = i + 1;
            // A name does not run on over a line break: "it's time for Plan B.¶Sanders …".
            while b < upto && is_name_word(doc, b) && !doc.toks[b].line_before {
                b += 1;
            }
            // The token that ended the run is no name word: no need to look at it again.
            i = if b < upto { b + 1 } else { b };
            // A run longer than any name (a title-case headline, a page of capitalised words)
            // names nobody.
            if b - a > MAX_NAME_WORDS {
                continue;
            }
            let org_follows = b < doc.toks.len() && doc.toks[b].cap && sets.orgs.contains(doc.w(b));
            let government = (a..b).any(|k| government_of_word(doc.raw(k)).is_some());
            if org_follows || government {
                continue;
            }
            let role = (a > 0 && sets.roles.contains(doc.w(a - 1))).then(|| doc.w(a - 1));
            let words = b - a;
            // The entity of the whole run, when it is remembered as one.
            let mut run = None;
            let idx = if let Some(role) = role.filter(|_| words >= 2 || a > 0) {
                let idx = self.remember_run(doc, a, b);
                run = Some(idx);
                let role = lexicon::full_role(role);
                // Most roles are met again: overwrite in place rather than allocate a key.
                match self.by_role.get_mut(role) {
                    Some(slot) => *slot = idx,
                    None => {
                        self.by_role.insert(role.to_string(), idx);
                    }
                }
                self.note_role(role, idx);
                Some(idx)
            } else if words == 1 {
                self.by_surname.get(strip_possessive(doc.raw(a))).copied()
            } else {
                // Two or more name words with no role: probably a person, maybe a place
                // ("New York"); remembered as a fallback for "he" only.
                let idx = self.remember_run(doc, a, b);
                run = Some(idx);
                self.unsure_mentions.push((a, idx));
                None
            };
            if let Some(idx) = idx {
                self.person_mentions.push((a, idx));
            }
            // "Clinton's spokesman, Brian Fallon, presented …", "Brian Fallon, a Clinton
            // spokesman, …": whom the person speaks for, for when they are quoted later.
            if let Some(idx) = run.filter(|_| words >= 2) {
                if let Some(party) = appositive_party(doc, b).or_else(|| role_before_comma(doc, a))
                {
                    self.entities[idx].party.get_or_insert(party);
                }
            }
        }
        self.observed = self.observed.max(upto);
    }

    /// Keeps that the named person `idx` was introduced with `role`.
    fn note_role(&mut self, role: &str, idx: usize) {
        if !self.entities[idx].name.chars().any(char::is_uppercase) {
            return;
        }
        match self.role_people.get_mut(role) {
            Some(only) => {
                if *only != Some(idx) {
                    *only = None;
                }
            }
            None => {
                self.role_people.insert(role.to_string(), Some(idx));
            }
        }
    }

    /// The role word of the speaker just resolved, when its phrase named only a role.
    pub fn take_role_only(&mut self) -> Option<String> {
        self.role_only.take()
    }

    /// The one person the whole text introduces with `role` ("Democratic National Committee
    /// Chair Debbie Wasserman Schultz"), as a speaker's name and party; none when several are.
    fn named_by_role(&self, role: &str) -> Option<(String, Option<String>)> {
        let e = &self.entities[(*self.role_people.get(role)?)?];
        Some((e.name.clone(), e.party.clone()))
    }

    /// A headline naming its speaker by a role alone means the one person the article gives that
    /// role, whom it names later ("DNC chair dismisses Sanders' accusations", then "Democratic
    /// National Committee Chair Debbie Wasserman Schultz"): one side, not two. `role_only` holds
    /// the index into `speakers` and the role of each such speaker ([`Resolver::take_role_only`]).
    pub fn name_headline_roles(
        &mut self,
        doc: &Doc,
        speakers: &mut [Speaker],
        role_only: &[(usize, String)],
    ) {
        if role_only.is_empty() {
            return;
        }
        let b = doc
            .sents
            .iter()
            .take_while(|s| s.paragraph == 0)
            .last()
            .map_or(0, |s| s.end);
        // In a Title Case Headline every word is capitalised: neither its roles nor its names are.
        if b == 0 || is_headline(doc, 0, b) {
            return;
        }
        let headline_end = doc.toks[b - 1].span.end;
        // Who holds each role, over the whole text.
        self.observe(doc, doc.toks.len());
        for (k, role) in role_only {
            let in_headline = speakers[*k].mention.is_some_and(|m| m.end <= headline_end);
            if let Some((name, party)) = self.named_by_role(role).filter(|_| in_headline) {
                speakers[*k].name = name;
                speakers[*k].party = party;
            }
        }
    }

    /// `remember_quietly` for the person named by the words `[a, b)`, joined with spaces and
    /// their possessives stripped. The name is built in a reused buffer and only copied when
    /// it is new: most names in a text are met many times.
    fn remember_run(&mut self, doc: &Doc, a: usize, b: usize) -> usize {
        let mut name = std::mem::take(&mut self.scratch);
        name.clear();
        for k in a..b {
            if k > a {
                name.push(' ');
            }
            name.push_str(strip_possessive(doc.raw(k)));
        }
        // A known name with no party to add: `remember_quietly` would change nothing.
        let known = if name.contains(' ') {
            self.by_name.get(name.as_str()).copied()
        } else {
            None
        };
        let idx = match known {
            Some(i) => i,
            None => self.remember_quietly(name.clone(), EntityKind::Person),
        };
        self.scratch = name;
        idx
    }

    /// Registers a person without making them the last speaker.
    fn remember_quietly(&mut self, name: String, kind: EntityKind) -> usize {
        let name = if name.contains(' ') {
            name
        } else {
            self.expand_surname(&name)
        };
        let (person, other, any) = (self.last_person, self.last_other, self.last_any);
        let idx = self.remember(Entity {
            name,
            kind,
            party: None,
        });
        (self.last_person, self.last_other, self.last_any) = (person, other, any);
        idx
    }

    /// The person named last before token `at` within `[s_start, at)`, outside quotations, of
    /// those that `fits` accepts.
    fn person_in_sentence(
        &self,
        doc: &Doc,
        s_start: usize,
        at: usize,
        fits: &dyn Fn(usize) -> bool,
    ) -> Option<usize> {
        self.person_mentions
            .iter()
            .rev()
            .take_while(|&&(t, _)| t >= s_start)
            .find(|&&(t, e)| t < at && doc.quote_of[t].is_none() && fits(e))
            .map(|&(_, e)| e)
    }

    /// The gender entity `e`'s name tells by its first word ("Hillary Clinton", "Mrs. Clinton"),
    /// if it tells one.
    fn gender(&self, e: usize) -> Option<Gender> {
        let first = self.entities[e].name.split(' ').next()?;
        first_names::gender_of(&first.to_ascii_lowercase())
    }

    /// Resolves the speaker of `found`; `earlier` are the speakers already resolved, in order.
    pub fn resolve(&mut self, doc: &Doc, found: &Found, earlier: &[Speaker]) -> Speaker {
        if expletive_it(doc, found) {
            return unknown();
        }
        match found.source {
            Source::Mention(a, b) => self.resolve_mention(doc, found.sentence, a, b),
            Source::Relative { a, b, pronoun } => {
                // The mention runs to the pronoun ("lawmakers who"); the name is the phrase's.
                let mut s = self.resolve_mention(doc, found.sentence, a, b);
                let span = doc.span(a, pronoun + 1);
                s.mention = Some(span);
                s.text = span.slice(doc.text).to_string();
                s
            }
            Source::SameAs(n) => earlier.get(n).cloned().unwrap_or_else(unknown),
            Source::None => match self.last_any {
                Some(i) => self.speaker_of(i, String::new(), None, false),
                None => unknown(),
            },
        }
    }

    /// The speaker named by tokens `[a, b)` of sentence `sentence`. The readings are tried in
    /// order, each one only when those before it did not apply: a pronoun, "the company", "the
    /// senator", an anonymous source, a representative, a person, else an organisation.
    fn resolve_mention(&mut self, doc: &Doc, sentence: usize, a: usize, b: usize) -> Speaker {
        let m = Mention::new(doc, a, b);
        if let Some(s) = self.pronoun(doc, sentence, &m) {
            return s;
        }
        if let Some(s) = self.org_anaphor(&m) {
            return s;
        }
        if let Some(s) = self.role_anaphor(&m) {
            return s;
        }
        // Read once: nothing below changes what it finds before it is used.
        let person = self.person_name(doc, a, b);
        if let Some(s) = self.anonymous(doc, &m, person.is_none()) {
            return s;
        }
        if person.is_none() {
            if let Some(idx) = self.remember_representative(doc, a, b) {
                return self.speaker_of(idx, m.text.clone(), m.mention, false);
            }
        }
        match person {
            Some((name, party)) => self.named_person(doc, &m, name, party),
            None => self.organisation(doc, &m),
        }
    }

    /// Pronouns. Inside a sentence that named someone before it, "he" is usually that
    /// person ("what Trump meant when he asserted"); otherwise the last speaker.
    fn pronoun(&mut self, doc: &Doc, sentence: usize, m: &Mention) -> Option<Speaker> {
        let sets = lexicon::sets();
        let a = m.a;
        if !(m.b == a + 1 && sets.pronouns.contains(m.lower[0])) {
            return None;
        }
        let s_start = doc.sents[sentence].start;
        let pick = match m.lower[0] {
            w if lexicon::PERSON_PRONOUNS.contains(&w) => {
                // "she" is not a man the article named, nor "he" a woman; a name that tells
                // neither fits both.
                let told = first_names::gender_of_pronoun(w);
                let fits = |e: usize| match (self.gender(e), told) {
                    (Some(g), Some(t)) => g == t,
                    _ => true,
                };
                self.person_in_sentence(doc, s_start, a, &fits)
                    .or(self.last_person.filter(|&e| fits(e)))
                    .or_else(|| last_fitting(&self.person_mentions, a, &fits))
                    .or_else(|| last_fitting(&self.unsure_mentions, a, &fits))
                    .or(self.last_any.filter(|&e| fits(e)))
            }
            "it" => self.last_other.or(self.last_any),
            _ => self.last_any,
        };
        Some(match pick {
            Some(i) => {
                let s = self.speaker_of(
                    i,
                    m.text.clone(),
                    m.mention,
                    self.entities[i].kind == EntityKind::Group,
                );
                self.last_any = Some(i);
                s
            }
            None => Speaker {
                text: m.text.clone(),
                mention: m.mention,
                name: m.text.clone(),
                party: None,
                anonymous: false,
            },
        })
    }

    /// "the company", "the newspaper": the last organisation that spoke, or the one the person
    /// just named speaks for ("Exxon Mobil chief executive Rex Tillerson said … The company
    /// said").
    fn org_anaphor(&mut self, m: &Mention) -> Option<Speaker> {
        let sets = lexicon::sets();
        let applies = !m.any_cap
            && m.content_words.len() == 1
            && sets.org_anaphors.contains(m.content_words[0])
            && lexicon::ANAPHORIC_DETERMINERS.contains(&m.lower[0]);
        if !applies {
            return None;
        }
        // "the ministry" must name a ministry; "the company" may be any organisation.
        let word = m.content_words[0];
        let generic = lexicon::GENERIC_ORG_ANAPHORS.contains(&word);
        let fits = |name: &str| generic || name.to_ascii_lowercase().contains(word);
        let persons_org = self
            .last_person
            .filter(|&p| self.last_any == Some(p))
            .and_then(|p| self.entities[p].party.clone())
            .filter(|org| government_of(org).is_none() && fits(org));
        let i = match persons_org {
            Some(org) => self.remember(Entity {
                name: org,
                kind: EntityKind::Org,
                party: None,
            }),
            None => self.last_other.filter(|&i| fits(&self.entities[i].name))?,
        };
        Some(self.speaker_of(i, m.text.clone(), m.mention, false))
    }

    /// "the senator", "the minister": the last person named with that role, else the role. A
    /// role one person holds may have words before it that describe the holder: "The former
    /// three-term governor dismissed …" is the "Former Texas Gov. Rick Perry" named before (not
    /// "the other senator", nor "the finance minister" or "the union's president").
    fn role_anaphor(&mut self, m: &Mention) -> Option<Speaker> {
        let sets = lexicon::sets();
        let role = *m.content_words.last()?;
        let modifiers = &m.content_words[..m.content_words.len() - 1];
        let anaphoric = !m.any_cap
            && lexicon::ANAPHORIC_DETERMINERS.contains(&m.lower[0])
            && !m.lower.iter().any(|w| lexicon::OTHER_HOLDER.contains(w))
            && (modifiers.is_empty()
                || (lexicon::ONE_HOLDER_ROLES.contains(&role)
                    && modifiers.iter().all(|w| lexicon::describes_holder(w))));
        if !anaphoric {
            return None;
        }
        if !sets.roles.contains(role) || sets.anonymous_heads.contains(role) {
            return None;
        }
        let idx = match self.by_role.get(role).copied() {
            Some(i) => i,
            None => {
                self.role_only = lexicon::ONE_HOLDER_ROLES
                    .contains(&role)
                    .then(|| role.to_string());
                self.remember(Entity {
                    name: format!("the {role}"),
                    kind: EntityKind::Person,
                    party: None,
                })
            }
        };
        self.last_person = Some(idx);
        self.last_any = Some(idx);
        Some(self.speaker_of(idx, m.text.clone(), m.mention, false))
    }

    /// Anonymous sources: unnamed people ("a person close to …"), or a group named only by its
    /// kind ("officials") when the phrase names no person (`no_person`).
    fn anonymous(&mut self, doc: &Doc, m: &Mention, no_person: bool) -> Option<Speaker> {
        let sets = lexicon::sets();
        let (a, b) = (m.a, m.b);
        let joined = m.lower.join(" ");
        let marked = lexicon::ANONYMOUS_MARKS.iter().any(|w| joined.contains(w));
        let head_anonymous = m
            .content_words
            .last()
            .is_some_and(|h| sets.anonymous_heads.contains(h));
        if !(marked || (head_anonymous && no_person)) {
            return None;
        }
        let desc = trim_determiners(doc, a, b);
        let party = government_of(&desc)
            .map(str::to_string)
            .or_else(|| caps_after_close_to(doc, a, b));
        let e = Entity {
            name: desc.clone(),
            kind: EntityKind::Group,
            party,
        };
        let idx = self.remember(e);
        Some(self.speaker_of(idx, m.text.clone(), m.mention, true))
    }

    /// A person named in the phrase, with the organisation their role speaks for; the role
    /// words in the phrase name them from now on ("the senator").
    fn named_person(
        &mut self,
        doc: &Doc,
        m: &Mention,
        name: String,
        party: Option<String>,
    ) -> Speaker {
        let sets = lexicon::sets();
        let title = m.lower.iter().find_map(|w| first_names::gender_of_title(w));
        let full = self.expand_surname_of(&name, title);
        let party = party.or_else(|| appositive_party(doc, m.b)).or_else(|| {
            let i = *self.by_name.get(&full)?;
            self.entities[i].party.clone()
        });
        let idx = self.remember(Entity {
            name: full,
            kind: EntityKind::Person,
            party,
        });
        // A speaker named in full is whom the surname means from now on, rather than a namesake
        // only mentioned: "Patricia Smith, mother of Benghazi victim Sean Smith, rejected …",
        // then "Smith said".
        if let Some((_, surname)) = self.entities[idx].name.rsplit_once(' ') {
            if self.by_surname.get(surname) != Some(&idx) {
                self.by_surname.insert(surname.to_string(), idx);
            }
        }
        for i in m.a..m.b {
            let w = doc.w(i);
            if sets.roles.contains(w) && !sets.anonymous_heads.contains(w) {
                let role = lexicon::full_role(w);
                self.by_role.insert(role.to_string(), idx);
                self.note_role(role, idx);
            }
        }
        self.speaker_of(idx, m.text.clone(), m.mention, false)
    }

    /// An organisation, outlet, government or document; or a role alone ("DNC chair"). A name
    /// seen before is that entity again.
    fn organisation(&mut self, doc: &Doc, m: &Mention) -> Speaker {
        if let Some(&head) = m.content_words.last() {
            if lexicon::ONE_HOLDER_ROLES.contains(&head) {
                self.role_only = Some(head.to_string());
            }
        }
        let mut name = trim_determiners(doc, m.a, m.b);
        for d in lexicon::DOCUMENT_NOUNS {
            if let Some(rest) = name.strip_suffix(d) {
                if rest.ends_with(' ') && rest.trim().chars().next().is_some_and(char::is_uppercase)
                {
                    name = rest.trim().to_string();
                }
            }
        }
        let name = strip_possessive(&name).to_string();
        let known = self
            .by_name
            .get(&name)
            .or_else(|| self.by_surname.get(&name));
        if let Some(&known) = known {
            let idx = self.remember(self.entities[known].clone());
            return self.speaker_of(idx, m.text.clone(), m.mention, false);
        }
        let plural = m
            .content_words
            .last()
            .is_some_and(|h| h.ends_with('s') && !m.any_cap);
        let kind = if plural {
            EntityKind::Group
        } else {
            EntityKind::Org
        };
        let party = government_of(&name).map(str::to_string);
        let idx = self.remember(Entity { name, kind, party });
        self.speaker_of(idx, m.text.clone(), m.mention, false)
    }

    /// A person's name inside `[a, b)`: the last run of capitalised words that are not roles or
    /// organisations, with two words or after a role; and the organisation before the role.
    fn person_name(&self, doc: &Doc, a: usize, b: usize) -> Option<(String, Option<String>)> {
        let sets = lexicon::sets();
        let is_name_word = |i: usize| is_name_word(doc, i);
        // Find the last run of name words.
        let mut end = b;
        while end > a && !is_name_word(end - 1) {
            end -= 1;
        }
        if end == a {
            return None;
        }
        let mut start = end;
        while start > a && is_name_word(start - 1) {
            start -= 1;
        }
        // "Florida's Republican attorney general, Pam Bondi,": capitals before a role describe
        // the holder, whom the appositive names; they are no name of their own.
        if end < b && (end..b).all(|i| !doc.toks[i].cap && sets.roles.contains(doc.w(i))) {
            if let Some(name) = appositive_name(doc, b) {
                // "Clinton's attorney, David Kendall,": he speaks for Clinton, named in full
                // when a speaker was ("Hillary Clinton").
                let party = possessive_representative(doc, a, b).map(|p| self.expand_surname(&p));
                return Some((name, party));
            }
        }
        let run: Vec<&str> = (start..end).map(|i| strip_possessive(doc.raw(i))).collect();
        let role_before = start > a && sets.roles.contains(doc.w(start - 1));
        let known_surname = run.len() == 1 && self.by_surname.contains_key(run[0]);
        let orgish = run.iter().any(|w| government_of_word(w).is_some()) && !role_before;
        if (run.len() < 2 && !role_before && !known_surname) || orgish {
            return None;
        }
        // A run followed by an org word is an organisation ("Wall Street Journal").
        if end < b && sets.orgs.contains(doc.w(end)) && doc.toks[end].cap {
            return None;
        }
        let name = run.join(" ");
        // "Kremlin spokesman Dmitry Peskov": the capitalised words before a representative role.
        let mut party = None;
        if role_before {
            let mut r = start;
            while r > a && (sets.roles.contains(doc.w(r - 1))) {
                r -= 1;
            }
            let representative =
                (r..start).any(|i| lexicon::REPRESENTATIVE_ROLES.contains(&doc.w(i)));
            // "Foreign Minister Sergei Lavrov": a portfolio, no organisation (unless the words
            // end in one: "Senate Foreign Relations Committee"); "Senate Majority Leader": a side
            // of a chamber, not the chamber.
            let named_org = r > a && sets.orgs.contains(doc.w(r - 1));
            let org: Vec<&str> = (a..r)
                .filter(|&i| {
                    doc.toks[i].cap
                        && !sets.determiners.contains(doc.w(i))
                        && (named_org || !lexicon::TITLE_MODIFIERS.contains(&doc.w(i)))
                })
                .map(|i| strip_possessive(doc.raw(i)))
                .collect();
            let chamber = org
                .iter()
                .all(|w| lexicon::CHAMBERS.contains(&w.to_lowercase().as_str()));
            if representative && !org.is_empty() && !chamber {
                let org = org.join(" ");
                party = Some(government_of(&org).map(str::to_string).unwrap_or(org));
            }
        }
        // "Jennifer Epstein of Bloomberg News".
        if party.is_none() && end + 1 < b && doc.w(end) == "of" {
            let org: Vec<&str> = (end + 1..b)
                .filter(|&i| doc.toks[i].cap)
                .map(|i| doc.raw(i))
                .collect();
            if !org.is_empty() {
                party = Some(org.join(" "));
            }
        }
        Some((name, party))
    }

    /// "Clinton's spokesman, Brian Fallon, said": a role that speaks for the possessive before
    /// it, with the holder's name from an appositive when the article gives one; the entity.
    fn remember_representative(&mut self, doc: &Doc, a: usize, b: usize) -> Option<usize> {
        let party = match possessive_representative(doc, a, b) {
            Some(party) => party,
            // "the prime minister's spokesman": the side of whoever was named with the role.
            None => {
                let holder = &self.entities[*self.by_role.get(role_possessive(doc, a, b)?)?];
                holder.party.clone().unwrap_or_else(|| holder.name.clone())
            }
        };
        let name = appositive_name(doc, b).unwrap_or_else(|| trim_determiners(doc, a, b));
        let full = self.expand_surname(&name);
        let idx = self.remember(Entity {
            name: full,
            kind: EntityKind::Person,
            party: Some(party),
        });
        self.last_person = Some(idx);
        Some(idx)
    }

    /// "Peskov" → "Dmitry Peskov" when the full name came earlier.
    fn expand_surname(&self, name: &str) -> String {
        self.expand_surname_of(name, None)
    }

    /// [`Resolver::expand_surname`] for a surname after a title that tells `gender`: "Mrs.
    /// Clinton" is not the Bill Clinton named last, but the Hillary Clinton named before him;
    /// with no such person, the surname alone.
    fn expand_surname_of(&self, name: &str, gender: Option<Gender>) -> String {
        if name.contains(' ') {
            return name.to_string();
        }
        let Some(&i) = self.by_surname.get(name) else {
            return name.to_string();
        };
        if gender.is_none() || self.gender(i).is_none_or(|g| Some(g) == gender) {
            return self.entities[i].name.clone();
        }
        let namesake = |e: &Entity| {
            e.kind == EntityKind::Person
                && e.name
                    .rsplit_once(' ')
                    .is_some_and(|(_, last)| last == name)
        };
        (0..self.entities.len())
            .rev()
            .take(NAMESAKE_LOOKBACK)
            .find(|&k| namesake(&self.entities[k]) && self.gender(k) == gender)
            .map_or_else(|| name.to_string(), |k| self.entities[k].name.clone())
    }
}

impl Default for Resolver {
    fn default() -> Self {
        Self::new()
    }
}

/// A capitalised word that can be part of a person's name: not a role, organisation word,
/// determiner or cue, and not inside a quotation.
fn is_name_word(doc: &Doc, i: usize) -> bool {
    doc.toks[i].cap
        && doc.toks[i].is_word()
        && doc.quote_of[i].is_none()
        && (!lexicon::not_name_word(doc.w(i)) || month_surname(doc, i))
}

/// "Theresa May": a month that is also a surname, after a name word that is not a time's
/// opener ("Last May").
fn month_surname(doc: &Doc, i: usize) -> bool {
    i > 0
        && lexicon::month_as_surname(doc.w(i - 1), doc.w(i))
        && doc.toks[i - 1].cap
        && doc.toks[i - 1].is_word()
        && doc.quote_of[i - 1].is_none()
        && !lexicon::not_name_word(doc.w(i - 1))
        && !lexicon::TIME_OPENERS_BEFORE_A_CUE.contains(&doc.w(i - 1))
}

/// How many people back a titled surname ("Mrs. Clinton") looks for the namesake it means.
const NAMESAKE_LOOKBACK: usize = 200;

/// How many names back a pronoun looks for one that fits it: bounded, so that a page of
/// thousands of names costs each pronoun the same.
const PRONOUN_LOOKBACK: usize = 40;

/// The entity of the last of `mentions` before token `at` that `fits` accepts, among the
/// [`PRONOUN_LOOKBACK`] last.
fn last_fitting(
    mentions: &[(usize, usize)],
    at: usize,
    fits: &dyn Fn(usize) -> bool,
) -> Option<usize> {
    let i = mentions.partition_point(|&(t, _)| t < at);
    mentions[..i]
        .iter()
        .rev()
        .take(PRONOUN_LOOKBACK)
        .map(|&(_, e)| e)
        .find(|&e| fits(e))
}

/// "It appears that …", "It seemed like …", "It seems unlikely that …": an "it" before a verb
/// of seeming stands for no one, not for whatever was named last (PolNeAR train annotates 250
/// such cues, none with "it" as the source). Before "to" it is the subject of what follows: "It
/// appeared to be sailing through the Senate" is the bill.
fn expletive_it(doc: &Doc, found: &Found) -> bool {
    let Source::Mention(a, b) = found.source else {
        return false;
    };
    let cue = found
        .cue
        .map(|c| doc.toks.partition_point(|t| t.span.start < c.start));
    b == a + 1
        && doc.w(a) == "it"
        && cue.is_some_and(|c| {
            lexicon::EXPLETIVE_IT_VERBS.contains(&doc.w(c)) && doc.w(c + 1) != "to"
        })
}

fn unknown() -> Speaker {
    Speaker {
        text: String::new(),
        mention: None,
        name: String::new(),
        party: None,
        anonymous: false,
    }
}

/// The phrase without leading determiners and its trailing comma: "a person close to …".
fn trim_determiners(doc: &Doc, mut a: usize, b: usize) -> String {
    while a + 1 < b
        && (lexicon::ARTICLES.contains(&doc.w(a)) || lexicon::DEMONSTRATIVES.contains(&doc.w(a)))
    {
        a += 1;
    }
    doc.span(a, b)
        .slice(doc.text)
        .trim_end_matches([',', ' '])
        .to_string()
}

/// "a person close to the Russian Defense Ministry" → party "Russian Defense Ministry".
fn caps_after_close_to(doc: &Doc, a: usize, b: usize) -> Option<String> {
    let k = (a..b).find(|&i| lexicon::CLOSE_TO_PREPOSITIONS.contains(&doc.w(i)))?;
    let caps: Vec<&str> = (k + 1..b)
        .filter(|&i| doc.toks[i].cap)
        .map(|i| doc.raw(i))
        .collect();
    (!caps.is_empty()).then(|| caps.join(" "))
}

/// The side an appositive right after a name says the speaker speaks for: "Alan T. Jeffers, a
/// spokesman for Exxon Mobil, said" and "Brian Fallon, a Clinton spokesman, said" give "Exxon
/// Mobil" and "Clinton". `b` is the token just past the speaker's phrase.
fn appositive_party(doc: &Doc, b: usize) -> Option<String> {
    let toks = &doc.toks;
    if b >= toks.len() || !toks[b].is_punct(',') {
        return None;
    }
    let end = (b + 12).min(toks.len());
    let mut k = b + 1;
    if k < end && lexicon::ARTICLES.contains(&doc.w(k)) {
        k += 1;
    }
    // The role within four words: "a senior campaign spokesman", "a Clinton spokesman".
    let role = (k..(k + 4).min(end))
        .take_while(|&i| toks[i].is_word())
        .find(|&i| lexicon::REPRESENTATIVE_ROLES.contains(&doc.w(i)))?;
    // "a former spokesman for Mr. Obama" no longer speaks for him.
    if (k..role).any(|i| doc.w(i) == "former") {
        return None;
    }
    let caps = |from: usize, to: usize| -> Vec<&str> {
        (from..to)
            .take_while(|&i| toks[i].is_word() && (toks[i].cap || doc.w(i) == "of"))
            .map(|i| strip_possessive(doc.raw(i)))
            .collect()
    };
    let before = caps(k, role);
    let org = if !before.is_empty() && toks[k].cap {
        before
    } else if role + 1 < end && lexicon::REPRESENTED_PREPOSITIONS.contains(&doc.w(role + 1)) {
        let mut o = role + 2;
        if o < end && doc.w(o) == "the" {
            o += 1;
        }
        caps(o, end)
    } else {
        Vec::new()
    };
    let org = org.join(" ");
    let org = org.trim_end_matches(" of");
    (!org.is_empty()).then(|| {
        government_of(org)
            .map(str::to_string)
            .unwrap_or_else(|| org.to_string())
    })
}

/// The side a phrase "<Name>'s [adjectives] <representative role>" speaks for: "Clinton's
/// spokesman" gives "Clinton" (a government's name gives the government).
fn possessive_representative(doc: &Doc, a: usize, b: usize) -> Option<String> {
    if b == 0 || !lexicon::REPRESENTATIVE_ROLES.contains(&doc.w(b - 1)) {
        return None;
    }
    let owner = (a..b - 1).find(|&i| doc.named_possessive(i))?;
    let words: Vec<&str> = (a..=owner)
        .filter(|&i| doc.toks[i].cap && !lexicon::sets().determiners.contains(doc.w(i)))
        .map(|i| strip_possessive(doc.raw(i)))
        .collect();
    let org = words.join(" ");
    (!org.is_empty()).then(|| government_of(&org).map(str::to_string).unwrap_or(org))
}

/// The role of "the prime minister's spokesman": a lower-case role in the possessive right before
/// a representative role that ends the phrase `[a, b)`, written out ("the gov.'s" → "governor").
fn role_possessive<'d>(doc: &'d Doc<'_>, a: usize, b: usize) -> Option<&'d str> {
    if b < a + 2 || !lexicon::REPRESENTATIVE_ROLES.contains(&doc.w(b - 1)) {
        return None;
    }
    let k = b - 2;
    let raw = doc.raw(k);
    let owner = raw.strip_suffix("'s").or_else(|| raw.strip_suffix("’s"))?;
    let role = lexicon::full_role(owner);
    (!doc.toks[k].cap && lexicon::sets().roles.contains(role)).then_some(role)
}

/// The name in an appositive right after a phrase: ", Brian Fallon," gives "Brian Fallon".
fn appositive_name(doc: &Doc, b: usize) -> Option<String> {
    let toks = &doc.toks;
    if b >= toks.len() || !toks[b].is_punct(',') {
        return None;
    }
    let start = b + 1;
    let end = (start..toks.len().min(start + 5))
        .take_while(|&i| is_name_word(doc, i))
        .last()?
        + 1;
    let closed = end < toks.len() && (toks[end].is_punct(',') || toks[end].is_word());
    (end - start >= 2 && closed).then(|| {
        (start..end)
            .map(|i| doc.raw(i))
            .collect::<Vec<_>>()
            .join(" ")
    })
}

/// The side of "<Name>'s <representative role>, " just before token `a` (the start of a name).
fn role_before_comma(doc: &Doc, a: usize) -> Option<String> {
    if a < 3 || !doc.toks[a - 1].is_punct(',') {
        return None;
    }
    let role = a - 1;
    let lo = (role.saturating_sub(5)..role)
        .rev()
        .take_while(|&i| doc.toks[i].is_word())
        .last()?;
    possessive_representative(doc, lo, role)
}
