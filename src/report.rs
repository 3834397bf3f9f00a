//! The readable report of `whosaid analyze FILE`: statements with speaker and cue, then claims.

use crate::model::{Analysis, Kind};
use std::fmt::Write;

fn one_line(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

pub fn report(title: &str, text: &str, analysis: &Analysis) -> String {
    let mut out = String::new();
    let _ = writeln!(out, "== {title}: {} statements", analysis.statements.len());
    for st in &analysis.statements {
        let kind = match st.kind {
            Kind::Direct => "quote",
            Kind::Mixed => "partly quoted",
            Kind::Indirect => "reported",
        };
        let cue = st.cue.map(|c| one_line(c.slice(text))).unwrap_or_default();
        let mut who = st.speaker.name.clone();
        if let Some(p) = &st.speaker.party {
            if p != &who {
                let _ = write!(who, " ({p})");
            }
        }
        if st.speaker.anonymous {
            who.push_str(" [anonymous]");
        }
        let _ = writeln!(out, "[{}] {who} — {cue} ({kind})", st.id);
        let _ = writeln!(out, "    {}", one_line(st.content.slice(text)));
    }
    out
}
