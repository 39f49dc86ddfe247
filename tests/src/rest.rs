//! A plain HTTP/1.1 client for REST calls, as `curl` would talk, and what
//! its calls answered.

use std::net::SocketAddr;

use http::{HeaderMap, Method, Request, StatusCode};
use http_body_util::{BodyExt, Full};
use hyper_util::client::legacy::{Client, connect::HttpConnector};
use hyper_util::rt::TokioExecutor;
use prost::bytes::Bytes;
use serde_json::Value;
use tonic::{Code, Status};

use crate::outcome::{reason, violated_fields};
use crate::{Actor, TestServer};

/// A plain HTTP/1.1 client for the shared server, as `curl` would talk.
pub struct Rest {
    pub client: Client<HttpConnector, Full<Bytes>>,
    pub addr: SocketAddr,
}

/// What a REST call answered.
#[derive(Debug)]
pub struct Reply {
    pub status: StatusCode,
    pub headers: HeaderMap,
    pub json: Value,
}

impl Reply {
    #[track_caller]
    pub fn ok(self) -> Value {
        assert_eq!(self.status, StatusCode::OK, "{:?}", self.json);
        self.json
    }

    pub fn reason(&self) -> Option<&str> {
        self.json["details"]
            .as_array()?
            .iter()
            .find(|d| d["@type"] == "type.googleapis.com/google.rpc.ErrorInfo")?["reason"]
            .as_str()
    }

    pub fn violated_fields(&self) -> Vec<String> {
        self.json["details"]
            .as_array()
            .into_iter()
            .flatten()
            .filter(|d| d["@type"] == "type.googleapis.com/google.rpc.BadRequest")
            .flat_map(|d| {
                d["field_violations"]
                    .as_array()
                    .cloned()
                    .unwrap_or_default()
            })
            .filter_map(|v| v["field"].as_str().map(str::to_string))
            .collect()
    }

    /// Asserts this is an error body `{"code", "message", "details"}` with
    /// this HTTP status, gRPC code and ErrorInfo reason.
    #[track_caller]
    pub fn rejected(&self, status: StatusCode, code: Code, reason: &str) {
        assert_eq!(self.status, status, "{:?}", self.json);
        assert_eq!(self.json["code"], code as i32, "{:?}", self.json);
        assert!(self.json["message"].is_string(), "{:?}", self.json);
        assert_eq!(self.reason(), Some(reason), "{:?}", self.json);
    }

    /// Asserts this REST error is the gRPC `status`: same code (by the
    /// standard HTTP mapping), message, reason and field violations.
    #[track_caller]
    pub fn same_as(&self, status: &Status) {
        assert_eq!(self.status, http_status(status.code()), "{:?}", self.json);
        assert_eq!(self.json["code"], status.code() as i32, "{:?}", self.json);
        assert_eq!(self.json["message"], status.message(), "{:?}", self.json);
        assert_eq!(self.reason().map(str::to_string), reason(status));
        assert_eq!(self.violated_fields(), violated_fields(status));
    }
}

/// The google.rpc.Code → HTTP mapping the gateway promises.
pub fn http_status(code: Code) -> StatusCode {
    match code {
        Code::InvalidArgument | Code::FailedPrecondition | Code::OutOfRange => {
            StatusCode::BAD_REQUEST
        }
        Code::Unauthenticated => StatusCode::UNAUTHORIZED,
        Code::PermissionDenied => StatusCode::FORBIDDEN,
        Code::NotFound => StatusCode::NOT_FOUND,
        Code::AlreadyExists | Code::Aborted => StatusCode::CONFLICT,
        Code::ResourceExhausted => StatusCode::TOO_MANY_REQUESTS,
        Code::Unavailable => StatusCode::SERVICE_UNAVAILABLE,
        Code::Unimplemented => StatusCode::NOT_IMPLEMENTED,
        Code::DeadlineExceeded => StatusCode::GATEWAY_TIMEOUT,
        other => panic!("no mapping expected for {other:?} in these tests"),
    }
}

impl Rest {
    /// A client of this test binary's shared server.
    pub fn shared() -> Rest {
        Rest::at(TestServer::shared().addr())
    }

    /// A client of the server at `addr`.
    pub fn at(addr: SocketAddr) -> Rest {
        Rest {
            client: Client::builder(TokioExecutor::new()).build_http(),
            addr,
        }
    }

    pub async fn send(
        &self,
        method: Method,
        path: &str,
        headers: &[(&str, &str)],
        body: Vec<u8>,
    ) -> Reply {
        let mut request = Request::builder()
            .method(method)
            .uri(format!("http://{}{path}", self.addr));
        for (name, value) in headers {
            request = request.header(*name, *value);
        }
        let request = request
            .body(Full::new(Bytes::from(body)))
            .expect("a valid request");
        let response = self.client.request(request).await.expect("an answer");
        let status = response.status();
        let headers = response.headers().clone();
        let bytes = response
            .into_body()
            .collect()
            .await
            .expect("the body")
            .to_bytes();
        let json = if bytes.is_empty() {
            Value::Null
        } else {
            serde_json::from_slice(&bytes)
                .unwrap_or_else(|_| Value::String(String::from_utf8_lossy(&bytes).into_owned()))
        };
        Reply {
            status,
            headers,
            json,
        }
    }

    /// A call as `by`, with a JSON body when given.
    pub async fn call(&self, by: &Actor, method: Method, path: &str, body: Option<Value>) -> Reply {
        self.call_with(&by.secret, method, path, body, &[]).await
    }

    pub async fn call_with(
        &self,
        token: &str,
        method: Method,
        path: &str,
        body: Option<Value>,
        extra: &[(&str, &str)],
    ) -> Reply {
        let auth = format!("Bearer {token}");
        let mut headers = vec![("authorization", auth.as_str())];
        headers.extend_from_slice(extra);
        let body = match body {
            Some(body) => {
                headers.push(("content-type", "application/json"));
                serde_json::to_vec(&body).expect("JSON")
            }
            None => Vec::new(),
        };
        self.send(method, path, &headers, body).await
    }
}
