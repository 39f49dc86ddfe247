//! A fake OpenAI-compatible provider: a real HTTP server on `127.0.0.1:0`
//! that speaks the chat-completions streaming protocol, as OpenAI, vLLM and
//! Ollama do, with the timing and the failures a test asks for.
//!
//! - `POST /v1/chat/completions` with `"stream": true` answers
//!   `text/event-stream`: a first chunk with the assistant role, one
//!   `data: {chunk}` per token (`chat.completion.chunk` objects), a chunk
//!   with the `finish_reason`, a usage chunk (`choices: []`, `usage`), then
//!   `data: [DONE]`. Or, as scripted: an HTTP error with an OpenAI-shaped
//!   error body, a connection dropped or an error event mid-stream, a stream
//!   that stops sending (hangs), or no answer at all.
//! - `GET /v1/models` lists the models of the default behaviour and of the
//!   per-model behaviours.
//! - `POST /v1/audio/transcriptions` (a `multipart/form-data` upload)
//!   answers `{"text": …}` or an error, as [`FakeOpenAi::script_transcription`]
//!   says, and records the upload's fields and file.
//!
//! It runs on a thread of its own (with its own Tokio runtime), so one fake
//! can serve a server shared by many tests, each `#[tokio::test]` with its
//! own runtime. Tests sharing a fake give each scenario a model name of its
//! own ([`FakeOpenAi::script_model`]); the requests it received are recorded
//! with their model, messages, settings and `Authorization` header.
//!
//! ```text
//! let fake = FakeOpenAi::start();
//! fake.script_model("slow", Behaviour::stream(Script::words("Hi there").token_delay(ms(50))));
//! // point a provider at fake.base_url(), ask for model "slow" …
//! assert_eq!(fake.requests_for("slow")[0].messages[0].content, "…");
//! ```

use std::collections::HashMap;
use std::convert::Infallible;
use std::net::SocketAddr;
use std::sync::{Arc, Mutex, MutexGuard};
use std::time::Duration;

use http::{Method, Request, Response, StatusCode, header};
use http_body_util::{BodyExt, Full, StreamBody, combinators::BoxBody};
use hyper::body::{Bytes, Frame, Incoming};
use hyper_util::rt::TokioIo;
use serde_json::{Value, json};
use tokio::sync::{mpsc, watch};

/// What the fake does with one chat-completions request.
#[derive(Clone, Debug)]
pub enum Behaviour {
    /// Answers 200 and streams as the script says.
    Stream(Script),
    /// Answers this HTTP status with an OpenAI-shaped error body
    /// (`{"error": {"message", "type", "param", "code"}}`) carrying `message`.
    HttpError { status: u16, message: String },
    /// Reads the request and never answers, not even the headers.
    Hang,
}

impl Behaviour {
    pub fn stream(script: Script) -> Self {
        Behaviour::Stream(script)
    }

    pub fn http_error(status: u16, message: &str) -> Self {
        Behaviour::HttpError {
            status,
            message: message.to_string(),
        }
    }
}

/// A streamed answer: which tokens, at what pace, and how it ends.
#[derive(Clone, Debug)]
pub struct Script {
    /// The content deltas, in order; they concatenate to the reply.
    pub tokens: Vec<String>,
    /// The wait between the response's headers and the first token.
    pub first_token_delay: Duration,
    /// The wait before each further token.
    pub token_delay: Duration,
    /// What happens after the tokens.
    pub end: End,
    /// The `finish_reason` of the final chunk.
    pub finish_reason: String,
    /// Whether each token leaves with the time it was sent appended
    /// ([`Script::stamped`]).
    pub stamp: bool,
}

/// How a streamed answer ends.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum End {
    /// The finish chunk, the usage chunk and `data: [DONE]`.
    Done,
    /// After this many tokens, the connection breaks (no chunked-encoding
    /// terminator, no `[DONE]`).
    DropAfter(usize),
    /// After this many tokens, a `data: {"error": {...}}` event with this
    /// message, then the response ends without `[DONE]`.
    ErrorAfter(usize, String),
    /// After this many tokens, nothing more: the connection stays open and
    /// silent until the fake stops.
    HangAfter(usize),
}

impl Script {
    /// These tokens, at once, ending with `[DONE]`.
    pub fn tokens<S: AsRef<str>>(tokens: &[S]) -> Self {
        Self {
            tokens: tokens.iter().map(|t| t.as_ref().to_string()).collect(),
            first_token_delay: Duration::ZERO,
            token_delay: Duration::ZERO,
            end: End::Done,
            finish_reason: "stop".to_string(),
            stamp: false,
        }
    }

