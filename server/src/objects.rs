//! Where files' bytes live: an object store through the `object_store`
//! crate, the local filesystem by default and S3-compatible storage when
//! configured. Bytes travel as streams: an upload is written part by part
//! (a multipart upload), hashed and counted on the way, and never held
//! whole in memory; a failed or oversized upload is aborted and leaves
//! nothing behind.
//!
//! Not yet wired to an API: the files issue builds uploads on it.

use std::{ops::Range, path::PathBuf, sync::Arc};

use bytes::Bytes;
use futures::{Stream, StreamExt};
use object_store::{
    ObjectStore, PutPayload, WriteMultipart, aws::AmazonS3Builder, local::LocalFileSystem,
    path::Path,
};
use sha2::{Digest, Sha256};

use crate::media::SNIFF_BYTES;

/// Where an object store keeps its objects.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Storage {
    /// A folder of the local filesystem (created if missing).
    Local { root: PathBuf },
    /// An S3-compatible service.
    S3(S3),
}

/// An S3-compatible bucket.
#[derive(Clone, PartialEq, Eq)]
pub struct S3 {
    /// e.g. `https://s3.eu-west-1.amazonaws.com` or `http://127.0.0.1:8333`.
    pub endpoint: String,
    pub bucket: String,
    pub region: String,
    pub access_key_id: String,
    pub secret_access_key: String,
    /// `endpoint/bucket/key` rather than `bucket.endpoint/key`, as most
    /// self-hosted services want.
    pub path_style: bool,
}

impl std::fmt::Debug for S3 {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("S3")
            .field("endpoint", &self.endpoint)
            .field("bucket", &self.bucket)
            .field("region", &self.region)
            .field("access_key_id", &self.access_key_id)
            .field("secret_access_key", &"***")
            .field("path_style", &self.path_style)
            .finish()
    }
}

/// Bytes of each part of a multipart upload (S3's minimum is 5 MiB).
const PART_BYTES: usize = 5 * 1024 * 1024;
/// Parts in flight at once, per upload: with `PART_BYTES`, what an upload
/// holds in memory at most.
const PARTS_IN_FLIGHT: usize = 2;

/// What an upload wrote.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Written {
    pub size: u64,
    pub sha256: [u8; 32],
    /// The first bytes (up to `media::SNIFF_BYTES`), to tell its type.
    pub head: Vec<u8>,
}

/// Why an upload was not stored (nothing of it is left).
#[derive(Debug, thiserror::Error)]
pub enum WriteError {
    #[error("the file is larger than {limit} bytes")]
    TooLarge { limit: u64 },
    #[error("the upload failed: {0}")]
    Body(String),
    #[error("the object store failed: {0}")]
    Store(#[from] object_store::Error),
}

/// Handle to the object store. Cheap to clone.
#[derive(Clone, Debug)]
pub struct Objects {
    store: Arc<dyn ObjectStore>,
}

impl Objects {
    pub fn open(storage: &Storage) -> Result<Self, object_store::Error> {
        let store: Arc<dyn ObjectStore> = match storage {
            Storage::Local { root } => {
                std::fs::create_dir_all(root).map_err(|e| object_store::Error::Generic {
                    store: "local",
                    source: Box::new(e),
                })?;
                Arc::new(LocalFileSystem::new_with_prefix(root)?)
            }
            Storage::S3(s3) => Arc::new(
                AmazonS3Builder::new()
                    .with_endpoint(&s3.endpoint)
                    .with_bucket_name(&s3.bucket)
                    .with_region(&s3.region)
                    .with_access_key_id(&s3.access_key_id)
                    .with_secret_access_key(&s3.secret_access_key)
                    .with_virtual_hosted_style_request(!s3.path_style)
                    .with_allow_http(s3.endpoint.starts_with("http://"))
                    .build()?,
            ),
        };
        Ok(Self { store })
    }

