//! `whosaid`: the analyser on the command line.
//!
//! whosaid analyze            JSON Lines in ({"id","text"}), JSON Lines out (eval/README.md)
//! whosaid analyze FILE…      a readable report per file; --json for the same as JSON;
//!                            --explain adds how each dispute was decided
//! whosaid stance             JSON Lines in ({"id","claim","text"}), {"id","stance"} out
//! whosaid pairs              what the dispute model's two steps see (bench/disputes_cv.py)

use std::io::{self, BufRead, BufWriter, Write};
use std::process::ExitCode;
use whosaid::offsets::Unit;

const USAGE: &str = "usage:
  whosaid analyze              read JSON Lines {\"id\",\"text\"[,\"blocks\"]} on stdin, write results as JSON Lines
  whosaid analyze [--json] FILE...  report on each text file (--json: the same as JSON)
  whosaid analyze --explain FILE... the report, and how each dispute was decided (candidates, evidence)
  whosaid stance               read JSON Lines {\"id\",\"claim\",\"text\"} on stdin, write {\"id\",\"stance\"}
  whosaid pairs                read JSON Lines {\"id\",\"text\"}, write the dispute model's features per statement
  whosaid features             read JSON Lines {\"id\",\"text\"}, write the filter's features per proposal
  whosaid tails                read JSON Lines {\"id\",\"text\"}, write the kept statements and the tail model's features";

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let result = match args.first().map(String::as_str) {
        Some("analyze") => {
            let json = args.iter().any(|a| a == "--json");
            let explain = args.iter().any(|a| a == "--explain");
            let files: Vec<&String> = args[1..]
                .iter()
                .filter(|a| *a != "--json" && *a != "--explain")
                .collect();
            if files.is_empty() {
                jsonl(|line| {
                    let id = line.get("id").cloned().unwrap_or(serde_json::Value::Null);
                    let text = field(&line, "text")?;
                    let blocks = blocks_field(&line, text)?;
                    let analysis =
                        whosaid::try_analyze_blocks(text, &blocks).map_err(|e| e.to_string())?;
                    let mut out = whosaid::output::analysis_json(text, &analysis, Unit::CodePoint);
                    out["id"] = id;
                    Ok(out)
                })
            } else {
                report_files(&files, json, explain)
            }
        }
        Some("stance") => jsonl(|line| {
            let id = line.get("id").cloned().unwrap_or(serde_json::Value::Null);
            let claim = field(&line, "claim")?;
            let text = field(&line, "text")?;
            let stance = whosaid::stance::stance(claim, text);
            Ok(serde_json::json!({"id": id, "stance": stance}))
        }),
        // For scripts/train_filter.py: every proposal of the rules with its filter features.
        Some("features") => jsonl(|line| {
            let id = line.get("id").cloned().unwrap_or(serde_json::Value::Null);
            let text = field(&line, "text")?;
            let doc = whosaid::attribution::Doc::new(text);
            let map = whosaid::offsets::OffsetMap::new(text, Unit::CodePoint);
            let found = whosaid::attribution::find(&doc);
            let nests = whosaid::filter::nesting(&found);
            let proposals: Vec<serde_json::Value> = found
                .iter()
                .zip(nests)
                .map(|(f, n)| {
                    let c = f.content();
                    serde_json::json!({
                        "content": [map.convert(c.start), map.convert(c.end)],
                        "cue": f.cue.map(|c| [map.convert(c.start), map.convert(c.end)]),
                        "features": whosaid::filter::features(&doc, f, n),
                    })
                })
                .collect();
            Ok(serde_json::json!({"id": id, "proposals": proposals}))
        }),
        // For scripts/train_tail.py: the statements the filter keeps, and the tail proposals
        // beside them with what the tail model reads.
        Some("tails") => jsonl(|line| {
            let id = line.get("id").cloned().unwrap_or(serde_json::Value::Null);
            let text = field(&line, "text")?;
            let doc = whosaid::attribution::Doc::new(text);
            let map = whosaid::offsets::OffsetMap::new(text, Unit::CodePoint);
            let kept = whosaid::filter::find_kept(&doc);
            let span = |s: whosaid::Span| [map.convert(s.start), map.convert(s.end)];
            // Those with no subject are never kept, so never learned from.
            let tails: Vec<serde_json::Value> = whosaid::attribution::tail::candidates(&doc, &kept)
                .iter()
                .filter_map(|t| Some((t, t.source(&doc)?)))
                .map(|(t, source)| {
                    serde_json::json!({
                        "content": span(t.content(&doc)),
                        "features": whosaid::filter::tail::features(&doc, t, source),
                    })
                })
                .collect();
            let kept: Vec<_> = kept.iter().map(|f| span(f.content())).collect();
            Ok(serde_json::json!({"id": id, "kept": kept, "tails": tails}))
        }),
        // For bench/disputes_cv.py: what the learned dispute linker's two steps see, per statement.
        Some("pairs") => jsonl(|line| {
            let id = line.get("id").cloned().unwrap_or(serde_json::Value::Null);
            let text = field(&line, "text")?;
            Ok(pairs_json(text, id))
        }),
        Some("-h") | Some("--help") | Some("help") => {
            println!("{USAGE}");
            Ok(())
        }
        _ => {
            eprintln!("{USAGE}");
            return ExitCode::from(2);
        }
    };
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(failures) => {
            eprintln!("whosaid: {failures} input(s) could not be read; the rest were processed");
            ExitCode::FAILURE
        }
    }
}

fn field<'a>(line: &'a serde_json::Value, name: &str) -> Result<&'a str, String> {
    line.get(name)
        .and_then(|v| v.as_str())
        .ok_or_else(|| format!("missing string field \"{name}\""))
}

/// The optional "blocks" of a line, `[{"start", "end", "kind"}]` in code points (the browser
/// tests send those the extension read); none when the line has no such field.
fn blocks_field(line: &serde_json::Value, text: &str) -> Result<Vec<whosaid::Block>, String> {
    let Some(list) = line.get("blocks").filter(|v| !v.is_null()) else {
        return Ok(Vec::new());
    };
    let bad = || "\"blocks\" is not a list of {start, end, kind}".to_string();
    let raw = list
        .as_array()
        .ok_or_else(bad)?
        .iter()
        .map(|b| {
            let n = |k: &str| b.get(k).and_then(|v| v.as_u64()).map(|v| v as usize);
            Some((n("start")?, n("end")?, b.get("kind")?.as_str()?))
        })
        .collect::<Option<Vec<_>>>()
        .ok_or_else(bad)?;
    whosaid::blocks::read(text, Unit::CodePoint, &raw).map_err(|e| e.to_string())
}

/// Runs `each` on every JSON line of stdin. A bad line is reported on stderr with its number and
/// skipped; the count of such lines is the error.
fn jsonl(
    mut each: impl FnMut(serde_json::Value) -> Result<serde_json::Value, String>,
) -> Result<(), usize> {
    let stdin = io::stdin();
    let stdout = io::stdout();
    let mut out = BufWriter::new(stdout.lock());
    let mut failures = 0;
    for (n, line) in stdin.lock().split(b'\n').enumerate() {
        let lineno = n + 1;
        let result = line
            .map_err(|e| e.to_string())
            .and_then(|bytes| String::from_utf8(bytes).map_err(|e| format!("not UTF-8: {e}")))
            .and_then(|s| {
                if s.trim().is_empty() {
                    return Ok(None);
                }
                let value = serde_json::from_str(&s).map_err(|e| format!("not JSON: {e}"))?;
                each(value).map(Some)
            });
        match result {
            Ok(None) => {}
            Ok(Some(v)) => {
                if writeln!(out, "{v}").is_err() {
                    return Err(failures + 1);
                }
            }
            Err(e) => {
                failures += 1;
                eprintln!("whosaid: line {lineno}: {e}");
            }
        }
    }
    let _ = out.flush();
    if failures == 0 {
        Ok(())
    } else {
        Err(failures)
    }
}

fn report_files(files: &[&String], json: bool, explain: bool) -> Result<(), usize> {
    let mut failures = 0;
    let stdout = io::stdout();
    let mut out = BufWriter::new(stdout.lock());
    for path in files {
        let text = match std::fs::read_to_string(path) {
            Ok(t) => t,
            Err(e) => {
                failures += 1;
                eprintln!("whosaid: {path}: {e}");
                continue;
            }
        };
        let analysis = match whosaid::try_analyze(&text) {
            Ok(a) => a,
            Err(e) => {
                failures += 1;
                eprintln!("whosaid: {path}: {e}");
                continue;
            }
        };
        let written = if json {
            let mut v = whosaid::output::analysis_json(&text, &analysis, Unit::CodePoint);
            v["file"] = serde_json::Value::String(path.to_string());
            writeln!(out, "{v}")
        } else if explain {
            let how = whosaid::disputes::explain(&text, &analysis.statements);
            write!(out, "{}", whosaid::report::report(path, &text, &analysis)).and_then(|()| {
                writeln!(
                    out,
                    "\n== how each statement with a dispute signal was decided"
                )?;
                for (i, h) in how.iter().enumerate().filter(|(_, h)| !h.is_empty()) {
                    writeln!(out, "[{i}] {h}")?;
                }
                Ok(())
            })
        } else {
            write!(out, "{}", whosaid::report::report(path, &text, &analysis))
        };
        if written.is_err() {
            return Err(failures + 1);
        }
    }
    let _ = out.flush();
    if failures == 0 {
        Ok(())
    } else {
        Err(failures)
    }
}

/// The analysis of `text` with, per statement, how the dispute pass links it and the features its
/// learned steps saw (contents in code points, for labelling against gold spans).
fn pairs_json(text: &str, id: serde_json::Value) -> serde_json::Value {
    use whosaid::disputes::{self, Follow};
    let analysis = whosaid::analyze(text);
    let sts = &analysis.statements;
    let map = whosaid::offsets::OffsetMap::new(text, Unit::CodePoint);
    let span = |s: whosaid::Span| [map.convert(s.start), map.convert(s.end)];
    let disputes::Pairs {
        follow,
        rows: scored,
        listed,
        kept,
    } = disputes::pairs(text, sts);
    let mut rows: Vec<Option<disputes::Row>> = vec![None; sts.len()];
    for r in scored {
        let i = r.i;
        rows[i] = Some(r);
    }
    let out: Vec<serde_json::Value> = sts
        .iter()
        .zip(follow)
        .zip(rows)
        .zip(listed)
        .zip(kept)
        .map(|((((st, f), row), listed), kept)| {
            let follow = match f {
                Follow::Own => "own",
                Follow::Continues => "continues",
                Follow::Quotes => "quotes",
                Follow::Never => "never",
                Follow::Aside(_) => "aside",
            };
            serde_json::json!({
                "content": span(st.content),
                "follow": follow,
                "listed": listed,
                "kept": kept,
                "features": row.as_ref().map(|r| r.statement.to_vec()),
                "candidates": row.map(|r| r.candidates.iter().map(|(j, x)| {
                    serde_json::json!({"j": j, "features": x.to_vec()})
                }).collect::<Vec<_>>()),
            })
        })
        .collect();
    serde_json::json!({"id": id, "statements": out})
}