    /// `text` cut into tokens as OpenAI's tokenizers roughly do: words,
    /// each after the first with its leading space.
    pub fn words(text: &str) -> Self {
        let tokens: Vec<String> = text
            .split_whitespace()
            .enumerate()
            .map(|(i, w)| {
                if i == 0 {
                    w.to_string()
                } else {
                    format!(" {w}")
                }
            })
            .collect();
        Self::tokens(&tokens)
    }

    pub fn first_token_delay(mut self, delay: Duration) -> Self {
        self.first_token_delay = delay;
        self
    }

    pub fn token_delay(mut self, delay: Duration) -> Self {
        self.token_delay = delay;
        self
    }

    pub fn end(mut self, end: End) -> Self {
        self.end = end;
        self
    }

    pub fn finish_reason(mut self, reason: &str) -> Self {
        self.finish_reason = reason.to_string();
        self
    }

    /// Each token is sent with the wall-clock time it left the fake
    /// appended, as `{token}<t:MICROSECONDS_SINCE_THE_UNIX_EPOCH>`; read it
    /// back with [`sent_times`]. For measuring what the server adds to each
    /// token's journey.
    pub fn stamped(mut self) -> Self {
        self.stamp = true;
        self
    }

    /// The whole text the tokens make.
    pub fn text(&self) -> String {
        self.tokens.concat()
    }
}

/// When the tokens of a [`Script::stamped`] script in `text` (one token, or
/// several concatenated) left the fake, in order.
pub fn sent_times(text: &str) -> Vec<std::time::SystemTime> {
    text.split("<t:")
        .skip(1)
        .filter_map(|rest| rest.split_once('>')?.0.parse().ok())
        .map(|micros| std::time::UNIX_EPOCH + Duration::from_micros(micros))
        .collect()
}

fn stamp(token: &str) -> String {
    let micros = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .unwrap_or_default()
        .as_micros();
    format!("{token}<t:{micros}>")
}

/// A chat-completions request as the fake received it.
#[derive(Clone, Debug)]
pub struct RecordedRequest {
    pub method: String,
    pub path: String,
    /// The `Authorization` header, if any (`Bearer sk-…`).
    pub authorization: Option<String>,
    /// The JSON body (`Null` if it was not JSON).
    pub body: Value,
    pub model: String,
    pub messages: Vec<RecordedMessage>,
    pub temperature: Option<f64>,
    pub max_tokens: Option<u64>,
    pub stream: bool,
}

/// One message of a recorded request.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct RecordedMessage {
    pub role: String,
    pub content: String,
}

/// What the fake does with an audio transcription request.
#[derive(Clone, Debug)]
pub enum Transcription {
    /// Answers 200 with `{"text": …}`.
    Text(String),
    /// Answers this HTTP status with an OpenAI-shaped error body.
    HttpError { status: u16, message: String },
}

/// A `POST /v1/audio/transcriptions` as the fake received it (a
/// `multipart/form-data` upload).
#[derive(Clone, Debug, Default)]
pub struct RecordedTranscription {
    /// The `Authorization` header, if any.
    pub authorization: Option<String>,
    /// The `model` form field.
    pub model: String,
    /// The `language` form field, if sent.
    pub language: Option<String>,
    /// The `prompt` form field, if sent.
    pub prompt: Option<String>,
    /// The `response_format` form field, if sent.
    pub response_format: Option<String>,
    /// The file part's file name.
    pub file_name: String,
    /// The file part's bytes.
    pub audio: Vec<u8>,
}

struct State {
    default: Behaviour,
    by_model: HashMap<String, Behaviour>,
    requests: Vec<RecordedRequest>,
    transcription: Transcription,
    transcriptions: Vec<RecordedTranscription>,
}

/// The running fake. Stops (and closes every connection) when dropped.
pub struct FakeOpenAi {
    addr: SocketAddr,
    state: Arc<Mutex<State>>,
    stop: watch::Sender<bool>,
}

impl FakeOpenAi {
    /// Starts a fake whose every model streams `Hello, world!` at once.
    pub fn start() -> FakeOpenAi {
        let state = Arc::new(Mutex::new(State {
            default: Behaviour::Stream(Script::tokens(&["Hello", ",", " world", "!"])),
            by_model: HashMap::new(),
            requests: Vec::new(),
            transcription: Transcription::Text("Hello from the fake transcriber.".into()),
            transcriptions: Vec::new(),
        }));
        let (stop, stopped) = watch::channel(false);
        let (address_tx, address_rx) = std::sync::mpsc::channel();
        let serving = state.clone();
        std::thread::Builder::new()
            .name("fake-openai".into())
            .spawn(move || {
                let runtime = tokio::runtime::Builder::new_multi_thread()
                    .worker_threads(1)
                    .enable_all()
                    .build()
                    .expect("a runtime for the fake provider");
                runtime.block_on(serve(serving, stopped, address_tx));
            })
            .expect("start the fake provider's thread");
        let addr = address_rx
            .recv()
            .expect("the fake provider reports its address");
        FakeOpenAi { addr, state, stop }
    }

