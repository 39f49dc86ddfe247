//! The gRPC services: authenticate the caller, turn the request into domain
//! input, call the domain, turn the answer into the response. Nothing else:
//! rules live in the domain, errors are mapped once in `status`.

mod convert;
mod credits;
mod events;
mod messages;
mod models;
mod replrs;
mod rooms;
mod sessions;
mod spaces;
pub mod status;
mod users;

use tonic::{Request, Status};

use crate::domain::{Caller, Error, Scope, auth::Authenticator};

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
}

impl Auth {
    pub fn new(authenticator: Authenticator) -> Self {
        Self { authenticator }
    }

    pub fn authenticator(&self) -> &Authenticator {
        &self.authenticator
    }

    /// Lets an RPC listed by [`Anonymous`] go on without a caller. Any
    /// credential sent anyway is not looked at: a revoked key does not lock
    /// anyone out of what the link shows everyone.
    pub fn anonymous<T: Anonymous>(&self, _request: &Request<T>) {}

    /// The authenticated caller, if their credential carries `scope`.
    pub async fn caller<T>(&self, request: &Request<T>, scope: Scope) -> Result<Caller, Status> {
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
