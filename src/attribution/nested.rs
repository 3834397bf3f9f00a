//! Two proposals for the same words: a cue inside another statement's content whose content is
//! nearly the same keeps one of them.

use super::{retain, Found};
use crate::lexicon::{self, CueClass};

/// A cue inside another statement's content whose own content is nearly the same words
/// ("told reporters that Carter believes his use of email was a mistake") adds a second
/// highlight over the first; keep the outer one.
pub(super) fn drop_nested_twins(out: &mut Vec<Found>) {
    let mut keep = vec![true; out.len()];
    for i in 0..out.len() {
        let outer = out[i].content();
        // Nested cues come from the same or a nearby sentence: a bounded look-ahead.
        for j in i + 1..out.len().min(i + 8) {
            let (inner, cue) = (out[j].content(), out[j].cue);
            let Some(cue) = cue else { continue };
            // Two cues claiming the same words ("what Trump meant when he asserted that …"):
            // the nearer cue is the one that introduces them.
            if inner == outer {
                let far = |f: &Found| f.cue.map_or(usize::MAX, |c| inner.start.abs_diff(c.end));
                let drop = if far(&out[i]) <= far(&out[j]) { j } else { i };
                keep[drop] = false;
                continue;
            }
            if !outer.contains(cue) || out[j].sentence != out[i].sentence {
                continue;
            }
            // "Archer, wearing a T-shirt covered in buttons, said he is proud": a content that
            // opens with another cue belongs to that cue; the outer one took a wrong verb.
            // Not when that cue is a learned word, often an adjective: "noted published reports".
            if cue.start == outer.start && !is_learned(&out[j]) {
                keep[i] = false;
                continue;
            }
            let overlap = outer
                .end
                .min(inner.end)
                .saturating_sub(outer.start.max(inner.start));
            // A report of speech inside a belief ("didn't know what Trump meant when he
            // asserted that …") is a statement of its own; keep it.
            let speech_in_belief =
                out[j].class == CueClass::Speech && out[i].class == CueClass::Belief;
            if 2 * overlap >= outer.len() && 2 * overlap >= inner.len() && !speech_in_belief {
                let vehicle = speech_in_object(&out[i], &out[j]);
                keep[if vehicle { i } else { j }] = false;
            }
        }
    }
    retain(out, &keep);
}

/// "released a statement Sunday saying …", "have emerged as advisers, and aides say …": a
/// listed speech verb inside a learned verb's object says what was said; the learned verb's
/// content only carries it.
fn speech_in_object(outer: &Found, inner: &Found) -> bool {
    inner.class == CueClass::Speech && !is_learned(inner) && is_learned(outer)
}

/// Found by a cue learned from PolNeAR rather than a hand-listed one.
fn is_learned(f: &Found) -> bool {
    lexicon::cue_verb(f.lemma).is_none() && !f.lemma.contains(' ')
}

#[cfg(test)]
mod tests {
    use crate::attribution::testing::read_owned;
    use crate::attribution::{find, Doc};

    /// Contents and mentions of every statement `find` keeps, which ends with this form.
    fn kept(text: &str) -> Vec<(Vec<String>, String)> {
        let doc = Doc::new(text);
        find(&doc).iter().map(|f| read_owned(&doc, f)).collect()
    }

    #[test]
    fn a_cue_inside_the_content_with_nearly_the_same_words_goes() {
        assert_eq!(
            kept("He told reporters that Carter believes his use of email was a mistake."),
            [(
                vec!["that Carter believes his use of email was a mistake".into()],
                "He".into()
            )]
        );
    }

    #[test]
    fn a_speech_inside_a_belief_stays() {
        assert_eq!(
            kept("She didn't know what Trump meant when he asserted that the wall would be paid for.")
                .len(),
            2
        );
    }
}