    pub fn addr(&self) -> SocketAddr {
        self.addr
    }

    /// The base URL to configure a provider with: `http://127.0.0.1:PORT/v1`.
    pub fn base_url(&self) -> String {
        format!("http://{}/v1", self.addr)
    }

    /// What every model without a behaviour of its own does from now on.
    pub fn script(&self, behaviour: Behaviour) {
        self.lock().default = behaviour;
    }

    /// What requests for `model` do from now on.
    pub fn script_model(&self, model: &str, behaviour: Behaviour) {
        self.lock().by_model.insert(model.to_string(), behaviour);
    }

    /// Every chat-completions request so far, oldest first.
    pub fn requests(&self) -> Vec<RecordedRequest> {
        self.lock().requests.clone()
    }

    /// The chat-completions requests for `model`, oldest first.
    pub fn requests_for(&self, model: &str) -> Vec<RecordedRequest> {
        self.lock()
            .requests
            .iter()
            .filter(|r| r.model == model)
            .cloned()
            .collect()
    }

    /// What transcription requests do from now on.
    pub fn script_transcription(&self, transcription: Transcription) {
        self.lock().transcription = transcription;
    }

    /// Every transcription request so far, oldest first.
    pub fn transcriptions(&self) -> Vec<RecordedTranscription> {
        self.lock().transcriptions.clone()
    }

    fn lock(&self) -> MutexGuard<'_, State> {
        self.state.lock().unwrap_or_else(|p| p.into_inner())
    }
}

impl Drop for FakeOpenAi {
    fn drop(&mut self) {
        let _ = self.stop.send(true);
    }
}

type Body = BoxBody<Bytes, std::io::Error>;

async fn serve(
    state: Arc<Mutex<State>>,
    mut stopped: watch::Receiver<bool>,
    address: std::sync::mpsc::Sender<SocketAddr>,
) {
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0")
        .await
        .expect("bind the fake provider");
    let _ = address.send(listener.local_addr().expect("the fake's address"));
    loop {
        let accepted = tokio::select! {
            accepted = listener.accept() => accepted,
            _ = stopped.changed() => return,
        };
        let Ok((stream, _)) = accepted else { continue };
        let _ = stream.set_nodelay(true);
        let state = state.clone();
        let mut stopped = stopped.clone();
        tokio::spawn(async move {
            let service = hyper::service::service_fn(move |request| answer(state.clone(), request));
            let connection = hyper::server::conn::http1::Builder::new()
                .serve_connection(TokioIo::new(stream), service);
            tokio::select! {
                _ = connection => {}
                _ = stopped.changed() => {}
            }
        });
    }
}

