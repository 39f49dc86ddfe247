//! OpenTelemetry traces: with `otlp_endpoint` set, the server's spans
//! reach an OTLP/HTTP collector as protobuf `ExportTraceServiceRequest`s.
//!
//! The collector here is a plain HTTP server of the test's that decodes
//! each export with the OpenTelemetry project's own protobuf definitions
//! (`opentelemetry-proto`), as a collector does.

use std::sync::{Arc, Mutex};
use std::time::Duration;

use http::{Request, Response, StatusCode};
use http_body_util::{BodyExt, Full};
use hyper_util::client::legacy::{Client, connect::HttpConnector};
use hyper_util::rt::{TokioExecutor, TokioIo};
use opentelemetry_proto::tonic::collector::trace::v1::{
    ExportTraceServiceRequest, ExportTraceServiceResponse,
};
use opentelemetry_proto::tonic::common::v1::{KeyValue, any_value::Value};
use prost::Message;
use prost::bytes::Bytes;
use roundtable_tests::TestServer;

/// What the collector received: per span, its service, name and attributes.
#[derive(Clone, Default)]
struct Collected(Arc<Mutex<Vec<Span>>>);

#[derive(Debug)]
struct Span {
    service: String,
    name: String,
    attributes: Vec<(String, String)>,
}

fn text(attributes: &[KeyValue], key: &str) -> Option<String> {
    attributes
        .iter()
        .find(|a| a.key == key)
        .and_then(|a| a.value.as_ref()?.value.as_ref())
        .map(|value| match value {
            Value::StringValue(s) => s.clone(),
            other => format!("{other:?}"),
        })
}

/// Serves OTLP/HTTP trace exports on a free port; returns its base URL.
async fn collector(collected: Collected) -> String {
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0")
        .await
        .expect("a port for the collector");
    let addr = listener.local_addr().expect("its address");
    tokio::spawn(async move {
        while let Ok((stream, _)) = listener.accept().await {
            let collected = collected.clone();
            tokio::spawn(async move {
                let service =
                    hyper::service::service_fn(move |request| export(collected.clone(), request));
                let _ = hyper::server::conn::http1::Builder::new()
                    .serve_connection(TokioIo::new(stream), service)
                    .await;
            });
        }
    });
    format!("http://{addr}")
}

async fn export(
    collected: Collected,
    request: Request<hyper::body::Incoming>,
) -> Result<Response<Full<Bytes>>, hyper::Error> {
    let path = request.uri().path().to_owned();
    let content_type = request
        .headers()
        .get("content-type")
        .and_then(|v| v.to_str().ok())
        .unwrap_or_default()
        .to_owned();
    let body = request.into_body().collect().await?.to_bytes();
    let decoded = ExportTraceServiceRequest::decode(body);
    let status = match (&*path, &*content_type, decoded) {
        ("/v1/traces", "application/x-protobuf", Ok(export)) => {
            let mut spans = collected.0.lock().unwrap();
            for resource in export.resource_spans {
                let attributes = resource.resource.map(|r| r.attributes).unwrap_or_default();
                let service = text(&attributes, "service.name").unwrap_or_default();
                for scope in resource.scope_spans {
                    for span in scope.spans {
                        let attributes = span
                            .attributes
                            .iter()
                            .filter_map(|a| Some((a.key.clone(), text(&span.attributes, &a.key)?)))
                            .collect();
                        spans.push(Span {
                            service: service.clone(),
                            name: span.name,
                            attributes,
                        });
                    }
                }
            }
            StatusCode::OK
        }
        _ => StatusCode::BAD_REQUEST,
    };
    let answer = ExportTraceServiceResponse::default().encode_to_vec();
    let mut response = Response::new(Full::new(Bytes::from(answer)));
    *response.status_mut() = status;
    response.headers_mut().insert(
        "content-type",
        http::HeaderValue::from_static("application/x-protobuf"),
    );
    Ok(response)
}

#[tokio::test]
async fn spans_reach_an_otlp_collector_when_an_endpoint_is_configured() {
    let collected = Collected::default();
    let endpoint = collector(collected.clone()).await;
    let server = TestServer::start_with_env(&[
        ("ROUNDTABLE_OTLP_ENDPOINT", &endpoint),
        // The batch goes out within a fifth of a second, not five.
        ("OTEL_BSP_SCHEDULE_DELAY", "200"),
    ]);
    let client: Client<HttpConnector, Full<Bytes>> =
        Client::builder(TokioExecutor::new()).build_http();
    let uri = format!("http://{}/v1/me", server.addr());
    let response = client.get(uri.parse().unwrap()).await.expect("an answer");
    assert_eq!(response.status(), StatusCode::UNAUTHORIZED);

    let mut found = None;
    for _ in 0..100 {
        found = collected.0.lock().unwrap().iter().find_map(|span| {
            let uri = span.attributes.iter().find(|(k, _)| k == "uri")?;
            (uri.1 == "/v1/me").then(|| (span.service.clone(), span.name.clone()))
        });
        if found.is_some() {
            break;
        }
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    let spans = collected.0.lock().unwrap();
    let (service, name) = found.unwrap_or_else(|| panic!("no span of the request in {spans:?}"));
    assert_eq!((service.as_str(), name.as_str()), ("roundtable", "request"));
}
