//! What a file is, judged from its bytes, never from what a client says:
//! its media type (sniffed from its first bytes with `infer`), checked
//! against the allow-list of what a chat accepts (images, video, audio,
//! documents; executables and unknown binaries refused), and, for images,
//! their size and a thumbnail, decoded within bounds of pixels and memory
//! so a decompression bomb is refused rather than obeyed.
//!
//! Not yet wired to an API: the files issue builds uploads on it.

use std::io::Cursor;

use image::{DynamicImage, ImageFormat, ImageReader, Limits};

/// How many leading bytes `sniff` needs to recognise every allowed type
/// (office documents are zip archives whose first entries name them).
pub const SNIFF_BYTES: usize = 8192;

/// What a file is for a chat.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum MediaKind {
    Image,
    Video,
    Audio,
    Document,
}

impl MediaKind {
    pub fn as_str(self) -> &'static str {
        match self {
            MediaKind::Image => "image",
            MediaKind::Video => "video",
            MediaKind::Audio => "audio",
            MediaKind::Document => "document",
        }
    }
}

/// A file's type, as its bytes tell it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Sniffed {
    pub media_type: &'static str,
    /// What it may be shown as. A WebM or MP4 container holds video or
    /// audio alone (a browser's voice note is `video/webm` to a sniffer),
    /// so those are both.
    pub kinds: &'static [MediaKind],
}

impl Sniffed {
    /// Whether a client that said `kind` told the truth.
    pub fn is(&self, kind: MediaKind) -> bool {
        self.kinds.contains(&kind)
    }
}

