use std::time::Duration;

use bytes::Bytes;
use futures::{Stream, StreamExt, stream};
use tonic::body::Body;
use tonic::client::GrpcService;
use tonic::codegen::StdError;
use tonic::{Code, IntoRequest, Status, Streaming};

use crate::client::Client;
use crate::retry::jitter;
use crate::v1::event_service_client::EventServiceClient;
use crate::v1::message_service_client::MessageServiceClient;
use crate::v1::send_message_stream_response::Kind;
use crate::v1::{Event, SendMessageStreamRequest, SubscribeRequest, SubscribeResponse, event};

/// How long [`Client::subscribe_resuming`] waits before resubscribing: from
/// `RESUME_INITIAL_BACKOFF`, doubling after each attempt that delivered
/// nothing, up to `RESUME_MAX_BACKOFF`.
const RESUME_INITIAL_BACKOFF: Duration = Duration::from_millis(100);
const RESUME_MAX_BACKOFF: Duration = Duration::from_secs(5);

impl Client {
    /// Sends a message (`MessageService.SendMessageStream`) and streams
    /// what follows from it: the stored message first, then for each reply
    /// it started its `ReplyStarted`, every `ReplyDelta` and its
    /// `ReplyFinished`. The stream ends when the server ends it; dropping
    /// it cancels the call (the replies go on on the server).
    pub async fn send_message_stream(
        &self,
        request: impl IntoRequest<SendMessageStreamRequest>,
    ) -> Result<impl Stream<Item = Result<Kind, Status>> + Send + 'static, Status> {
        let items = self
            .service(MessageServiceClient::new)
            .send_message_stream(request)
            .await?
            .into_inner();
        // An item whose kind this client does not know (from a newer
        // server) is skipped.
        Ok(items.filter_map(|item| async move { item.map(|item| item.kind).transpose() }))
    }

    /// Streams events (`EventService.Subscribe`) until the server ends the
    /// stream or it fails; dropping it cancels the call. For a subscription
    /// that survives broken connections, see [`Client::subscribe_resuming`].
    pub async fn subscribe(
        &self,
        request: impl IntoRequest<SubscribeRequest>,
    ) -> Result<impl Stream<Item = Result<Event, Status>> + Send + 'static, Status> {
        let responses = self
            .service(EventServiceClient::new)
            .subscribe(request)
            .await?
            .into_inner();
        Ok(events(responses))
    }

    /// [`Client::subscribe`] that keeps going: it remembers the cursor of
    /// the last event it yielded and, when the stream breaks
    /// (`UNAVAILABLE`, the server ending the stream, or a `resync_required`
    /// event, which it does not yield), subscribes again from that cursor,
    /// so the caller sees every stored event once and in order. Each new
    /// subscription yields its own `subscribed` event after its replay. It
    /// waits between attempts (from 100 ms, doubling, at most 5 s) and ends
    /// only when dropped, or after yielding another error (such as
    /// `PERMISSION_DENIED`).
    pub fn subscribe_resuming(
        &self,
        request: SubscribeRequest,
    ) -> impl Stream<Item = Result<Event, Status>> + Send + 'static {
        resuming(self.service(EventServiceClient::new), request)
    }
}

/// The stream of [`Client::subscribe_resuming`], on any transport.
fn resuming<T>(
    events: EventServiceClient<T>,
    request: SubscribeRequest,
) -> impl Stream<Item = Result<Event, Status>> + Send + 'static
where
    T: GrpcService<Body> + Send + 'static,
    T::Future: Send,
    T::Error: Into<StdError>,
    T::ResponseBody: http_body::Body<Data = Bytes> + Send + 'static,
    <T::ResponseBody as http_body::Body>::Error: Into<StdError> + Send,
{
    let state = Resuming {
        events,
        cursor: request.cursor.clone(),
        request,
        current: None,
        backoff: RESUME_INITIAL_BACKOFF,
        done: false,
    };
    stream::unfold(state, |mut state| async move {
        let item = state.next().await?;
        Some((item, state))
    })
}

fn events(responses: Streaming<SubscribeResponse>) -> impl Stream<Item = Result<Event, Status>> {
    responses.filter_map(|response| async move { response.map(|r| r.event).transpose() })
}

struct Resuming<T> {
    events: EventServiceClient<T>,
    request: SubscribeRequest,
    cursor: String,
    current: Option<Streaming<SubscribeResponse>>,
    backoff: Duration,
    done: bool,
}

impl<T> Resuming<T>
where
    T: GrpcService<Body>,
    T::Error: Into<StdError>,
    T::ResponseBody: http_body::Body<Data = Bytes> + Send + 'static,
    <T::ResponseBody as http_body::Body>::Error: Into<StdError> + Send,
{
    async fn next(&mut self) -> Option<Result<Event, Status>> {
        while !self.done {
            let Some(current) = self.current.as_mut() else {
                let request = SubscribeRequest {
                    cursor: self.cursor.clone(),
                    ..self.request.clone()
                };
                match self.events.subscribe(request).await {
                    Ok(response) => self.current = Some(response.into_inner()),
                    Err(status) if status.code() == Code::Unavailable => self.pause().await,
                    Err(status) => return self.fail(status),
                }
                continue;
            };
            match current.message().await {
                Ok(Some(SubscribeResponse { event: Some(event) })) => {
                    if matches!(event.kind, Some(event::Kind::ResyncRequired(_))) {
                        if !event.cursor.is_empty() {
                            self.cursor = event.cursor;
                        }
                        self.current = None;
                        self.pause().await;
                        continue;
                    }
                    if !event.cursor.is_empty() {
                        self.cursor.clone_from(&event.cursor);
                    }
                    self.backoff = RESUME_INITIAL_BACKOFF;
                    return Some(Ok(event));
                }
                Ok(Some(SubscribeResponse { event: None })) => {}
                Ok(None) => {
                    self.current = None;
                    self.pause().await;
                }
                Err(status) if status.code() == Code::Unavailable => {
                    self.current = None;
                    self.pause().await;
                }
                Err(status) => return self.fail(status),
            }
        }
        None
    }

    async fn pause(&mut self) {
        tokio::time::sleep(jitter(self.backoff)).await;
        self.backoff = (self.backoff * 2).min(RESUME_MAX_BACKOFF);
    }

    fn fail(&mut self, status: Status) -> Option<Result<Event, Status>> {
        self.done = true;
        self.current = None;
        Some(Err(status))
    }
}

