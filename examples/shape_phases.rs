//! Times the analyser's phases on one hostile shape at growing sizes, to see which phase is not
//! linear:     cargo run --release --example shape_phases -- "distinct speakers" [KB ...]
//! (sizes in KB; 100, 1000 and 10000 unless given; `--list` names the shapes).
use std::time::Instant;

#[path = "../tests/common/shapes.rs"]
mod shapes;

fn main() {
    let want = std::env::args()
        .nth(1)
        .unwrap_or_else(|| "distinct speakers".into());
    if want == "--list" {
        for (name, _) in shapes::SHAPES {
            println!("{name}");
        }
        return;
    }
    let Some((_, unit)) = shapes::SHAPES.iter().find(|(n, _)| *n == want) else {
        eprintln!("no shape {want:?}");
        return;
    };
    let mut sizes: Vec<usize> = std::env::args()
        .skip(2)
        .filter_map(|a| a.parse().ok())
        .collect();
    if sizes.is_empty() {
        sizes = vec![100, 1000, 10_000];
    }
    println!("{want}: ms per phase (doc, find+filter+speakers, disputes)");
    for kb in sizes {
        let text = shapes::repeat(unit, kb * 1000);
        let s = Instant::now();
        let doc = whosaid::attribution::Doc::new(&text);
        let tdoc = s.elapsed().as_secs_f64() * 1e3;
        let s = Instant::now();
        let mut statements = whosaid::find_statements(&text);
        let tfind = s.elapsed().as_secs_f64() * 1e3 - tdoc;
        let s = Instant::now();
        std::hint::black_box(whosaid::disputes::link_doc(&doc, &mut statements));
        let tlink = s.elapsed().as_secs_f64() * 1e3;
        println!(
            "{kb:>6} KB  {} statements  doc {tdoc:8.1}  statements {tfind:8.1}  disputes {tlink:8.1}",
            statements.len()
        );
    }
}