async fn answer(
    state: Arc<Mutex<State>>,
    request: Request<Incoming>,
) -> Result<Response<Body>, Infallible> {
    let method = request.method().clone();
    let path = request.uri().path().to_string();
    let authorization = request
        .headers()
        .get(header::AUTHORIZATION)
        .and_then(|v| v.to_str().ok())
        .map(str::to_string);
    let content_type = request
        .headers()
        .get(header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .unwrap_or_default()
        .to_string();
    let bytes = match request.into_body().collect().await {
        Ok(body) => body.to_bytes(),
        Err(_) => Bytes::new(),
    };
    match (method.clone(), path.as_str()) {
        (Method::GET, "/v1/models") => {
            let state = state.lock().unwrap_or_else(|p| p.into_inner());
            let mut models: Vec<&String> = state.by_model.keys().collect();
            models.sort();
            let data: Vec<Value> = std::iter::once("fake-model")
                .chain(models.iter().map(|m| m.as_str()))
                .map(|id| json!({"id": id, "object": "model", "created": 0, "owned_by": "fake"}))
                .collect();
            Ok(json_response(
                StatusCode::OK,
                &json!({"object": "list", "data": data}),
            ))
        }
        (Method::POST, "/v1/chat/completions") => {
            let body: Value = serde_json::from_slice(&bytes).unwrap_or(Value::Null);
            let recorded = record(&method, &path, authorization, body);
            let behaviour = {
                let mut state = state.lock().unwrap_or_else(|p| p.into_inner());
                let behaviour = state
                    .by_model
                    .get(&recorded.model)
                    .unwrap_or(&state.default)
                    .clone();
                state.requests.push(recorded.clone());
                behaviour
            };
            Ok(respond(behaviour, &recorded).await)
        }
        (Method::POST, "/v1/audio/transcriptions") => {
            let Some(mut recorded) = multipart(&content_type, &bytes) else {
                return Ok(json_response(
                    StatusCode::BAD_REQUEST,
                    &error_body(400, "expected a multipart/form-data upload"),
                ));
            };
            recorded.authorization = authorization;
            let mut state = state.lock().unwrap_or_else(|p| p.into_inner());
            state.transcriptions.push(recorded);
            Ok(match &state.transcription {
                Transcription::Text(text) => json_response(StatusCode::OK, &json!({"text": text})),
                Transcription::HttpError { status, message } => json_response(
                    StatusCode::from_u16(*status).unwrap_or(StatusCode::INTERNAL_SERVER_ERROR),
                    &error_body(*status, message),
                ),
            })
        }
        _ => Ok(json_response(
            StatusCode::NOT_FOUND,
            &error_body(404, &format!("no route {method} {path}")),
        )),
    }
}

/// The fields and the file of a `multipart/form-data` body; `None` if it
/// is not one.
fn multipart(content_type: &str, body: &[u8]) -> Option<RecordedTranscription> {
    let boundary = content_type
        .split(';')
        .map(str::trim)
        .find_map(|part| part.strip_prefix("boundary="))?
        .trim_matches('"');
    let delimiter = format!("--{boundary}").into_bytes();
    let mut recorded = RecordedTranscription::default();
    let mut rest = body;
    let mut parts = 0;
    loop {
        let start = find(rest, &delimiter)? + delimiter.len();
        rest = &rest[start..];
        if rest.starts_with(b"--") {
            break;
        }
        let rest_of_line = find(rest, b"\r\n")? + 2;
        rest = &rest[rest_of_line..];
        let headers_end = find(rest, b"\r\n\r\n")?;
        let headers = String::from_utf8_lossy(&rest[..headers_end]).to_string();
        let content = &rest[headers_end + 4..];
        let end = find(content, &delimiter)?;
        // The part's content ends with the CRLF before the delimiter.
        let value = content[..end]
            .strip_suffix(b"\r\n")
            .unwrap_or(&content[..end]);
        let attribute = |name: &str| {
            let key = format!("{name}=\"");
            let at = headers.find(&key)? + key.len();
            let len = headers[at..].find('"')?;
            Some(headers[at..at + len].to_string())
        };
        let text = || String::from_utf8_lossy(value).to_string();
        match attribute("name").as_deref() {
            Some("file") => {
                recorded.file_name = attribute("filename").unwrap_or_default();
                recorded.audio = value.to_vec();
            }
            Some("model") => recorded.model = text(),
            Some("language") => recorded.language = Some(text()),
            Some("prompt") => recorded.prompt = Some(text()),
            Some("response_format") => recorded.response_format = Some(text()),
            _ => {}
        }
        parts += 1;
        rest = &content[end..];
    }
    (parts > 0).then_some(recorded)
}

fn find(haystack: &[u8], needle: &[u8]) -> Option<usize> {
    haystack
        .windows(needle.len())
        .position(|window| window == needle)
}

fn record(
    method: &Method,
    path: &str,
    authorization: Option<String>,
    body: Value,
) -> RecordedRequest {
    let messages = body["messages"]
        .as_array()
        .into_iter()
        .flatten()
        .map(|m| RecordedMessage {
            role: m["role"].as_str().unwrap_or_default().to_string(),
            content: match &m["content"] {
                Value::String(text) => text.clone(),
                other => other.to_string(),
            },
        })
        .collect();
    RecordedRequest {
        method: method.to_string(),
        path: path.to_string(),
        authorization,
        model: body["model"].as_str().unwrap_or_default().to_string(),
        messages,
        temperature: body["temperature"].as_f64(),
        max_tokens: body["max_tokens"].as_u64(),
        stream: body["stream"].as_bool().unwrap_or(false),
        body,
    }
}

async fn respond(behaviour: Behaviour, request: &RecordedRequest) -> Response<Body> {
    match behaviour {
        Behaviour::HttpError { status, message } => json_response(
            StatusCode::from_u16(status).unwrap_or(StatusCode::INTERNAL_SERVER_ERROR),
            &error_body(status, &message),
        ),
        Behaviour::Hang => std::future::pending().await,
        Behaviour::Stream(script) => {
            let (frames, body) = mpsc::channel::<Result<Frame<Bytes>, std::io::Error>>(16);
            let prompt_tokens: usize = request
                .messages
                .iter()
                .map(|m| m.content.split_whitespace().count())
                .sum();
            tokio::spawn(play(script, request.model.clone(), prompt_tokens, frames));
            let body = StreamBody::new(tokio_stream::wrappers::ReceiverStream::new(body));
            Response::builder()
                .status(StatusCode::OK)
                .header(header::CONTENT_TYPE, "text/event-stream")
                .header(header::CACHE_CONTROL, "no-cache")
                .body(body.boxed())
                .expect("a valid response")
        }
    }
}

/// Sends the script's events into the response body.
async fn play(
    script: Script,
    model: String,
    prompt_tokens: usize,
    frames: mpsc::Sender<Result<Frame<Bytes>, std::io::Error>>,
) {
    let chunk = |delta: Value, finish: Value| {
        json!({
            "id": "chatcmpl-fake",
            "object": "chat.completion.chunk",
            "created": 1_700_000_000,
            "model": model,
            "choices": [{"index": 0, "delta": delta, "finish_reason": finish}],
        })
    };
    let event = |data: &Value| Ok(Frame::data(Bytes::from(format!("data: {data}\n\n"))));
    if frames
        .send(event(&chunk(
            json!({"role": "assistant", "content": ""}),
            Value::Null,
        )))
        .await
        .is_err()
    {
        return;
    }
    let stop_after = match &script.end {
        End::Done => usize::MAX,
        End::DropAfter(n) | End::ErrorAfter(n, _) | End::HangAfter(n) => *n,
    };
    for (i, token) in script.tokens.iter().enumerate().take(stop_after) {
        let delay = if i == 0 {
            script.first_token_delay
        } else {
            script.token_delay
        };
        tokio::time::sleep(delay).await;
        let content = if script.stamp {
            stamp(token)
        } else {
            token.clone()
        };
        if frames
            .send(event(&chunk(json!({"content": content}), Value::Null)))
            .await
            .is_err()
        {
            return;
        }
    }
    match script.end {
        End::Done => {
            let sent = script.tokens.len();
            let _ = frames
                .send(event(&chunk(json!({}), json!(script.finish_reason))))
                .await;
            let usage = json!({
                "id": "chatcmpl-fake",
                "object": "chat.completion.chunk",
                "created": 1_700_000_000,
                "model": model,
                "choices": [],
                "usage": {
                    "prompt_tokens": prompt_tokens,
                    "completion_tokens": sent,
                    "total_tokens": prompt_tokens + sent,
                },
            });
            let _ = frames.send(event(&usage)).await;
            let _ = frames
                .send(Ok(Frame::data(Bytes::from_static(b"data: [DONE]\n\n"))))
                .await;
        }
        End::DropAfter(_) => {
            // hyper discards what it has not written yet when a body fails:
            // let the tokens already sent reach the socket first, as they
            // would before a real connection broke.
            while frames.capacity() < frames.max_capacity() {
                tokio::time::sleep(Duration::from_millis(5)).await;
            }
            tokio::time::sleep(Duration::from_millis(50)).await;
            let _ = frames
                .send(Err(std::io::Error::other("the fake drops the connection")))
                .await;
        }
        End::ErrorAfter(_, message) => {
            let _ = frames.send(event(&error_body(500, &message))).await;
        }
        End::HangAfter(_) => {
            // Keep the body open, and silent, for as long as the connection lives.
            frames.closed().await;
        }
    }
}

/// OpenAI's error body for a status: `type` and `code` as OpenAI sets them.
fn error_body(status: u16, message: &str) -> Value {
    let (kind, code) = match status {
        401 => ("invalid_request_error", json!("invalid_api_key")),
        403 => ("invalid_request_error", json!("permission_denied")),
        404 => ("invalid_request_error", json!("model_not_found")),
        429 => ("requests", json!("rate_limit_exceeded")),
        500..=599 => ("server_error", Value::Null),
        _ => ("invalid_request_error", Value::Null),
    };
    json!({"error": {"message": message, "type": kind, "param": null, "code": code}})
}

fn json_response(status: StatusCode, body: &Value) -> Response<Body> {
    Response::builder()
        .status(status)
        .header(header::CONTENT_TYPE, "application/json")
        .body(
            Full::new(Bytes::from(body.to_string()))
                .map_err(|never| match never {})
                .boxed(),
        )
        .expect("a valid response")
}
