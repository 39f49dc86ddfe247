//! What infrastructure asks without credentials: health and reflection.

use roundtable_tests::{Api, Transport, transport_test};
use tonic_health::pb::HealthCheckRequest;
use tonic_health::pb::health_check_response::ServingStatus;
use tonic_reflection::pb::v1::server_reflection_request::MessageRequest;
use tonic_reflection::pb::v1::server_reflection_response::MessageResponse;
use tonic_reflection::pb::v1::{ServerReflectionRequest, ServerReflectionResponse};

transport_test!(health_check_serves_without_credentials, |api| async move {
    let response = api
        .health()
        .check(HealthCheckRequest {
            service: String::new(),
        })
        .await
        .expect("Health/Check answers without credentials")
        .into_inner();
    assert_eq!(response.status, ServingStatus::Serving as i32);
});

async fn reflect(api: &Api, request: MessageRequest) -> MessageResponse {
    let request = ServerReflectionRequest {
        host: String::new(),
        message_request: Some(request),
    };
    let mut responses = api
        .reflection()
        .server_reflection_info(tokio_stream::iter([request]))
        .await
        .expect("reflection answers without credentials")
        .into_inner();
    let response: ServerReflectionResponse = responses
        .message()
        .await
        .expect("a reflection response")
        .expect("one response per request");
    response.message_response.expect("a reflection answer")
}

// Reflection is a bidirectional stream, which gRPC-Web cannot carry: plain
// gRPC only.
#[tokio::test]
async fn reflection_lists_the_roundtable_services_without_credentials() {
    let api = Api::shared(Transport::Grpc);
    let MessageResponse::ListServicesResponse(list) =
        reflect(&api, MessageRequest::ListServices(String::new())).await
    else {
        panic!("ListServices answered with something else");
    };
    let names: Vec<_> = list.service.iter().map(|s| s.name.as_str()).collect();
    for service in [
        "roundtable.v1.MessageService",
        "roundtable.v1.ModelService",
        "roundtable.v1.ReplrService",
        "roundtable.v1.RoomService",
        "roundtable.v1.SpaceService",
        "roundtable.v1.UserService",
    ] {
        assert!(names.contains(&service), "{service} missing from {names:?}");
    }
}

#[tokio::test]
async fn reflection_describes_the_message_service() {
    let api = Api::shared(Transport::Grpc);
    let answer = reflect(
        &api,
        MessageRequest::FileContainingSymbol("roundtable.v1.MessageService".into()),
    )
    .await;
    let MessageResponse::FileDescriptorResponse(files) = answer else {
        panic!("FileContainingSymbol answered with {answer:?}");
    };
    let files: Vec<prost_types::FileDescriptorProto> = files
        .file_descriptor_proto
        .iter()
        .map(|bytes| prost::Message::decode(bytes.as_slice()).expect("a file descriptor"))
        .collect();
    let service = files
        .iter()
        .flat_map(|file| &file.service)
        .find(|service| service.name() == "MessageService")
        .expect("the file declaring MessageService");
    let methods: Vec<_> = service.method.iter().map(|m| m.name()).collect();
    assert!(methods.contains(&"SendMessage"), "{methods:?}");
}

/// The error details a failure carries (`grpc-status-details-bin`, a
/// `google.rpc.Status` of `Any`s) are described by reflection, so grpcurl
/// and `buf curl` can print the reason and the field violations.
#[tokio::test]
async fn reflection_describes_the_error_details() {
    let api = Api::shared(Transport::Grpc);
    for symbol in [
        "google.rpc.Status",
        "google.rpc.ErrorInfo",
        "google.rpc.BadRequest",
        "google.rpc.RetryInfo",
        "google.rpc.QuotaFailure",
    ] {
        let answer = reflect(&api, MessageRequest::FileContainingSymbol(symbol.into())).await;
        let MessageResponse::FileDescriptorResponse(files) = answer else {
            panic!("{symbol}: FileContainingSymbol answered with {answer:?}");
        };
        let files: Vec<prost_types::FileDescriptorProto> = files
            .file_descriptor_proto
            .iter()
            .map(|bytes| prost::Message::decode(bytes.as_slice()).expect("a file descriptor"))
            .collect();
        let name = symbol.rsplit('.').next().expect("a message name");
        assert!(
            files.iter().any(|file| file.package() == "google.rpc"
                && file.message_type.iter().any(|m| m.name() == name)),
            "{symbol} is not described"
        );
        // What it imports (google.protobuf.Duration, Any) resolves too.
        for file in &files {
            for dependency in &file.dependency {
                let answer =
                    reflect(&api, MessageRequest::FileByFilename(dependency.clone())).await;
                assert!(
                    matches!(answer, MessageResponse::FileDescriptorResponse(_)),
                    "{symbol}: its import {dependency} answered {answer:?}"
                );
            }
        }
    }

    // The details of a real failure name those types.
    let refused = api
        .admin()
        .rooms()
        .get_room(roundtable_tests::proto::GetRoomRequest {
            room_id: "not-an-id".into(),
        })
        .await
        .expect_err("a bad id is refused");
    let status: tonic_types::Status =
        prost::Message::decode(refused.details()).expect("google.rpc.Status details");
    let types: Vec<&str> = status
        .details
        .iter()
        .map(|any| any.type_url.as_str())
        .collect();
    assert!(
        types.contains(&"type.googleapis.com/google.rpc.ErrorInfo")
            || types.contains(&"type.googleapis.com/google.rpc.BadRequest"),
        "{types:?}"
    );
}
