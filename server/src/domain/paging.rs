//! Page sizes and opaque page tokens.
//!
//! A token is bound to the list that issued it: the RPC, its container
//! (room, space, session...), its filters and its order. The caller names
//! that list when it reads a page request; a token from another list is
//! `INVALID_PAGE_TOKEN`, never a page of the wrong thing.

use base64::{Engine, engine::general_purpose::URL_SAFE_NO_PAD};
use sha2::{Digest, Sha256};
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
    /// Which list the tokens of this request belong to.
    list: ListId,
}

/// The first bytes of the SHA-256 of a list's name.
type ListId = [u8; 8];

fn list_id(list: &str) -> ListId {
    let digest = Sha256::digest(list.as_bytes());
    let mut id = [0; 8];
    id.copy_from_slice(&digest[..8]);
    id
}

impl PageRequest {
    /// 0 means the default; above the maximum is lowered to it (AIP-158);
    /// negative is an error. `list` names the list with everything that
    /// changes what it holds or its order (e.g. `ListMessages <room>
    /// newest`): the token must come from the same list.
    pub fn new(page_size: i32, page_token: &str, list: &str) -> Result<Self> {
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
        let list = list_id(list);
        Ok(Self {
            size,
            cursor: decode(page_token, list)?,
            list,
        })
    }

    /// The token for the page after a key, or empty when no page follows.
    pub fn next_key_token(&self, more: bool, last: Option<Uuid>) -> String {
        match (more, last) {
            (true, Some(id)) => encode(self.list, Cursor::Key(id)),
            _ => String::new(),
        }
    }

    /// The token for the page after `taken` more rows, or empty.
    pub fn next_offset_token(&self, more: bool, offset: u64, taken: usize) -> String {
        if more {
            encode(self.list, Cursor::Offset(offset + taken as u64))
        } else {
            String::new()
        }
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

/// `k2:<list>:<id>` or `o2:<list>:<offset>`, the list in hex, in
/// URL-safe base64.
fn encode(list: ListId, cursor: Cursor) -> String {
    let list = hex::encode(list);
    let plain = match cursor {
        Cursor::Key(id) => format!("k2:{list}:{id}"),
        Cursor::Offset(offset) => format!("o2:{list}:{offset}"),
    };
    URL_SAFE_NO_PAD.encode(plain)
}

fn decode(token: &str, list: ListId) -> Result<Option<Cursor>> {
    if token.is_empty() {
        return Ok(None);
    }
    // No token of ours is this long; do not decode a megabyte to say so.
    if token.len() > 256 {
        return Err(bad_token());
    }
    let plain = URL_SAFE_NO_PAD
        .decode(token)
        .ok()
        .and_then(|bytes| String::from_utf8(bytes).ok())
        .ok_or_else(bad_token)?;
    let mut parts = plain.splitn(3, ':');
    let (kind, issued_by, value) = (parts.next(), parts.next(), parts.next());
    if issued_by != Some(hex::encode(list).as_str()) {
        return Err(bad_token());
    }
    let cursor = match (kind, value) {
        (Some("k2"), Some(id)) => Uuid::try_parse(id).ok().map(Cursor::Key),
        (Some("o2"), Some(offset)) => offset.parse().ok().map(Cursor::Offset),
        _ => None,
    };
    cursor.map(Some).ok_or_else(bad_token)
}

fn bad_token() -> Error {
    Error::invalid(
        "page_token",
        "INVALID_PAGE_TOKEN",
        "not a token from a previous response of this list (with the same \
         container, filters and order)",
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_token_round_trips_in_its_own_list_only() {
        let id = Uuid::now_v7();
        let first = PageRequest::new(10, "", "ListMessages a newest").unwrap();
        let token = first.next_key_token(true, Some(id));
        let next = PageRequest::new(10, &token, "ListMessages a newest").unwrap();
        assert_eq!(next.after_key().unwrap(), Some(id));
        assert!(PageRequest::new(10, &token, "ListMessages a oldest").is_err());
        assert!(PageRequest::new(10, &token, "ListMessages b newest").is_err());
        let offset = first.next_offset_token(true, 40, 10);
        assert_eq!(
            PageRequest::new(10, &offset, "ListMessages a newest")
                .unwrap()
                .offset()
                .unwrap(),
            50
        );
    }

    #[test]
    fn page_size_defaults_and_clamps() {
        assert_eq!(PageRequest::new(0, "", "l").unwrap().size, 50);
        assert_eq!(PageRequest::new(500, "", "l").unwrap().size, 200);
        assert!(PageRequest::new(-1, "", "l").is_err());
        assert!(PageRequest::new(10, "garbage!", "l").is_err());
    }
}
