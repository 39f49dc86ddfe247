//! The rules of Roundtable: who may do what, what a valid input is, and
//! what a change consists of. No transport types live here (no tonic, no
//! HTTP): the API layer translates, the domain decides, the store stores.

pub mod assist;
pub mod auth;
pub mod credits;
pub mod cursors;
pub mod error;
pub mod events;
pub mod input;
pub mod jwt;
pub mod messages;
pub mod metadata;
pub mod models;
pub mod paging;
pub mod replies;
pub mod replrs;
pub mod rooms;
pub mod sessions;
pub mod spaces;
pub mod users;

pub use error::{Error, Kind, Result};
use uuid::Uuid;

/// Who is calling, once authenticated.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Caller {
    pub user_id: Uuid,
    /// A server admin: creates users and manages everyone's API keys.
    pub is_admin: bool,
    pub scopes: Scopes,
    /// The API key the caller used; `None` for a JWT.
    pub key_id: Option<Uuid>,
    /// When the credential stops being valid, if it does: an API key's
    /// expiry, a JWT's `exp`. Open streams end then.
    pub valid_until: Option<chrono::DateTime<chrono::Utc>>,
}

impl Caller {
    /// The operator at the command line (`roundtable admin`), who acts as
    /// the system: a server admin with every scope, through the same
    /// domain calls (and checks) as an admin's RPCs. It is no user: its id
    /// is the nil UUID, which is what a credit grant it makes records as
    /// `granted_by`. Only the command line constructs it; no credential
    /// authenticates as it.
    pub const fn operator() -> Self {
        Caller {
            user_id: Uuid::nil(),
            is_admin: true,
            scopes: Scopes::ALL,
            key_id: None,
            valid_until: None,
        }
    }
}

/// What a credential may do.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Scopes {
    pub read: bool,
    pub write: bool,
    pub admin: bool,
}

/// One scope, for checks and storage.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Scope {
    Read,
    Write,
    Admin,
}

impl Scope {
    pub fn as_str(self) -> &'static str {
        match self {
            Scope::Read => "read",
            Scope::Write => "write",
            Scope::Admin => "admin",
        }
    }
}

impl Scopes {
    pub const ALL: Scopes = Scopes {
        read: true,
        write: true,
        admin: true,
    };

    pub fn has(self, scope: Scope) -> bool {
        match scope {
            Scope::Read => self.read,
            Scope::Write => self.write,
            Scope::Admin => self.admin,
        }
    }

    pub fn with(mut self, scope: Scope) -> Self {
        match scope {
            Scope::Read => self.read = true,
            Scope::Write => self.write = true,
            Scope::Admin => self.admin = true,
        }
        self
    }

    /// Parses the stored form, `read,write`.
    pub fn parse(stored: &str) -> Self {
        stored
            .split(',')
            .fold(Scopes::default(), |scopes, name| match name {
                "read" => scopes.with(Scope::Read),
                "write" => scopes.with(Scope::Write),
                "admin" => scopes.with(Scope::Admin),
                _ => scopes,
            })
    }

    pub fn list(self) -> Vec<Scope> {
        [Scope::Read, Scope::Write, Scope::Admin]
            .into_iter()
            .filter(|scope| self.has(*scope))
            .collect()
    }

    pub fn stored(self) -> String {
        self.list()
            .iter()
            .map(|scope| scope.as_str())
            .collect::<Vec<_>>()
            .join(",")
    }
}

/// A member's role in a space, strongest first.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum SpaceRole {
    Owner,
    Admin,
    Member,
    Viewer,
}

impl SpaceRole {
    pub fn as_str(self) -> &'static str {
        match self {
            SpaceRole::Owner => "owner",
            SpaceRole::Admin => "admin",
            SpaceRole::Member => "member",
            SpaceRole::Viewer => "viewer",
        }
    }

    pub fn parse(stored: &str) -> Self {
        match stored {
            "owner" => SpaceRole::Owner,
            "admin" => SpaceRole::Admin,
            "member" => SpaceRole::Member,
            _ => SpaceRole::Viewer,
        }
    }

    /// Owners and admins manage the space.
    pub fn manages(self) -> bool {
        self <= SpaceRole::Admin
    }

    /// Everyone but viewers writes.
    pub fn writes(self) -> bool {
        self != SpaceRole::Viewer
    }
}

/// A member's role in a room, strongest first.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum RoomRole {
    Owner,
    Admin,
    Member,
    Contributor,
}

impl RoomRole {
    pub fn as_str(self) -> &'static str {
        match self {
            RoomRole::Owner => "owner",
            RoomRole::Admin => "admin",
            RoomRole::Member => "member",
            RoomRole::Contributor => "contributor",
        }
    }

    pub fn parse(stored: &str) -> Self {
        match stored {
            "owner" => RoomRole::Owner,
            "admin" => RoomRole::Admin,
            "member" => RoomRole::Member,
            _ => RoomRole::Contributor,
        }
    }
}

/// Who can see a room.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Visibility {
    Public,
    Private,
}

impl Visibility {
    pub fn as_str(self) -> &'static str {
        match self {
            Visibility::Public => "public",
            Visibility::Private => "private",
        }
    }

    pub fn parse(stored: &str) -> Self {
        if stored == "private" {
            Visibility::Private
        } else {
            Visibility::Public
        }
    }
}

/// The current time as stored: PostgreSQL keeps microseconds, so every
/// stored time is cut to microseconds, and what a write returns equals what
/// a later read returns on either database.
pub fn now() -> chrono::DateTime<chrono::Utc> {
    stored_time(chrono::Utc::now())
}

/// A time as it will be stored (microsecond precision).
pub fn stored_time(at: chrono::DateTime<chrono::Utc>) -> chrono::DateTime<chrono::Utc> {
    use chrono::SubsecRound;
    at.trunc_subsecs(6)
}

/// A fresh, time-ordered id.
pub fn new_id() -> Uuid {
    Uuid::now_v7()
}
