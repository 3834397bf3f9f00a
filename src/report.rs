//! The readable report of `whosaid analyze FILE`: statements with speaker and cue, then claims
//! with who asserts and who disputes them.

use crate::lexicon::{HashMap, HashSet};
use crate::model::{Analysis, CueClass, Kind, Stance, Statement};
use std::fmt::Write;

fn one_line(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// At most `max` characters of `s` on one line, cut at a word with "…".
fn clip(s: &str, max: usize) -> String {
    let s = one_line(s);
    if s.chars().count() <= max {
        return s;
    }
    let cut: String = s.chars().take(max).collect();
    let cut = cut.rsplit_once(' ').map_or(cut.as_str(), |(a, _)| a);
    format!("{cut} …")
}

fn ids(list: &[usize]) -> String {
    list.iter()
        .map(|i| format!("[{i}]"))
        .collect::<Vec<_>>()
        .join(" ")
}

/// "Kremlin (Dmitry Peskov, Russian officials; 4 statements [2] [5] …)": a party with the members
/// who spoke and the statements.
/// Parties and names are looked up in sets: a claim on a hostile page can have thousands.
fn side(members: &[&Statement]) -> String {
    let mut by_party: Vec<(&str, Vec<&str>, Vec<usize>)> = Vec::new();
    let mut index: HashMap<&str, usize> = HashMap::default();
    let mut named: HashSet<(usize, &str)> = HashSet::default();
    for st in members {
        let party = st.speaker.party.as_deref().unwrap_or(&st.speaker.name);
        let k = *index.entry(party).or_insert_with(|| {
            by_party.push((party, Vec::new(), Vec::new()));
            by_party.len() - 1
        });
        let (p, names, list) = &mut by_party[k];
        let name = st.speaker.name.as_str();
        if name != *p && named.insert((k, name)) {
            names.push(name);
        }
        list.push(st.id);
    }
    by_party
        .into_iter()
        .map(|(p, names, list)| {
            let count = if list.len() == 1 {
                "1 statement".to_string()
            } else {
                format!("{} statements", list.len())
            };
            if names.is_empty() {
                format!("{p} ({count} {})", ids(&list))
            } else {
                format!("{p} ({}; {count} {})", names.join(", "), ids(&list))
            }
        })
        .collect::<Vec<_>>()
        .join("; ")
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
        let class = match st.cue_class {
            CueClass::Speech => "speech",
            CueClass::Belief => "belief",
            CueClass::Evidence => "evidence",
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
        let _ = writeln!(out, "[{}] {who} — {cue} ({kind}, {class})", st.id);
        let _ = writeln!(out, "    {}", one_line(st.content.slice(text)));
        if st.stance == Stance::Disputes {
            let reason = if st.why.is_empty() {
                String::new()
            } else {
                format!(" ({})", st.why)
            };
            if st.disputes.is_empty() {
                let _ = writeln!(out, "    disputes a claim not in the text{reason}");
            } else {
                let _ = writeln!(out, "    disputes {}{reason}", ids(&st.disputes));
            }
        }
    }

    // Claims that more than one statement is about, or that someone disputes: the statements of
    // each, claims in order of their first statement (in one pass, not one per claim).
    let mut claims: Vec<(usize, Vec<&Statement>)> = Vec::new();
    let mut claim_index: HashMap<usize, usize> = HashMap::default();
    for st in &analysis.statements {
        let k = *claim_index.entry(st.claim).or_insert_with(|| {
            claims.push((st.claim, Vec::new()));
            claims.len() - 1
        });
        claims[k].1.push(st);
    }
    // How many statements of its own claim dispute each statement.
    let claim_of: HashMap<usize, usize> = analysis
        .statements
        .iter()
        .map(|s| (s.id, s.claim))
        .collect();
    let mut disputed_by: HashMap<usize, usize> = HashMap::default();
    for st in &analysis.statements {
        for d in &st.disputes {
            if claim_of.get(d) == Some(&st.claim) {
                *disputed_by.entry(*d).or_default() += 1;
            }
        }
    }
    let mut wrote_header = false;
    for (c, members) in claims {
        let disputed = members.iter().any(|s| s.stance == Stance::Disputes);
        if members.len() < 2 && !disputed {
            continue;
        }
        if !wrote_header {
            let _ = writeln!(out, "\n== claims");
            wrote_header = true;
        }
        // The claim is worded by the statement most disputed, else the first asserted.
        let most = members
            .iter()
            .filter(|s| s.stance == Stance::Asserts)
            .max_by_key(|s| {
                let n = disputed_by.get(&s.id).copied().unwrap_or(0);
                (n, std::cmp::Reverse(s.id))
            })
            .or(members.first())
            .copied();
        if let Some(head) = most {
            let _ = writeln!(
                out,
                "claim {c}: \"{}\"",
                clip(head.content.slice(text), 160)
            );
        }
        let asserting: Vec<&Statement> = members
            .iter()
            .copied()
            .filter(|s| s.stance == Stance::Asserts)
            .collect();
        let denying: Vec<&Statement> = members
            .iter()
            .copied()
            .filter(|s| s.stance == Stance::Disputes)
            .collect();
        if !asserting.is_empty() {
            let _ = writeln!(out, "    asserted by: {}", side(&asserting));
        }
        if !denying.is_empty() {
            let _ = writeln!(out, "    disputed by: {}", side(&denying));
        }
    }
    if !analysis.parties.is_empty() {
        let _ = writeln!(out, "\n== parties");
        for p in &analysis.parties {
            let _ = writeln!(
                out,
                "{}: {} — {}",
                p.name,
                p.members.join(", "),
                ids(&p.statements)
            );
        }
    }
    out
}