    /// Streams `body` into `key`, at most `limit` bytes; on any failure
    /// (of the body, of the store, or a body over the limit) the upload is
    /// aborted and nothing is stored under `key`.
    pub async fn put_stream<S, E>(
        &self,
        key: &str,
        body: S,
        limit: u64,
    ) -> Result<Written, WriteError>
    where
        S: Stream<Item = Result<Bytes, E>> + Send,
        E: std::fmt::Display,
    {
        let upload = self.store.put_multipart(&Path::from(key)).await?;
        let mut writer = WriteMultipart::new_with_chunk_size(upload, PART_BYTES);
        let mut hash = Sha256::new();
        let (mut size, mut head) = (0u64, Vec::with_capacity(SNIFF_BYTES));
        let mut body = std::pin::pin!(body);
        let failure = loop {
            let chunk = match body.next().await {
                None => break None,
                Some(Err(error)) => break Some(WriteError::Body(error.to_string())),
                Some(Ok(chunk)) => chunk,
            };
            size += chunk.len() as u64;
            if size > limit {
                break Some(WriteError::TooLarge { limit });
            }
            if head.len() < SNIFF_BYTES {
                let take = (SNIFF_BYTES - head.len()).min(chunk.len());
                head.extend_from_slice(&chunk[..take]);
            }
            hash.update(&chunk);
            if let Err(error) = writer.wait_for_capacity(PARTS_IN_FLIGHT).await {
                break Some(error.into());
            }
            writer.write(&chunk);
        };
        if let Some(failure) = failure {
            let _ = writer.abort().await;
            return Err(failure);
        }
        writer.finish().await?;
        Ok(Written {
            size,
            sha256: hash.finalize().into(),
            head,
        })
    }

    /// Stores small bytes (a thumbnail) at once.
    pub async fn put(&self, key: &str, bytes: Bytes) -> Result<(), object_store::Error> {
        self.store
            .put(&Path::from(key), PutPayload::from_bytes(bytes))
            .await
            .map(|_| ())
    }

    /// The bytes of `key` in `range` (all of them when `None`), as a
    /// stream, with the object's whole size.
    pub async fn get(
        &self,
        key: &str,
        range: Option<Range<u64>>,
    ) -> Result<(u64, impl Stream<Item = object_store::Result<Bytes>> + use<>), object_store::Error>
    {
        let options = object_store::GetOptions {
            range: range.map(Into::into),
            ..Default::default()
        };
        let result = self.store.get_opts(&Path::from(key), options).await?;
        Ok((result.meta.size, result.into_stream()))
    }

    /// Deletes `key`; one that is not there is not an error.
    pub async fn delete(&self, key: &str) -> Result<(), object_store::Error> {
        match self.store.delete(&Path::from(key)).await {
            Ok(()) | Err(object_store::Error::NotFound { .. }) => Ok(()),
            Err(error) => Err(error),
        }
    }

