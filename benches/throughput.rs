//! Throughput of `whosaid::analyze` on PolNeAR train text, one thread, release build.
//!
//!     cargo bench --bench throughput            (reads ../shared/corpus/polnear/train.jsonl)
//!
//! Prints the median of several passes over all 840 articles, in MB/s of article text, and the
//! time curve on one synthetic article repeated from 10 KB to 10 MB (linear time shows as a flat
//! MB/s column), then the same curve on each hostile shape of `tests/common/shapes.rs` (median of
//! 3 runs per size; these run without `../shared`). `bench/linear.sh` counts the instructions of
//! the same shapes, which the machine's caches and load do not change.

use std::time::Instant;

#[path = "../tests/common/shapes.rs"]
mod shapes;

/// Time curve on each hostile shape: a flat MB/s column is linear time.
fn hostile_curves() {
    println!("hostile shapes (median of 3 runs per size):");
    for (name, unit) in shapes::SHAPES {
        let mut line = format!("  {name:<34}");
        for size in [10_000usize, 100_000, 1_000_000, 10_000_000] {
            let doc = shapes::repeat(unit, size);
            let t = median(
                (0..3)
                    .map(|_| {
                        let start = Instant::now();
                        std::hint::black_box(whosaid::analyze(&doc));
                        start.elapsed().as_secs_f64()
                    })
                    .collect(),
            );
            line += &format!(
                " {:>6} KB {:>8.1} ms {:>5.1} MB/s |",
                doc.len() / 1000,
                t * 1e3,
                doc.len() as f64 / 1e6 / t
            );
        }
        println!("{line}");
    }
}

fn median(mut v: Vec<f64>) -> f64 {
    v.sort_by(|a, b| a.total_cmp(b));
    v[v.len() / 2]
}

fn main() {
    let path = std::env::var("POLNEAR_TRAIN")
        .unwrap_or_else(|_| "../shared/corpus/polnear/train.jsonl".to_string());
    let Ok(raw) = std::fs::read_to_string(&path) else {
        eprintln!("throughput: cannot read {path}; set POLNEAR_TRAIN");
        hostile_curves();
        return;
    };
    let texts: Vec<String> = raw
        .lines()
        .filter_map(|l| serde_json::from_str::<serde_json::Value>(l).ok())
        .filter_map(|v| v["text"].as_str().map(str::to_string))
        .collect();
    let bytes: usize = texts.iter().map(String::len).sum();
    // Passes alternate between the core alone (statements and speakers) and the whole analysis
    // (plus claims, parties and disputes), so both see the same machine load.
    let (mut core, mut whole) = (Vec::new(), Vec::new());
    let mut statements = 0;
    for _ in 0..7 {
        let start = Instant::now();
        for t in &texts {
            std::hint::black_box(whosaid::find_statements(t));
        }
        core.push(bytes as f64 / 1e6 / start.elapsed().as_secs_f64());
        let start = Instant::now();
        statements = 0;
        for t in &texts {
            statements += std::hint::black_box(whosaid::analyze(t)).statements.len();
        }
        whole.push(bytes as f64 / 1e6 / start.elapsed().as_secs_f64());
    }
    let ratios: Vec<f64> = whole.iter().zip(&core).map(|(w, c)| w / c).collect();
    println!(
        "polnear train: {} articles, {:.2} MB, {} statements, {} passes",
        texts.len(),
        bytes as f64 / 1e6,
        statements,
        core.len()
    );
    println!(
        "  core (statements + speakers): median {:.1} MB/s",
        median(core)
    );
    println!(
        "  whole analysis (+ disputes):  median {:.1} MB/s",
        median(whole)
    );
    println!(
        "  whole / core, per pass:       median {:.2}",
        median(ratios)
    );

    // Linear time: one growing document made of whole articles.
    let joined = texts.join("\n\n");
    println!("size        time      MB/s");
    for size in [10_000usize, 100_000, 1_000_000, 10_000_000] {
        let mut doc = String::with_capacity(size + 100_000);
        while doc.len() < size {
            let mut cut = joined.len().min(size - doc.len() + 1);
            while !joined.is_char_boundary(cut) {
                cut -= 1;
            }
            doc.push_str(&joined[..cut]);
            doc.push_str("\n\n");
        }
        let runs: Vec<f64> = (0..3)
            .map(|_| {
                let start = Instant::now();
                std::hint::black_box(whosaid::analyze(&doc));
                start.elapsed().as_secs_f64()
            })
            .collect();
        let t = median(runs);
        println!(
            "{:>8} KB {:>8.1} ms {:>7.1}",
            doc.len() / 1000,
            t * 1000.0,
            doc.len() as f64 / 1e6 / t
        );
    }
    hostile_curves();
}
