//! Event cursors: opaque, authenticated resume tokens for a position in
//! the event log.
//!
//! An event's id is a global counter, so a cursor that showed it would tell
//! every subscriber how busy the whole server is. A cursor is instead the
//! id encrypted with AES-128 under a key the deployment makes once and
//! keeps in its database (`server_secrets`), so every replica and restart
//! reads the same cursors: one block of a fixed tag and the id, in
//! URL-safe base64 (22 characters). Decrypting a forged or damaged cursor
//! does not reproduce the tag, and it is refused (`INVALID_CURSOR`).

use aes::{
    Aes128, Block,
    cipher::{BlockDecrypt, BlockEncrypt, KeyInit},
};
use base64::{Engine, engine::general_purpose::URL_SAFE_NO_PAD};
use rand::RngCore;

use super::{Error, Result};
use crate::store::{Store, secrets};

/// The secret's name in `server_secrets`.
const KEY_NAME: &str = "event_cursor_key";
/// The first half of every plain cursor block; also its version.
const TAG: [u8; 8] = *b"rt.evt.1";

/// Encodes and decodes the cursors of one deployment.
#[derive(Clone)]
pub struct Cursors {
    cipher: Aes128,
}

impl Cursors {
    /// The deployment's cursors, making its key on the first start.
    pub async fn load(store: &Store) -> Result<Self> {
        let key = secrets::get_or_create(store, KEY_NAME, || {
            let mut key = vec![0; 16];
            rand::rng().fill_bytes(&mut key);
            key
        })
        .await?;
        if key.len() != 16 {
            return Err(Error::Storage(sea_orm::DbErr::Custom(format!(
                "the stored {KEY_NAME} is {} bytes, not 16",
                key.len()
            ))));
        }
        Ok(Self::with_key(&key))
    }

    fn with_key(key: &[u8]) -> Self {
        Self {
            cipher: Aes128::new_from_slice(key).expect("an AES-128 key is 16 bytes"),
        }
    }

    /// The cursor of the event with id `id`.
    pub fn encode(&self, id: i64) -> String {
        let mut block = [0u8; 16];
        block[..8].copy_from_slice(&TAG);
        block[8..].copy_from_slice(&id.to_be_bytes());
        let mut block = Block::from(block);
        self.cipher.encrypt_block(&mut block);
        URL_SAFE_NO_PAD.encode(block)
    }

    /// The event id a cursor stands for; empty is "from now". Cursors of
    /// the plain form earlier versions issued (`e1:<id>` in base64) are
    /// still accepted, so clients that kept one resume after an upgrade.
    pub fn decode(&self, token: &str) -> Result<Option<i64>> {
        if token.is_empty() {
            return Ok(None);
        }
        let invalid = || {
            Error::invalid(
                "cursor",
                "INVALID_CURSOR",
                "not a cursor from an event of this server",
            )
        };
        if token.len() > 64 {
            return Err(invalid());
        }
        // Padding is optional on input, as clients re-encode cursors differently.
        let bytes = URL_SAFE_NO_PAD
            .decode(token.trim_end_matches('='))
            .map_err(|_| invalid())?;
        if let Some(id) = legacy(&bytes) {
            return Ok(Some(id));
        }
        let block: [u8; 16] = bytes.try_into().map_err(|_| invalid())?;
        let mut block = Block::from(block);
        self.cipher.decrypt_block(&mut block);
        if block[..8] != TAG {
            return Err(invalid());
        }
        let id = i64::from_be_bytes(block[8..].try_into().map_err(|_| invalid())?);
        if id < 0 {
            return Err(invalid());
        }
        Ok(Some(id))
    }
}

/// `e1:<id>`, the plain cursor of earlier versions.
fn legacy(bytes: &[u8]) -> Option<i64> {
    std::str::from_utf8(bytes)
        .ok()?
        .strip_prefix("e1:")?
        .parse::<i64>()
        .ok()
        .filter(|id| *id >= 0)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cursors_round_trip_and_hide_the_id() {
        let cursors = Cursors::with_key(&[7; 16]);
        let (one, two) = (cursors.encode(41), cursors.encode(42));
        assert_eq!(cursors.decode(&one).unwrap(), Some(41));
        assert_eq!(cursors.decode(&two).unwrap(), Some(42));
        assert_eq!(one.len(), 22);
        // Neighbouring ids share nothing visible.
        let same = one.bytes().zip(two.bytes()).filter(|(a, b)| a == b).count();
        assert!(same < 6, "{one} {two}");
        assert_eq!(cursors.decode("").unwrap(), None);
    }

    #[test]
    fn forged_or_foreign_cursors_are_refused() {
        let cursors = Cursors::with_key(&[7; 16]);
        let other = Cursors::with_key(&[8; 16]);
        assert!(other.decode(&cursors.encode(41)).is_err());
        let mut forged = cursors.encode(41).into_bytes();
        forged[3] = if forged[3] == b'A' { b'B' } else { b'A' };
        assert!(cursors.decode(&String::from_utf8(forged).unwrap()).is_err());
        assert!(cursors.decode("not a cursor").is_err());
        assert!(cursors.decode(&"A".repeat(10_000)).is_err());
    }

    #[test]
    fn cursors_of_earlier_versions_still_resume() {
        let cursors = Cursors::with_key(&[7; 16]);
        let legacy = URL_SAFE_NO_PAD.encode("e1:1234");
        assert_eq!(cursors.decode(&legacy).unwrap(), Some(1234));
        assert!(cursors.decode(&URL_SAFE_NO_PAD.encode("e1:-5")).is_err());
    }
}