    /// Whether `key` holds an object.
    pub async fn exists(&self, key: &str) -> Result<bool, object_store::Error> {
        match self.store.head(&Path::from(key)).await {
            Ok(_) => Ok(true),
            Err(object_store::Error::NotFound { .. }) => Ok(false),
            Err(error) => Err(error),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// `size` bytes of a pattern, in chunks of `chunk`.
    fn body(size: usize, chunk: usize) -> (Vec<u8>, Vec<Result<Bytes, String>>) {
        let bytes: Vec<u8> = (0..size).map(|i| (i * 31 % 251) as u8).collect();
        let chunks = bytes
            .chunks(chunk)
            .map(|c| Ok(Bytes::copy_from_slice(c)))
            .collect();
        (bytes, chunks)
    }

    async fn collect(objects: &Objects, key: &str, range: Option<Range<u64>>) -> (u64, Vec<u8>) {
        let (size, stream) = objects.get(key, range).await.expect("get");
        let parts: Vec<Bytes> = stream.map(|part| part.expect("a part")).collect().await;
        (size, parts.concat())
    }

    /// Round trips, limits and failures, on any store.
    async fn behaves(objects: Objects) {
        // Bigger than two parts, so the upload has several.
        let (bytes, chunks) = body(12 * 1024 * 1024 + 123, 64 * 1024);
        let written = objects
            .put_stream(
                "spaces/a/files/big",
                futures::stream::iter(chunks),
                100 << 20,
            )
            .await
            .expect("the upload is stored");
        assert_eq!(written.size, bytes.len() as u64);
        assert_eq!(written.sha256, <[u8; 32]>::from(Sha256::digest(&bytes)));
        assert_eq!(written.head, bytes[..SNIFF_BYTES]);
        let (size, read) = collect(&objects, "spaces/a/files/big", None).await;
        assert_eq!((size, read.len()), (bytes.len() as u64, bytes.len()));
        assert!(read == bytes, "the bytes read back differ");
        let (_, part) = collect(&objects, "spaces/a/files/big", Some(1000..5000)).await;
        assert_eq!(part, bytes[1000..5000]);

        // Over the limit: refused, nothing left.
        let (_, chunks) = body(3 * 1024 * 1024, 64 * 1024);
        let over = objects
            .put_stream(
                "spaces/a/files/over",
                futures::stream::iter(chunks),
                1 << 20,
            )
            .await;
        assert!(matches!(over, Err(WriteError::TooLarge { limit }) if limit == 1 << 20));
        assert!(!objects.exists("spaces/a/files/over").await.unwrap());

        // A body that fails midway: nothing left.
        let (_, mut chunks) = body(6 * 1024 * 1024, 1024 * 1024);
        chunks.insert(3, Err("the client went away".to_string()));
        let broken = objects
            .put_stream(
                "spaces/a/files/broken",
                futures::stream::iter(chunks),
                100 << 20,
            )
            .await;
        assert!(matches!(broken, Err(WriteError::Body(why)) if why.contains("went away")));
        assert!(!objects.exists("spaces/a/files/broken").await.unwrap());

        // Small objects, and deletion (twice is fine).
        objects
            .put("spaces/a/thumbs/x", Bytes::from_static(b"thumb"))
            .await
            .unwrap();
        assert_eq!(
            collect(&objects, "spaces/a/thumbs/x", None).await.1,
            b"thumb"
        );
        objects.delete("spaces/a/files/big").await.unwrap();
        objects.delete("spaces/a/files/big").await.unwrap();
        assert!(!objects.exists("spaces/a/files/big").await.unwrap());
    }

    #[tokio::test]
    async fn the_local_filesystem_stores_streams_and_leaves_nothing_of_a_failed_upload() {
        let folder = tempfile::tempdir().unwrap();
        let objects = Objects::open(&Storage::Local {
            root: folder.path().join("files"),
        })
        .unwrap();
        behaves(objects).await;
    }

    #[tokio::test]
    async fn an_s3_compatible_server_stores_streams_and_leaves_nothing_of_a_failed_upload() {
        use roundtable_tests::seaweedfs::{ACCESS_KEY, REGION, SECRET_KEY, SeaweedFs};
        let server = SeaweedFs::start();
        let bucket = |secret: &str| S3 {
            endpoint: server.endpoint(),
            bucket: "roundtable-test".into(),
            region: REGION.into(),
            access_key_id: ACCESS_KEY.into(),
            secret_access_key: secret.into(),
            path_style: true,
        };
        let objects = Objects::open(&Storage::S3(bucket(SECRET_KEY))).unwrap();
        // The first write makes the bucket, once the volume server joined.
        let deadline = std::time::Instant::now() + std::time::Duration::from_secs(60);
        while let Err(error) = objects.put("ready", Bytes::from_static(b"1")).await {
            assert!(std::time::Instant::now() < deadline, "{error}");
            tokio::time::sleep(std::time::Duration::from_millis(200)).await;
        }
        behaves(objects).await;
        // Requests are signed, and the server checks the signature.
        let forged = Objects::open(&Storage::S3(bucket("not-the-secret"))).unwrap();
        assert!(
            forged
                .put("forged", Bytes::from_static(b"x"))
                .await
                .is_err()
        );
    }
}
