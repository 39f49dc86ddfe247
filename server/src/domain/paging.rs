//! Page sizes and opaque page tokens.

use base64::{Engine, engine::general_purpose::URL_SAFE_NO_PAD};
use uuid::Uuid;

use super::{Error, Result};

pub const DEFAULT_PAGE_SIZE: u64 = 50;
pub const MAX_PAGE_SIZE: u64 = 200;

/// Where the next page starts.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Cursor {
    /// After (or, newest first, before) this id.
    Key(Uuid),
    /// After this many rows; for short lists ordered by something else than an id.
    Offset(u64),
}

/// A validated page request.
#[derive(Debug, Clone, Copy)]
pub struct PageRequest {
    pub size: u64,
    pub cursor: Option<Cursor>,
}

impl PageRequest {
    /// 0 means the default; above the maximum is lowered to it (AIP-158);
    /// negative is an error.
    pub fn new(page_size: i32, page_token: &str) -> Result<Self> {
        let size = match page_size {
            0 => DEFAULT_PAGE_SIZE,
            n if n < 0 => {
                return Err(Error::invalid(
                    "page_size",
                    "INVALID_PAGE_SIZE",
                    "must not be negative",
                ));
            }
            n => (n as u64).min(MAX_PAGE_SIZE),
        };
        Ok(Self {
            size,
            cursor: decode(page_token)?,
        })
    }

    pub fn after_key(&self) -> Result<Option<Uuid>> {
        match self.cursor {
            None => Ok(None),
            Some(Cursor::Key(id)) => Ok(Some(id)),
            Some(Cursor::Offset(_)) => Err(bad_token()),
        }
    }

    pub fn offset(&self) -> Result<u64> {
        match self.cursor {
            None => Ok(0),
            Some(Cursor::Offset(offset)) => Ok(offset),
            Some(Cursor::Key(_)) => Err(bad_token()),
        }
    }
}

/// The token for the page after a key, or empty when no page follows.
pub fn next_key_token(more: bool, last: Option<Uuid>) -> String {
    match (more, last) {
        (true, Some(id)) => encode(Cursor::Key(id)),
        _ => String::new(),
    }
}

pub fn next_offset_token(more: bool, offset: u64, taken: usize) -> String {
    if more {
        encode(Cursor::Offset(offset + taken as u64))
    } else {
        String::new()
    }
}

fn encode(cursor: Cursor) -> String {
    let plain = match cursor {
        Cursor::Key(id) => format!("k1:{id}"),
        Cursor::Offset(offset) => format!("o1:{offset}"),
    };
    URL_SAFE_NO_PAD.encode(plain)
}

fn decode(token: &str) -> Result<Option<Cursor>> {
    if token.is_empty() {
        return Ok(None);
    }
    let plain = URL_SAFE_NO_PAD
        .decode(token)
        .ok()
        .and_then(|bytes| String::from_utf8(bytes).ok())
        .ok_or_else(bad_token)?;
    let cursor = match plain.split_once(':') {
        Some(("k1", id)) => Uuid::parse_str(id).ok().map(Cursor::Key),
        Some(("o1", offset)) => offset.parse().ok().map(Cursor::Offset),
        _ => None,
    };
    cursor.map(Some).ok_or_else(bad_token)
}

fn bad_token() -> Error {
    Error::invalid(
        "page_token",
        "INVALID_PAGE_TOKEN",
        "not a token from a previous response of this list",
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_token_round_trips() {
        let id = Uuid::now_v7();
        let token = next_key_token(true, Some(id));
        assert_eq!(
            PageRequest::new(10, &token).unwrap().after_key().unwrap(),
            Some(id)
        );
    }

    #[test]
    fn page_size_defaults_and_clamps() {
        assert_eq!(PageRequest::new(0, "").unwrap().size, 50);
        assert_eq!(PageRequest::new(500, "").unwrap().size, 200);
        assert!(PageRequest::new(-1, "").is_err());
        assert!(PageRequest::new(10, "garbage!").is_err());
    }
}
