//! The gRPC codec of every service: prost, except that a request whose
//! bytes are not a valid message of its type is the client's error —
//! INVALID_ARGUMENT with reason `MALFORMED_REQUEST` — not INTERNAL, which
//! is what `tonic_prost::ProstCodec` answers. Named in `build.rs`.

use std::marker::PhantomData;

use prost::Message;
use tonic::{
    Code, Status,
    codec::{BufferSettings, DecodeBuf},
};
use tonic_prost::{ProstCodec, ProstDecoder, ProstEncoder};
use tonic_types::{ErrorDetails, StatusExt};

/// The reason of a request that could not be decoded.
pub const REASON_MALFORMED_REQUEST: &str = "MALFORMED_REQUEST";

/// Prost encoding; decoding failures as INVALID_ARGUMENT.
#[derive(Debug, Clone)]
pub struct Codec<T, U> {
    prost: ProstCodec<T, U>,
}

impl<T, U> Default for Codec<T, U> {
    fn default() -> Self {
        Self {
            prost: ProstCodec::default(),
        }
    }
}

impl<T, U> tonic::codec::Codec for Codec<T, U>
where
    T: Message + Send + 'static,
    U: Message + Default + Send + 'static,
{
    type Encode = T;
    type Decode = U;
    type Encoder = ProstEncoder<T>;
    type Decoder = Decoder<U>;

    fn encoder(&mut self) -> Self::Encoder {
        tonic::codec::Codec::encoder(&mut self.prost)
    }

    fn decoder(&mut self) -> Self::Decoder {
        Decoder {
            prost: tonic::codec::Codec::decoder(&mut self.prost),
            _message: PhantomData,
        }
    }
}

/// Decodes `U`, or says why the bytes are not one.
#[derive(Debug)]
pub struct Decoder<U> {
    prost: ProstDecoder<U>,
    _message: PhantomData<U>,
}

impl<U: Message + Default> tonic::codec::Decoder for Decoder<U> {
    type Item = U;
    type Error = Status;

    fn decode(&mut self, buf: &mut DecodeBuf<'_>) -> Result<Option<U>, Status> {
        self.prost.decode(buf).map_err(|status| {
            if status.code() != Code::Internal {
                return status;
            }
            let mut details = ErrorDetails::new();
            details.set_error_info(
                REASON_MALFORMED_REQUEST,
                crate::api::status::ERROR_DOMAIN,
                std::collections::HashMap::new(),
            );
            Status::with_error_details(
                Code::InvalidArgument,
                format!(
                    "the message is not a valid protobuf encoding of its type: {}",
                    crate::text::clip(status.message())
                ),
                details,
            )
        })
    }

    fn buffer_settings(&self) -> BufferSettings {
        self.prost.buffer_settings()
    }
}
