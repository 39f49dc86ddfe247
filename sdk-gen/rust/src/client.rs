use std::time::Duration;

use tonic::metadata::{Ascii, MetadataValue};
use tonic::service::Interceptor;
use tonic::service::interceptor::InterceptedService;
use tonic::transport::{Channel, ClientTlsConfig, Endpoint};

use crate::retry::{Retry, RetryPolicy};

/// What every generated client of a [`Client`] is built on: the channel,
/// with retries of idempotent calls, and the bearer token.
pub type Transport = InterceptedService<Retry<Channel>, Bearer>;

/// A connection to a Roundtable server that authenticates every call with
/// a bearer token. Cheap to clone; clones share the connection.
#[derive(Clone, Debug)]
pub struct Client {
    transport: Transport,
}

/// Why a [`Client`] could not be made.
#[derive(Debug, thiserror::Error)]
pub enum ConnectError {
    /// The base URL is not `http://host[:port]` or `https://host[:port]`.
    #[error("invalid base URL {url:?}: {why}")]
    InvalidUrl {
        /// The URL given.
        url: String,
        /// What is wrong with it.
        why: &'static str,
    },
    /// The token is empty or not printable ASCII without spaces.
    #[error("the token must be non-empty printable ASCII without spaces")]
    InvalidToken,
    /// The server could not be reached, or TLS could not be set up.
    #[error("cannot connect: {0}")]
    Transport(#[from] tonic::transport::Error),
}

impl Client {
    /// Connects to the server at `url`: `http://host:port` for plain-text
    /// HTTP/2 (h2c), or `https://host[:port]` for TLS checked against the
    /// Mozilla root certificates. `token` is an API key or a JWT, sent on
    /// every call (over plain text too: use `http://` only on a trusted
    /// network such as loopback).
    pub async fn connect(
        url: impl Into<String>,
        token: impl AsRef<str>,
    ) -> Result<Self, ConnectError> {
        Self::builder(url, token).connect().await
    }

    /// A builder, to choose the retry policy, TLS settings or timeouts.
    pub fn builder(url: impl Into<String>, token: impl AsRef<str>) -> ClientBuilder {
        ClientBuilder {
            url: url.into(),
            token: token.as_ref().to_owned(),
            retry: RetryPolicy::default(),
            tls: None,
            connect_timeout: Duration::from_secs(10),
        }
    }

    /// The transport to build any generated client on; see [`Client::service`].
    pub fn transport(&self) -> Transport {
        self.transport.clone()
    }

    /// Builds a generated client on this connection, e.g.
    /// `client.service(RoomServiceClient::new)`.
    pub fn service<C>(&self, make: impl FnOnce(Transport) -> C) -> C {
        make(self.transport())
    }
}

/// Builds a [`Client`]; from [`Client::builder`].
#[derive(Debug)]
pub struct ClientBuilder {
    url: String,
    token: String,
    retry: RetryPolicy,
    tls: Option<ClientTlsConfig>,
    connect_timeout: Duration,
}

impl ClientBuilder {
    /// Replaces the default [`RetryPolicy`]; [`RetryPolicy::disabled`]
    /// turns retries off.
    pub fn retry_policy(mut self, policy: RetryPolicy) -> Self {
        self.retry = policy;
        self
    }

    /// TLS settings for an `https://` URL (for example a private
    /// certificate authority) instead of the Mozilla roots.
    pub fn tls_config(mut self, config: ClientTlsConfig) -> Self {
        self.tls = Some(config);
        self
    }

    /// How long connecting may take (default 10 s).
    pub fn connect_timeout(mut self, timeout: Duration) -> Self {
        self.connect_timeout = timeout;
        self
    }

    /// Connects now; fails if the server cannot be reached.
    pub async fn connect(self) -> Result<Client, ConnectError> {
        let (endpoint, bearer, retry) = self.endpoint()?;
        let channel = endpoint.connect().await?;
        Ok(client(channel, bearer, retry))
    }

    /// Connects on the first call; a server that cannot be reached then
    /// fails that call with `UNAVAILABLE`.
    pub fn connect_lazy(self) -> Result<Client, ConnectError> {
        let (endpoint, bearer, retry) = self.endpoint()?;
        Ok(client(endpoint.connect_lazy(), bearer, retry))
    }

    fn endpoint(self) -> Result<(Endpoint, Bearer, RetryPolicy), ConnectError> {
        let invalid = |why| ConnectError::InvalidUrl {
            url: self.url.clone(),
            why,
        };
        let uri: http::Uri = self.url.parse().map_err(|_| invalid("not a URL"))?;
        let secure = match uri.scheme_str() {
            Some("http") => false,
            Some("https") => true,
            _ => return Err(invalid("it must start with http:// or https://")),
        };
        let authority = uri.authority().ok_or_else(|| invalid("it names no host"))?;
        if authority.host().is_empty() || authority.as_str().contains('@') {
            return Err(invalid("it must name a host, without user information"));
        }
        if !matches!(uri.path(), "" | "/") || uri.query().is_some() {
            return Err(invalid(
                "it must be scheme://host[:port] with nothing after it",
            ));
        }
        let bearer = Bearer::new(&self.token)?;
        let mut endpoint = Endpoint::from(uri).connect_timeout(self.connect_timeout);
        if secure {
            let tls = self
                .tls
                .unwrap_or_else(|| ClientTlsConfig::new().with_webpki_roots());
            endpoint = endpoint.tls_config(tls)?;
        }
        Ok((endpoint, bearer, self.retry))
    }
}

fn client(channel: Channel, bearer: Bearer, retry: RetryPolicy) -> Client {
    Client {
        transport: InterceptedService::new(Retry::new(channel, retry), bearer),
    }
}

/// Adds `authorization: Bearer <token>` to every call.
#[derive(Clone)]
pub struct Bearer {
    value: MetadataValue<Ascii>,
}

impl Bearer {
    /// The interceptor for a token (an API key or a JWT).
    pub fn new(token: &str) -> Result<Self, ConnectError> {
        if token.is_empty() || !token.bytes().all(|b| b.is_ascii_graphic()) {
            return Err(ConnectError::InvalidToken);
        }
        let mut value: MetadataValue<Ascii> = format!("Bearer {token}")
            .parse()
            .map_err(|_| ConnectError::InvalidToken)?;
        value.set_sensitive(true);
        Ok(Self { value })
    }
}

impl std::fmt::Debug for Bearer {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("Bearer(…)")
    }
}

impl Interceptor for Bearer {
    fn call(
        &mut self,
        mut request: tonic::Request<()>,
    ) -> Result<tonic::Request<()>, tonic::Status> {
        request
            .metadata_mut()
            .insert("authorization", self.value.clone());
        Ok(request)
    }
}
