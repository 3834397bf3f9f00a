//! The plain data the analyser returns. Offsets here are UTF-8 byte offsets into the analysed text;
//! `offsets` converts them for JavaScript (UTF-16) and for the command line (code points).

use serde::Serialize;

/// A half-open byte range `[start, end)` into the analysed text.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
pub struct Span {
    pub start: usize,
    pub end: usize,
}

impl Span {
    pub fn new(start: usize, end: usize) -> Self {
        debug_assert!(start <= end);
        Span { start, end }
    }
    pub fn len(&self) -> usize {
        self.end - self.start
    }
    pub fn is_empty(&self) -> bool {
        self.start == self.end
    }
    pub fn contains(&self, other: Span) -> bool {
        self.start <= other.start && other.end <= self.end
    }
    pub fn overlaps(&self, other: Span) -> bool {
        self.start < other.end && other.start < self.end
    }
    pub fn slice<'a>(&self, text: &'a str) -> &'a str {
        &text[self.start..self.end]
    }
}

/// How much of the content is the speaker's own words.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Kind {
    /// Entirely inside quote marks.
    Direct,
    /// Reported speech that contains a quoted fragment.
    Mixed,
    /// Reported speech, no quote marks.
    Indirect,
}

/// What the cue reports, as the output's `cue_class` says it: a thing said, a thing held, or a
/// finding. A reader weighs "X believes" and "a study found" differently from "X said".
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum CueClass {
    /// Said aloud or in writing, a denial included: said, told, tweeted, denied, "according to".
    Speech,
    /// Held or intended: believes, thinks, wants, expects, hopes, fears.
    Belief,
    /// What a poll, study, report or data show: found, showed.
    Evidence,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Stance {
    Asserts,
    Disputes,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Speaker {
    /// The mention as written ("he", "Kremlin spokesman Dmitry Peskov"), or "" when there is none.
    pub text: String,
    pub mention: Option<Span>,
    /// Canonical name after resolving pronouns, titles and short forms.
    pub name: String,
    /// The side the speaker speaks for, when the text says.
    pub party: Option<String>,
    /// "a person close to …", "an unnamed source", "officials said".
    pub anonymous: bool,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Statement {
    pub id: usize,
    pub kind: Kind,
    /// What is attributed.
    pub content: Span,
    /// The pieces of `content` that are the attributed words (a quotation split by "he said").
    pub parts: Vec<Span>,
    /// "said", "told reporters", "according to" …
    pub cue: Option<Span>,
    /// The cue's lemma ("say", "tell", "according to"), for people and for stance.
    pub cue_lemma: String,
    /// Whether the cue reports speech, a belief or evidence.
    pub cue_class: CueClass,
    pub speaker: Speaker,
    /// Statements about the same proposition share this id.
    pub claim: usize,
    pub stance: Stance,
    /// Ids of the statements this one disputes.
    pub disputes: Vec<usize>,
    /// Why it disputes them, in a reader's words ("denies it (“denied”); names Donald Trump"),
    /// or "" when it asserts.
    pub why: String,
}

impl Statement {
    /// The span the output calls `content`: from the first part to the last, unless what stands
    /// between them outweighs the parts (`"This used to be Russia's back yard," said Raffaello
    /// Pantucci, director of International Security Studies at the Royal United Services
    /// Institute in London, "but it is …"`); then the longest part, the span that is most
    /// nearly the claim itself. `parts` keeps every piece.
    pub fn claim_span(&self) -> Span {
        let own: usize = self.parts.iter().map(|p| p.end - p.start).sum();
        let whole = self.content.end - self.content.start;
        if 2 * own >= whole {
            return self.content;
        }
        self.parts
            .iter()
            .copied()
            .max_by_key(|p| (p.end - p.start, std::cmp::Reverse(p.start)))
            .unwrap_or(self.content)
    }
}

/// A side in the article: the speakers who speak for it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Party {
    pub name: String,
    /// Resolved speaker names that belong to the party.
    pub members: Vec<String>,
    /// Statement ids, in text order.
    pub statements: Vec<usize>,
}

#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct Analysis {
    pub statements: Vec<Statement>,
    pub parties: Vec<Party>,
}

/// What a block of the text was in the page it was read from (the extension reads it from the
/// markup; plain text has none). A block's kind says what its sentences can be: a blockquote is
/// a quotation, a heading or a caption is nobody's statement.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum BlockKind {
    Paragraph,
    Blockquote,
    Heading,
    Caption,
    ListItem,
}

impl BlockKind {
    /// The kind named as the shell names it ("paragraph", "blockquote", "heading", "caption",
    /// "list_item"), or `None` for any other name.
    pub fn from_name(name: &str) -> Option<Self> {
        Some(match name {
            "paragraph" => BlockKind::Paragraph,
            "blockquote" => BlockKind::Blockquote,
            "heading" => BlockKind::Heading,
            "caption" => BlockKind::Caption,
            "list_item" => BlockKind::ListItem,
            _ => return None,
        })
    }

    /// Headings and captions title or label the page: their words are no speaker's.
    pub fn gives_no_speaker(self) -> bool {
        matches!(self, BlockKind::Heading | BlockKind::Caption)
    }
}

/// One block of the analysed text: its byte span and its kind.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Block {
    pub span: Span,
    pub kind: BlockKind,
}
