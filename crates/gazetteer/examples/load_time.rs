//! Prints the fastest of several loads of an index and the peak memory of
//! the process (only loads, no import): `load_time DIR [N]`.
fn main() {
    let args: Vec<String> = std::env::args().collect();
    let dir = std::path::Path::new(&args[1]);
    let n: usize = args.get(2).and_then(|s| s.parse().ok()).unwrap_or(10);
    let mut best = f64::MAX;
    for _ in 0..n {
        let t = std::time::Instant::now();
        let g = rasid_gazetteer::Gazetteer::load(dir).expect("load");
        best = best.min(t.elapsed().as_secs_f64() * 1e3);
        assert!(!g.is_empty());
    }
    let peak = std::fs::read_to_string("/proc/self/status")
        .ok()
        .and_then(|s| {
            let line = s.lines().find(|l| l.starts_with("VmHWM:"))?.to_string();
            line.split_whitespace().nth(1)?.parse::<f64>().ok()
        })
        .map_or("unknown".to_string(), |kb| format!("{:.0} MB", kb / 1024.0));
    println!("fastest of {n} loads: {best:.1} ms; peak memory (VmHWM): {peak}");
}