/// Why a file's bytes are refused.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum Refused {
    #[error("executable files are not accepted (the file is {0})")]
    Executable(&'static str),
    #[error("files of type {0} are not accepted")]
    NotAllowed(&'static str),
    #[error("the file's type cannot be recognised from its content")]
    Unknown,
    #[error("the image is too large to decode: {0}")]
    ImageTooLarge(String),
    #[error("the image cannot be decoded: {0}")]
    BadImage(String),
}

use MediaKind::{Audio, Document, Image, Video};

/// Every type accepted, and what it may be shown as.
const ALLOWED: &[(&str, &[MediaKind])] = &[
    ("image/jpeg", &[Image]),
    ("image/png", &[Image]),
    ("image/gif", &[Image]),
    ("image/webp", &[Image]),
    ("image/heif", &[Image]),
    ("image/avif", &[Image]),
    ("video/mp4", &[Video, Audio]),
    ("video/webm", &[Video, Audio]),
    ("video/quicktime", &[Video]),
    ("video/x-matroska", &[Video]),
    ("audio/mpeg", &[Audio]),
    ("audio/m4a", &[Audio]),
    ("audio/aac", &[Audio]),
    ("audio/ogg", &[Audio]),
    ("audio/opus", &[Audio]),
    ("audio/x-flac", &[Audio]),
    ("audio/x-wav", &[Audio]),
    ("application/pdf", &[Document]),
    (
        "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
        &[Document],
    ),
    (
        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        &[Document],
    ),
    (
        "application/vnd.openxmlformats-officedocument.presentationml.presentation",
        &[Document],
    ),
    ("application/vnd.oasis.opendocument.text", &[Document]),
    (
        "application/vnd.oasis.opendocument.spreadsheet",
        &[Document],
    ),
    (
        "application/vnd.oasis.opendocument.presentation",
        &[Document],
    ),
    ("text/plain", &[Document]),
];

/// The type of a file from its first bytes (at least `SNIFF_BYTES` of
/// them, or the whole file if shorter).
pub fn sniff(head: &[u8]) -> Result<Sniffed, Refused> {
    let found = match infer::get(head) {
        Some(kind) if kind.matcher_type() == infer::MatcherType::App => {
            return Err(Refused::Executable(kind.mime_type()));
        }
        Some(kind) => kind.mime_type(),
        None if is_text(head) => "text/plain",
        None => return Err(Refused::Unknown),
    };
    ALLOWED
        .iter()
        .find(|(media_type, _)| *media_type == found)
        .map(|(media_type, kinds)| Sniffed { media_type, kinds })
        .ok_or(Refused::NotAllowed(found))
}

/// UTF-8 text (the last character may be cut by the end of `head`) with
/// no NUL and no control characters besides tab, line feed, carriage
/// return and form feed.
fn is_text(head: &[u8]) -> bool {
    if head.is_empty() {
        return false;
    }
    let valid = match std::str::from_utf8(head) {
        Ok(text) => text,
        // Cut mid-character at the end of the sniffed bytes: fine.
        Err(error) if error.error_len().is_none() && head.len() - error.valid_up_to() < 4 => {
            std::str::from_utf8(&head[..error.valid_up_to()]).unwrap_or_default()
        }
        Err(_) => return false,
    };
    valid
        .chars()
        .all(|c| !c.is_control() || matches!(c, '\t' | '\n' | '\r' | '\u{c}'))
}

/// Bounds on decoding an image.
#[derive(Debug, Clone, Copy)]
pub struct ImageLimits {
    /// Most pixels (width × height) an image may declare.
    pub max_pixels: u64,
    /// Most bytes the decoder may allocate.
    pub max_alloc: u64,
    /// The longest edge of a thumbnail.
    pub thumbnail_edge: u32,
}

impl Default for ImageLimits {
    fn default() -> Self {
        Self {
            max_pixels: 50_000_000,
            max_alloc: 512 * 1024 * 1024,
            thumbnail_edge: 320,
        }
    }
}

/// An image's size and its thumbnail.
#[derive(Debug, Clone)]
pub struct Probed {
    pub width: u32,
    pub height: u32,
    /// The thumbnail: JPEG, or PNG when the image has transparency.
    pub thumbnail: Vec<u8>,
    pub thumbnail_type: &'static str,
}

/// Reads an image's size from its header, refuses one that declares more
/// than `limits` allow before decoding a pixel, then decodes it (the
/// decoder bounded in memory too) and makes its thumbnail.
pub fn probe_image(bytes: &[u8], limits: ImageLimits) -> Result<Probed, Refused> {
    let reader = || -> Result<ImageReader<Cursor<&[u8]>>, Refused> {
        let mut reader = ImageReader::new(Cursor::new(bytes))
            .with_guessed_format()
            .map_err(|e| Refused::BadImage(e.to_string()))?;
        let mut bounds = Limits::default();
        bounds.max_alloc = Some(limits.max_alloc);
        reader.limits(bounds);
        Ok(reader)
    };
    let (width, height) = reader()?.into_dimensions().map_err(refusal)?;
    let pixels = u64::from(width) * u64::from(height);
    if pixels > limits.max_pixels {
        return Err(Refused::ImageTooLarge(format!(
            "{width}×{height} is {pixels} pixels, more than the {} allowed",
            limits.max_pixels
        )));
    }
    let image = reader()?.decode().map_err(refusal)?;
    let small = image.thumbnail(limits.thumbnail_edge, limits.thumbnail_edge);
    let (format, thumbnail_type, small) = if small.color().has_alpha() {
        (ImageFormat::Png, "image/png", small)
    } else {
        (
            ImageFormat::Jpeg,
            "image/jpeg",
            DynamicImage::ImageRgb8(small.to_rgb8()),
        )
    };
    let mut thumbnail = Vec::new();
    small
        .write_to(&mut Cursor::new(&mut thumbnail), format)
        .map_err(|e| Refused::BadImage(format!("cannot make its thumbnail: {e}")))?;
    Ok(Probed {
        width,
        height,
        thumbnail,
        thumbnail_type,
    })
}

fn refusal(error: image::ImageError) -> Refused {
    match error {
        image::ImageError::Limits(limit) => Refused::ImageTooLarge(limit.to_string()),
        other => Refused::BadImage(other.to_string()),
    }
}

#[cfg(test)]
mod tests {
    use image::{ImageBuffer, Rgb, Rgba};

    use super::*;

    fn encoded(image: DynamicImage, format: ImageFormat) -> Vec<u8> {
        let mut bytes = Vec::new();
        image
            .write_to(&mut Cursor::new(&mut bytes), format)
            .expect("encode");
        bytes
    }

    fn photo(width: u32, height: u32) -> DynamicImage {
        DynamicImage::ImageRgb8(ImageBuffer::from_fn(width, height, |x, y| {
            Rgb([(x % 256) as u8, (y % 256) as u8, 128])
        }))
    }

    /// CRC-32 (IEEE), as PNG chunks carry it.
    fn crc32(bytes: &[u8]) -> u32 {
        let mut crc = !0u32;
        for &byte in bytes {
            crc ^= u32::from(byte);
            for _ in 0..8 {
                crc = if crc & 1 == 1 {
                    (crc >> 1) ^ 0xEDB8_8320
                } else {
                    crc >> 1
                };
            }
        }
        !crc
    }

    /// A real PNG whose header then claims `width`×`height`: a few hundred
    /// bytes that would decode into gigabytes.
    fn bomb(width: u32, height: u32) -> Vec<u8> {
        let mut png = encoded(photo(1, 1), ImageFormat::Png);
        // Signature (8), IHDR length (4), "IHDR" (4), then width and height.
        png[16..20].copy_from_slice(&width.to_be_bytes());
        png[20..24].copy_from_slice(&height.to_be_bytes());
        let crc = crc32(&png[12..29]);
        png[29..33].copy_from_slice(&crc.to_be_bytes());
        png
    }

    #[test]
    fn types_come_from_the_bytes() {
        let png = encoded(photo(4, 4), ImageFormat::Png);
        assert_eq!(sniff(&png).unwrap().media_type, "image/png");
        assert!(sniff(&png).unwrap().is(MediaKind::Image));
        assert!(!sniff(&png).unwrap().is(MediaKind::Audio));
        let jpeg = encoded(photo(4, 4), ImageFormat::Jpeg);
        assert_eq!(sniff(&jpeg).unwrap().media_type, "image/jpeg");
        let pdf = b"%PDF-1.7\n1 0 obj\n<<>>\nendobj\n";
        assert_eq!(sniff(pdf).unwrap().media_type, "application/pdf");
        assert_eq!(
            sniff("notes: café ☕\n".as_bytes()).unwrap().media_type,
            "text/plain"
        );
        // A browser's voice note: WebM, which may be audio.
        let webm = [
            0x1A, 0x45, 0xDF, 0xA3, 0x9F, 0x42, 0x86, 0x81, 0x01, 0x42, 0x82, 0x84, b'w', b'e',
            b'b', b'm',
        ];
        let sniffed = sniff(&webm).unwrap();
        assert_eq!(sniffed.media_type, "video/webm");
        assert!(sniffed.is(MediaKind::Audio) && sniffed.is(MediaKind::Video));
    }

    #[test]
    fn executables_and_unknown_binaries_are_refused() {
        // This very test program.
        let mut elf = std::fs::read(std::env::current_exe().unwrap()).unwrap();
        elf.truncate(SNIFF_BYTES);
        assert!(
            matches!(sniff(&elf), Err(Refused::Executable(_))),
            "{:?}",
            sniff(&elf)
        );
        let mut exe = vec![b'M', b'Z'];
        exe.resize(128, 0);
        assert!(matches!(sniff(&exe), Err(Refused::Executable(_))));
        assert_eq!(
            sniff(&[0, 1, 2, 3, 0xFF, 0xFE, 0, 0]),
            Err(Refused::Unknown)
        );
        assert_eq!(sniff(&[]), Err(Refused::Unknown));
        // Recognised, but not for a chat.
        let tiff = [0x49, 0x49, 0x2A, 0, 8, 0, 0, 0, 0, 0, 0, 0];
        assert_eq!(sniff(&tiff), Err(Refused::NotAllowed("image/tiff")));
    }

    #[test]
    fn text_cut_mid_character_at_the_end_is_still_text() {
        let text = "é".repeat(10);
        let cut = &text.as_bytes()[..text.len() - 1];
        assert_eq!(sniff(cut).unwrap().media_type, "text/plain");
        assert_eq!(sniff(b"a\x01b"), Err(Refused::Unknown));
    }

    #[test]
    fn an_image_gets_its_size_and_a_thumbnail() {
        let jpeg = encoded(photo(1200, 800), ImageFormat::Jpeg);
        let probed = probe_image(&jpeg, ImageLimits::default()).unwrap();
        assert_eq!((probed.width, probed.height), (1200, 800));
        assert_eq!(probed.thumbnail_type, "image/jpeg");
        let thumbnail = image::load_from_memory(&probed.thumbnail).unwrap();
        assert_eq!((thumbnail.width(), thumbnail.height()), (320, 213));

        let transparent =
            DynamicImage::ImageRgba8(ImageBuffer::from_pixel(40, 30, Rgba([1, 2, 3, 100])));
        let probed = probe_image(
            &encoded(transparent, ImageFormat::Png),
            ImageLimits::default(),
        )
        .unwrap();
        assert_eq!(probed.thumbnail_type, "image/png");
        assert_eq!((probed.width, probed.height), (40, 30));
    }

    #[test]
    fn a_decompression_bomb_is_refused_before_it_is_decoded() {
        let png = bomb(60_000, 60_000);
        assert!(png.len() < 200, "{} bytes", png.len());
        match probe_image(&png, ImageLimits::default()) {
            Err(Refused::ImageTooLarge(why)) => assert!(why.contains("60000×60000"), "{why}"),
            other => panic!("{other:?}"),
        }
        // Within the pixel bound, beyond the memory bound: the decoder's
        // own limit refuses it.
        let tight = ImageLimits {
            max_alloc: 1024 * 1024,
            ..ImageLimits::default()
        };
        assert!(matches!(
            probe_image(&bomb(4_000, 4_000), tight),
            Err(Refused::ImageTooLarge(_))
        ));
    }

    #[test]
    fn bytes_that_are_not_an_image_are_refused() {
        assert!(matches!(
            probe_image(b"%PDF-1.7", ImageLimits::default()),
            Err(Refused::BadImage(_))
        ));
        let mut cut = encoded(photo(64, 64), ImageFormat::Png);
        cut.truncate(cut.len() / 2);
        assert!(matches!(
            probe_image(&cut, ImageLimits::default()),
            Err(Refused::BadImage(_))
        ));
    }
}
