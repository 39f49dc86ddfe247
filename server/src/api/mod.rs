//! The gRPC services: authenticate the caller, turn the request into domain
//! input, call the domain, turn the answer into the response. Nothing else:
//! rules live in the domain, errors are mapped once in `status`.

mod convert;
mod credits;
mod events;
pub mod limits;
mod messages;
mod models;
mod replrs;
mod rooms;
mod sessions;
mod spaces;
pub mod status;
mod users;

use std::pin::Pin;

use futures::{Stream, StreamExt};
use tonic::{Request, Status};

use crate::domain::{Caller, Error, Scope, auth::Authenticator};
use limits::{Limits, StreamPermit};

pub use credits::CreditApi;
pub use events::EventApi;
pub use messages::MessageApi;
pub use models::ModelApi;
pub use replrs::ReplrApi;
pub use rooms::RoomApi;
pub use sessions::{AssistApi, SessionApi};
pub use spaces::SpaceApi;
pub use users::UserApi;

/// The requests of the RPCs that answer without credentials: the read-only
/// views of a session by its public link, which is the secret. Every other
/// RPC starts with [`Auth::caller`]; implementing this trait is the one way
/// to let an RPC skip it, so every such RPC is listed here.
pub trait Anonymous {}

impl Anonymous for crate::proto::v1::GetSharedSessionRequest {}
impl Anonymous for crate::proto::v1::ListSharedSessionMessagesRequest {}

/// The gRPC paths of the RPCs whose requests are [`Anonymous`], for the
/// OpenAPI document (which says they need no credentials).
pub const ANONYMOUS_RPCS: &[&str] = &[
    "/roundtable.v1.SessionService/GetSharedSession",
    "/roundtable.v1.SessionService/ListSharedSessionMessages",
];

/// Reads the bearer credential of a request and checks its scope.
#[derive(Clone)]
pub struct Auth {
    authenticator: Authenticator,
    limits: Limits,
}

impl Auth {
    pub fn new(authenticator: Authenticator, limits: Limits) -> Self {
        Self {
            authenticator,
            limits,
        }
    }

    pub fn authenticator(&self) -> &Authenticator {
        &self.authenticator
    }

    /// Lets an RPC listed by [`Anonymous`] go on without a caller, within
    /// its client address's read budget. Any credential sent anyway is not
    /// looked at: a revoked key does not lock anyone out of what the link
    /// shows everyone.
    pub fn anonymous<T: Anonymous>(&self, request: &Request<T>) -> Result<(), Status> {
        self.limits
            .check_ip(limits::Class::Read, client_ip(request))
    }

    /// A place for one more open stream of the caller (at most
    /// `limits.streams_per_user`), to hold for as long as the stream runs.
    /// Taken before the RPC changes anything.
    pub fn stream_permit(&self, caller: &Caller) -> Result<StreamPermit, Status> {
        self.limits.open_stream(caller.user_id)
    }

    /// `stream`, ended early when `caller`'s credential stops being valid
    /// (its key revoked or expired, its JWT expired): the client gets
    /// UNAUTHENTICATED as the last item.
    pub fn until_invalidated<T: Send + 'static>(
        &self,
        caller: &Caller,
        permit: StreamPermit,
        stream: impl Stream<Item = Result<T, Status>> + Send + 'static,
    ) -> Pin<Box<dyn Stream<Item = Result<T, Status>> + Send>> {
        enum Step<T> {
            Item(Result<T, Status>),
            Invalidated,
            End,
        }
        let invalidated = self.authenticator.invalidated(caller);
        let items = stream
            .map(Step::Item)
            .chain(futures::stream::once(async { Step::End }));
        let invalidated = futures::stream::once(invalidated).map(|()| Step::Invalidated);
        let merged = futures::stream::select(items, invalidated);
        // The permit lives in the stream's state: dropped with the stream.
        Box::pin(merged.scan((false, permit), |(ended, _permit), step| {
            let next = match step {
                _ if *ended => None,
                Step::Item(item) => Some(item),
                Step::Invalidated => {
                    *ended = true;
                    Some(Err(Status::from(Error::Unauthenticated(
                        "the credential of this stream was revoked or has expired",
                    ))))
                }
                Step::End => None,
            };
            futures::future::ready(next)
        }))
    }

    /// The authenticated caller, if their credential carries `scope` and
    /// neither their address nor their credential is over its rate limit
    /// for the RPC's class (read, write or AI work).
    pub async fn caller<T>(&self, request: &Request<T>, scope: Scope) -> Result<Caller, Status> {
        let class = match scope {
            Scope::Read => limits::Class::Read,
            Scope::Write | Scope::Admin => limits::Class::Write,
        };
        self.limited_caller(request, scope, class).await
    }

    /// The caller of an RPC that always starts AI work (an answer, a
    /// summary, a translation...): the WRITE scope, and the AI budgets.
    pub async fn ai_caller<T>(&self, request: &Request<T>) -> Result<Caller, Status> {
        self.limited_caller(request, Scope::Write, limits::Class::Ai)
            .await
    }

    async fn limited_caller<T>(
        &self,
        request: &Request<T>,
        scope: Scope,
        class: limits::Class,
    ) -> Result<Caller, Status> {
        self.limits.check_ip(class, client_ip(request))?;
        let caller = self.authenticate(request, scope).await?;
        self.limits
            .check_credential(class, caller.key_id.unwrap_or(caller.user_id))?;
        Ok(caller)
    }

    async fn authenticate<T>(&self, request: &Request<T>, scope: Scope) -> Result<Caller, Status> {
        let header = request
            .metadata()
            .get("authorization")
            .ok_or(Error::Unauthenticated(
                "missing authorization: send `Authorization: Bearer <credential>`",
            ))?;
        let credential = header
            .to_str()
            .ok()
            .and_then(|value| {
                let (scheme, credential) = value.split_once(' ')?;
                scheme
                    .eq_ignore_ascii_case("bearer")
                    .then(|| credential.trim())
            })
            .filter(|credential| !credential.is_empty())
            .ok_or(Error::Unauthenticated(
                "the authorization header must be `Bearer <credential>`",
            ))?;
        let caller = self.authenticator.authenticate(credential).await?;
        if scope == Scope::Admin && !caller.is_admin {
            return Err(Error::denied("only server admins may do this").into());
        }
        if !caller.scopes.has(scope) {
            return Err(Error::PermissionDenied {
                reason: "API_KEY_SCOPE_MISSING",
                message: format!(
                    "this credential lacks the {} scope",
                    scope.as_str().to_uppercase()
                ),
            }
            .into());
        }
        Ok(caller)
    }
}

/// The client's address: the TCP peer, which the REST gateway passes on to
/// the gRPC call it makes.
fn client_ip<T>(request: &Request<T>) -> Option<std::net::IpAddr> {
    request.remote_addr().map(|addr| addr.ip())
}
