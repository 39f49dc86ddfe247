package dev.roundtable.sdk;

import com.google.protobuf.Any;
import com.google.protobuf.InvalidProtocolBufferException;
import com.google.rpc.BadRequest;
import com.google.rpc.ErrorInfo;
import com.google.rpc.QuotaFailure;
import io.grpc.Status;
import io.grpc.protobuf.StatusProto;
import java.util.List;
import java.util.Map;

/**
 * A failed call as Roundtable describes it: the gRPC code and message plus the {@code google.rpc}
 * details the server sends in {@code grpc-status-details-bin}.
 *
 * @param code the gRPC status code
 * @param message the server's human-readable message
 * @param reason {@code ErrorInfo.reason}, e.g. {@code MESSAGE_EMPTY} or {@code ROOM_NOT_FOUND}, as
 *     the .proto comments document; empty when the server sent none
 * @param domain {@code ErrorInfo.domain}: {@code roundtable} for the server's own errors
 * @param metadata {@code ErrorInfo.metadata}, e.g. {@code resource} and {@code id} for NOT_FOUND
 * @param fieldViolations the {@code BadRequest} field violations, for INVALID_ARGUMENT
 * @param quotaViolations the {@code QuotaFailure} violations, for RESOURCE_EXHAUSTED
 */
public record ApiError(
    Status.Code code,
    String message,
    String reason,
    String domain,
    Map<String, String> metadata,
    List<BadRequest.FieldViolation> fieldViolations,
    List<QuotaFailure.Violation> quotaViolations) {

  /**
   * Decodes an exception thrown by a call ({@link io.grpc.StatusRuntimeException} or {@link
   * io.grpc.StatusException}, possibly as a cause); any other throwable gives code UNKNOWN.
   */
  public static ApiError from(Throwable error) {
    Status status = Status.fromThrowable(error);
    String message = status.getDescription() == null ? "" : status.getDescription();
    String reason = "";
    String domain = "";
    Map<String, String> metadata = Map.of();
    List<BadRequest.FieldViolation> fields = List.of();
    List<QuotaFailure.Violation> quota = List.of();
    com.google.rpc.Status details = StatusProto.fromThrowable(error);
    if (details != null) {
      for (Any detail : details.getDetailsList()) {
        try {
          if (detail.is(ErrorInfo.class)) {
            ErrorInfo info = detail.unpack(ErrorInfo.class);
            reason = info.getReason();
            domain = info.getDomain();
            metadata = Map.copyOf(info.getMetadataMap());
          } else if (detail.is(BadRequest.class)) {
            fields = List.copyOf(detail.unpack(BadRequest.class).getFieldViolationsList());
          } else if (detail.is(QuotaFailure.class)) {
            quota = List.copyOf(detail.unpack(QuotaFailure.class).getViolationsList());
          }
        } catch (InvalidProtocolBufferException e) {
          // A malformed detail is skipped; the code and message still stand.
        }
      }
    }
    return new ApiError(status.getCode(), message, reason, domain, metadata, fields, quota);
  }

  @Override
  public String toString() {
    return reason.isEmpty() ? code + ": " + message : code + " (" + reason + "): " + message;
  }
}
