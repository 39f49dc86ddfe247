//! OpenTelemetry traces over OTLP/HTTP (protobuf), when `otlp_endpoint` is
//! configured: every `tracing` span the server opens (one per RPC from the
//! trace layer, the reply and session-answer tasks, …) is batched and sent
//! to a collector from a thread of its own, so a slow or absent collector
//! never holds a request up.

use opentelemetry::trace::TracerProvider as _;
use opentelemetry_otlp::{Protocol, WithExportConfig};
use opentelemetry_sdk::{Resource, trace::SdkTracerProvider};

/// The OTLP/HTTP path of traces, added to the configured base URL.
const TRACES_PATH: &str = "/v1/traces";

/// The exporter's pipeline; keep it until exit and [`Traces::shutdown`]
/// it, which sends what is still batched.
pub struct Traces {
    provider: SdkTracerProvider,
}

impl Traces {
    /// Exports to the collector at `endpoint` (its base URL, such as
    /// `http://127.0.0.1:4318`; `/v1/traces` is added unless given).
    /// Must be called outside a Tokio runtime: the exporter's HTTP client
    /// runs one of its own.
    pub fn start(endpoint: &str) -> anyhow::Result<Self> {
        let exporter = opentelemetry_otlp::SpanExporter::builder()
            .with_http()
            .with_protocol(Protocol::HttpBinary)
            .with_endpoint(traces_url(endpoint))
            .build()?;
        let provider = SdkTracerProvider::builder()
            .with_batch_exporter(exporter)
            .with_resource(Resource::builder().with_service_name("roundtable").build())
            .build();
        Ok(Self { provider })
    }

    /// The tracer the `tracing-opentelemetry` layer records spans with.
    pub fn tracer(&self) -> opentelemetry_sdk::trace::Tracer {
        self.provider.tracer("roundtable")
    }

    /// Sends the spans still batched and stops the exporter.
    pub fn shutdown(self) {
        if let Err(error) = self.provider.shutdown() {
            eprintln!("exporting the last traces failed: {error}");
        }
    }
}

fn traces_url(endpoint: &str) -> String {
    let base = endpoint.trim_end_matches('/');
    if base.ends_with(TRACES_PATH) {
        base.to_string()
    } else {
        format!("{base}{TRACES_PATH}")
    }
}

#[cfg(test)]
mod tests {
    use super::traces_url;

    #[test]
    fn the_traces_path_is_added_once() {
        assert_eq!(
            traces_url("http://127.0.0.1:4318"),
            "http://127.0.0.1:4318/v1/traces"
        );
        assert_eq!(
            traces_url("http://collector:4318/"),
            "http://collector:4318/v1/traces"
        );
        assert_eq!(
            traces_url("http://collector:4318/v1/traces"),
            "http://collector:4318/v1/traces"
        );
    }
}