#[cfg(test)]
mod tests {
    use std::collections::VecDeque;
    use std::future::Future;
    use std::pin::Pin;
    use std::sync::{Arc, Mutex};
    use std::task::{Context, Poll};

    use http_body::Frame;
    use http_body_util::{BodyExt, StreamBody};
    use prost::Message as _;

    use super::*;
    use crate::v1::{Message, ResyncRequired, event::Kind as EventKind};

    /// The events one subscription sends, and the code it ends with.
    type Script = (Vec<Event>, Code);

    /// Serves scripted subscriptions over raw HTTP: each call gets the next
    /// script's events, then a `grpc-status` trailer with its code. Records
    /// the cursor of every request.
    #[derive(Clone, Default)]
    struct FakeEvents {
        scripts: Arc<Mutex<VecDeque<Script>>>,
        cursors: Arc<Mutex<Vec<String>>>,
    }

    fn frame(message: &impl prost::Message) -> Bytes {
        let encoded = message.encode_to_vec();
        let mut framed = vec![0u8];
        framed.extend_from_slice(&(encoded.len() as u32).to_be_bytes());
        framed.extend_from_slice(&encoded);
        framed.into()
    }

    impl tower::Service<http::Request<Body>> for FakeEvents {
        type Response = http::Response<Body>;
        type Error = StdError;
        type Future = Pin<Box<dyn Future<Output = Result<Self::Response, StdError>> + Send>>;

        fn poll_ready(&mut self, _: &mut Context<'_>) -> Poll<Result<(), StdError>> {
            Poll::Ready(Ok(()))
        }

        fn call(&mut self, request: http::Request<Body>) -> Self::Future {
            let this = self.clone();
            Box::pin(async move {
                let sent = request.into_body().collect().await?.to_bytes();
                let request = SubscribeRequest::decode(&sent[5..])?;
                this.cursors.lock().unwrap().push(request.cursor);
                let (events, code) = this
                    .scripts
                    .lock()
                    .unwrap()
                    .pop_front()
                    .expect("no more subscriptions were scripted");
                let mut frames: Vec<Result<Frame<Bytes>, std::convert::Infallible>> = events
                    .into_iter()
                    .map(|event| {
                        Ok(Frame::data(frame(&SubscribeResponse {
                            event: Some(event),
                        })))
                    })
                    .collect();
                let mut trailers = http::HeaderMap::new();
                trailers.insert("grpc-status", (code as i32).to_string().parse().unwrap());
                frames.push(Ok(Frame::trailers(trailers)));
                let mut response =
                    http::Response::new(Body::new(StreamBody::new(stream::iter(frames))));
                response
                    .headers_mut()
                    .insert("content-type", "application/grpc".parse().unwrap());
                Ok(response)
            })
        }
    }

    fn message(cursor: &str, text: &str) -> Event {
        Event {
            cursor: cursor.into(),
            kind: Some(EventKind::MessageCreated(Message {
                text: text.into(),
                ..Default::default()
            })),
            ..Default::default()
        }
    }

    #[tokio::test]
    async fn subscribe_resuming_resubscribes_from_the_last_cursor() {
        let fake = FakeEvents::default();
        let resync = Event {
            cursor: "c3".into(),
            kind: Some(EventKind::ResyncRequired(ResyncRequired {})),
            ..Default::default()
        };
        fake.scripts.lock().unwrap().extend([
            (
                vec![message("c1", "a"), message("c2", "b")],
                Code::Unavailable,
            ),
            (vec![message("c3", "c"), resync], Code::Ok),
            (vec![message("c4", "d")], Code::Ok),
            (vec![message("c5", "e")], Code::PermissionDenied),
        ]);
        let client = EventServiceClient::with_origin(fake.clone(), "http://fake".parse().unwrap());
        let request = SubscribeRequest {
            room_ids: vec!["r".into()],
            cursor: "c0".into(),
            ..Default::default()
        };
        let items: Vec<_> = resuming(client, request).collect().await;
        let (texts, errors): (Vec<_>, Vec<_>) = items.into_iter().partition(Result::is_ok);
        let texts: Vec<String> = texts
            .into_iter()
            .map(|event| match event.unwrap().kind {
                Some(EventKind::MessageCreated(m)) => m.text,
                other => panic!("unexpected event {other:?}"),
            })
            .collect();
        assert_eq!(texts, ["a", "b", "c", "d", "e"]);
        assert_eq!(errors.len(), 1);
        assert_eq!(
            errors[0].as_ref().unwrap_err().code(),
            Code::PermissionDenied
        );
        assert_eq!(*fake.cursors.lock().unwrap(), ["c0", "c2", "c3", "c4"]);
    }
}
