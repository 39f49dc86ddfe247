//! One scrape of a server's `/metrics` (the Prometheus text exposition),
//! read by the metrics tests and the benchmarks.

/// The text of one scrape.
pub struct Scrape(pub String);

impl Scrape {
    /// The sum of the samples of `name` whose labels include every one of
    /// `labels` (0 when there is none).
    pub fn value(&self, name: &str, labels: &[(&str, &str)]) -> f64 {
        self.0
            .lines()
            .filter(|line| !line.starts_with('#'))
            .filter_map(|line| {
                let (series, value) = line.rsplit_once(' ')?;
                let (metric, rest) = match series.split_once('{') {
                    Some((metric, rest)) => (metric, rest.trim_end_matches('}')),
                    None => (series, ""),
                };
                let wanted = metric == name
                    && labels.iter().all(|(key, value)| {
                        rest.split(',').any(|l| l == format!("{key}=\"{value}\""))
                    });
                wanted.then(|| value.parse::<f64>().ok()).flatten()
            })
            .sum()
    }

    /// Whether the scrape has `# HELP` and `# TYPE` lines for `name`.
    pub fn describes(&self, name: &str) -> bool {
        self.0
            .lines()
            .any(|l| l.starts_with(&format!("# HELP {name} ")))
            && self
                .0
                .lines()
                .any(|l| l.starts_with(&format!("# TYPE {name} ")))
    }
}
