//! Times the analyser's phases on PolNeAR train, to find what to speed up:
//!     cargo run --release --example phases
use std::time::Instant;

fn main() {
    let raw = std::fs::read_to_string("../shared/corpus/polnear/train.jsonl").expect("train");
    let texts: Vec<String> = raw
        .lines()
        .filter_map(|l| serde_json::from_str::<serde_json::Value>(l).ok())
        .filter_map(|v| v["text"].as_str().map(str::to_string))
        .collect();
    let (mut tdoc, mut tfind, mut tfilt, mut tlink, mut tall) = (0.0, 0.0, 0.0, 0.0, 0.0);
    for t in &texts {
        let s = Instant::now();
        let doc = whosaid::attribution::Doc::new(t);
        tdoc += s.elapsed().as_secs_f64();
        let s = Instant::now();
        let f = whosaid::attribution::find(&doc);
        tfind += s.elapsed().as_secs_f64();
        let s = Instant::now();
        let nests = whosaid::filter::nesting(&f);
        let _ = f
            .iter()
            .zip(nests)
            .filter(|(x, n)| whosaid::filter::keep(&doc, x, *n))
            .count();
        tfilt += s.elapsed().as_secs_f64();
        let mut statements = whosaid::find_statements(t);
        let s = Instant::now();
        std::hint::black_box(whosaid::disputes::link_doc(&doc, &mut statements));
        tlink += s.elapsed().as_secs_f64();
        let s = Instant::now();
        std::hint::black_box(whosaid::analyze(t));
        tall += s.elapsed().as_secs_f64();
    }
    println!(
        "doc {:.0} ms, find {:.0} ms, filter {:.0} ms, disputes {:.0} ms, whole analyze {:.0} ms",
        tdoc * 1e3,
        tfind * 1e3,
        tfilt * 1e3,
        tlink * 1e3,
        tall * 1e3
    );
}
