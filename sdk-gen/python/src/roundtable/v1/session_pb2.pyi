import datetime

from google.api import annotations_pb2 as _annotations_pb2
from google.protobuf import timestamp_pb2 as _timestamp_pb2
from roundtable.v1 import message_pb2 as _message_pb2
from google.protobuf.internal import containers as _containers
from google.protobuf.internal import enum_type_wrapper as _enum_type_wrapper
from google.protobuf import descriptor as _descriptor
from google.protobuf import message as _message
from collections.abc import Iterable as _Iterable, Mapping as _Mapping
from typing import ClassVar as _ClassVar, Optional as _Optional, Union as _Union

DESCRIPTOR: _descriptor.FileDescriptor

class SessionAccess(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
    __slots__ = ()
    SESSION_ACCESS_UNSPECIFIED: _ClassVar[SessionAccess]
    SESSION_ACCESS_OWNER: _ClassVar[SessionAccess]
    SESSION_ACCESS_READER: _ClassVar[SessionAccess]

class SessionMessageRole(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
    __slots__ = ()
    SESSION_MESSAGE_ROLE_UNSPECIFIED: _ClassVar[SessionMessageRole]
    SESSION_MESSAGE_ROLE_USER: _ClassVar[SessionMessageRole]
    SESSION_MESSAGE_ROLE_ASSISTANT: _ClassVar[SessionMessageRole]

class SessionMessageState(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
    __slots__ = ()
    SESSION_MESSAGE_STATE_UNSPECIFIED: _ClassVar[SessionMessageState]
    SESSION_MESSAGE_STATE_STREAMING: _ClassVar[SessionMessageState]
    SESSION_MESSAGE_STATE_COMPLETE: _ClassVar[SessionMessageState]
    SESSION_MESSAGE_STATE_FAILED: _ClassVar[SessionMessageState]
    SESSION_MESSAGE_STATE_CANCELLED: _ClassVar[SessionMessageState]

class Rating(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
    __slots__ = ()
    RATING_UNSPECIFIED: _ClassVar[Rating]
    RATING_UP: _ClassVar[Rating]
    RATING_DOWN: _ClassVar[Rating]
SESSION_ACCESS_UNSPECIFIED: SessionAccess
SESSION_ACCESS_OWNER: SessionAccess
SESSION_ACCESS_READER: SessionAccess
SESSION_MESSAGE_ROLE_UNSPECIFIED: SessionMessageRole
SESSION_MESSAGE_ROLE_USER: SessionMessageRole
SESSION_MESSAGE_ROLE_ASSISTANT: SessionMessageRole
SESSION_MESSAGE_STATE_UNSPECIFIED: SessionMessageState
SESSION_MESSAGE_STATE_STREAMING: SessionMessageState
SESSION_MESSAGE_STATE_COMPLETE: SessionMessageState
SESSION_MESSAGE_STATE_FAILED: SessionMessageState
SESSION_MESSAGE_STATE_CANCELLED: SessionMessageState
RATING_UNSPECIFIED: Rating
RATING_UP: Rating
RATING_DOWN: Rating

class Session(_message.Message):
    __slots__ = ("session_id", "space_id", "owner_id", "name", "provider", "model", "system_prompt", "temperature", "max_tokens", "title", "summary", "labels", "summary_time", "public_link_id", "access", "create_time", "update_time")
    SESSION_ID_FIELD_NUMBER: _ClassVar[int]
    SPACE_ID_FIELD_NUMBER: _ClassVar[int]
    OWNER_ID_FIELD_NUMBER: _ClassVar[int]
    NAME_FIELD_NUMBER: _ClassVar[int]
    PROVIDER_FIELD_NUMBER: _ClassVar[int]
    MODEL_FIELD_NUMBER: _ClassVar[int]
    SYSTEM_PROMPT_FIELD_NUMBER: _ClassVar[int]
    TEMPERATURE_FIELD_NUMBER: _ClassVar[int]
    MAX_TOKENS_FIELD_NUMBER: _ClassVar[int]
    TITLE_FIELD_NUMBER: _ClassVar[int]
    SUMMARY_FIELD_NUMBER: _ClassVar[int]
    LABELS_FIELD_NUMBER: _ClassVar[int]
    SUMMARY_TIME_FIELD_NUMBER: _ClassVar[int]
    PUBLIC_LINK_ID_FIELD_NUMBER: _ClassVar[int]
    ACCESS_FIELD_NUMBER: _ClassVar[int]
    CREATE_TIME_FIELD_NUMBER: _ClassVar[int]
    UPDATE_TIME_FIELD_NUMBER: _ClassVar[int]
    session_id: str
    space_id: str
    owner_id: str
    name: str
    provider: str
    model: str
    system_prompt: str
    temperature: float
    max_tokens: int
    title: str
    summary: str
    labels: _containers.RepeatedScalarFieldContainer[str]
    summary_time: _timestamp_pb2.Timestamp
    public_link_id: str
    access: SessionAccess
    create_time: _timestamp_pb2.Timestamp
    update_time: _timestamp_pb2.Timestamp
    def __init__(self, session_id: _Optional[str] = ..., space_id: _Optional[str] = ..., owner_id: _Optional[str] = ..., name: _Optional[str] = ..., provider: _Optional[str] = ..., model: _Optional[str] = ..., system_prompt: _Optional[str] = ..., temperature: _Optional[float] = ..., max_tokens: _Optional[int] = ..., title: _Optional[str] = ..., summary: _Optional[str] = ..., labels: _Optional[_Iterable[str]] = ..., summary_time: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ..., public_link_id: _Optional[str] = ..., access: _Optional[_Union[SessionAccess, str]] = ..., create_time: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ..., update_time: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ...) -> None: ...

class SharedSession(_message.Message):
    __slots__ = ("link_id", "name", "title", "summary", "labels", "create_time")
    LINK_ID_FIELD_NUMBER: _ClassVar[int]
    NAME_FIELD_NUMBER: _ClassVar[int]
    TITLE_FIELD_NUMBER: _ClassVar[int]
    SUMMARY_FIELD_NUMBER: _ClassVar[int]
    LABELS_FIELD_NUMBER: _ClassVar[int]
    CREATE_TIME_FIELD_NUMBER: _ClassVar[int]
    link_id: str
    name: str
    title: str
    summary: str
    labels: _containers.RepeatedScalarFieldContainer[str]
    create_time: _timestamp_pb2.Timestamp
    def __init__(self, link_id: _Optional[str] = ..., name: _Optional[str] = ..., title: _Optional[str] = ..., summary: _Optional[str] = ..., labels: _Optional[_Iterable[str]] = ..., create_time: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ...) -> None: ...

class MessageRating(_message.Message):
    __slots__ = ("rating", "comment", "rate_time")
    RATING_FIELD_NUMBER: _ClassVar[int]
    COMMENT_FIELD_NUMBER: _ClassVar[int]
    RATE_TIME_FIELD_NUMBER: _ClassVar[int]
    rating: Rating
    comment: str
    rate_time: _timestamp_pb2.Timestamp
    def __init__(self, rating: _Optional[_Union[Rating, str]] = ..., comment: _Optional[str] = ..., rate_time: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ...) -> None: ...

class SessionMessage(_message.Message):
    __slots__ = ("message_id", "session_id", "role", "text", "author_id", "state", "in_reply_to", "version", "latest", "provider", "model", "usage", "failure_reason", "failure_message", "rating", "create_time", "finish_time", "attachments")
    MESSAGE_ID_FIELD_NUMBER: _ClassVar[int]
    SESSION_ID_FIELD_NUMBER: _ClassVar[int]
    ROLE_FIELD_NUMBER: _ClassVar[int]
    TEXT_FIELD_NUMBER: _ClassVar[int]
    AUTHOR_ID_FIELD_NUMBER: _ClassVar[int]
    STATE_FIELD_NUMBER: _ClassVar[int]
    IN_REPLY_TO_FIELD_NUMBER: _ClassVar[int]
    VERSION_FIELD_NUMBER: _ClassVar[int]
    LATEST_FIELD_NUMBER: _ClassVar[int]
    PROVIDER_FIELD_NUMBER: _ClassVar[int]
    MODEL_FIELD_NUMBER: _ClassVar[int]
    USAGE_FIELD_NUMBER: _ClassVar[int]
    FAILURE_REASON_FIELD_NUMBER: _ClassVar[int]
    FAILURE_MESSAGE_FIELD_NUMBER: _ClassVar[int]
    RATING_FIELD_NUMBER: _ClassVar[int]
    CREATE_TIME_FIELD_NUMBER: _ClassVar[int]
    FINISH_TIME_FIELD_NUMBER: _ClassVar[int]
    ATTACHMENTS_FIELD_NUMBER: _ClassVar[int]
    message_id: str
    session_id: str
    role: SessionMessageRole
    text: str
    author_id: str
    state: SessionMessageState
    in_reply_to: str
    version: int
    latest: bool
    provider: str
    model: str
    usage: _message_pb2.TokenUsage
    failure_reason: str
    failure_message: str
    rating: MessageRating
    create_time: _timestamp_pb2.Timestamp
    finish_time: _timestamp_pb2.Timestamp
    attachments: _containers.RepeatedCompositeFieldContainer[_message_pb2.Attachment]
    def __init__(self, message_id: _Optional[str] = ..., session_id: _Optional[str] = ..., role: _Optional[_Union[SessionMessageRole, str]] = ..., text: _Optional[str] = ..., author_id: _Optional[str] = ..., state: _Optional[_Union[SessionMessageState, str]] = ..., in_reply_to: _Optional[str] = ..., version: _Optional[int] = ..., latest: _Optional[bool] = ..., provider: _Optional[str] = ..., model: _Optional[str] = ..., usage: _Optional[_Union[_message_pb2.TokenUsage, _Mapping]] = ..., failure_reason: _Optional[str] = ..., failure_message: _Optional[str] = ..., rating: _Optional[_Union[MessageRating, _Mapping]] = ..., create_time: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ..., finish_time: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ..., attachments: _Optional[_Iterable[_Union[_message_pb2.Attachment, _Mapping]]] = ...) -> None: ...

class AnswerDelta(_message.Message):
    __slots__ = ("message_id", "sequence", "text", "snapshot")
    MESSAGE_ID_FIELD_NUMBER: _ClassVar[int]
    SEQUENCE_FIELD_NUMBER: _ClassVar[int]
    TEXT_FIELD_NUMBER: _ClassVar[int]
    SNAPSHOT_FIELD_NUMBER: _ClassVar[int]
    message_id: str
    sequence: int
    text: str
    snapshot: bool
    def __init__(self, message_id: _Optional[str] = ..., sequence: _Optional[int] = ..., text: _Optional[str] = ..., snapshot: _Optional[bool] = ...) -> None: ...

class Summary(_message.Message):
    __slots__ = ("summary", "title", "labels", "provider", "model", "usage")
    SUMMARY_FIELD_NUMBER: _ClassVar[int]
    TITLE_FIELD_NUMBER: _ClassVar[int]
    LABELS_FIELD_NUMBER: _ClassVar[int]
    PROVIDER_FIELD_NUMBER: _ClassVar[int]
    MODEL_FIELD_NUMBER: _ClassVar[int]
    USAGE_FIELD_NUMBER: _ClassVar[int]
    summary: str
    title: str
    labels: _containers.RepeatedScalarFieldContainer[str]
    provider: str
    model: str
    usage: _message_pb2.TokenUsage
    def __init__(self, summary: _Optional[str] = ..., title: _Optional[str] = ..., labels: _Optional[_Iterable[str]] = ..., provider: _Optional[str] = ..., model: _Optional[str] = ..., usage: _Optional[_Union[_message_pb2.TokenUsage, _Mapping]] = ...) -> None: ...

class SessionShare(_message.Message):
    __slots__ = ("session_id", "user_id", "username", "display_name", "create_time")
    SESSION_ID_FIELD_NUMBER: _ClassVar[int]
    USER_ID_FIELD_NUMBER: _ClassVar[int]
    USERNAME_FIELD_NUMBER: _ClassVar[int]
    DISPLAY_NAME_FIELD_NUMBER: _ClassVar[int]
    CREATE_TIME_FIELD_NUMBER: _ClassVar[int]
    session_id: str
    user_id: str
    username: str
    display_name: str
    create_time: _timestamp_pb2.Timestamp
    def __init__(self, session_id: _Optional[str] = ..., user_id: _Optional[str] = ..., username: _Optional[str] = ..., display_name: _Optional[str] = ..., create_time: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ...) -> None: ...

class CreateSessionRequest(_message.Message):
    __slots__ = ("space_id", "name", "provider", "model", "system_prompt", "temperature", "max_tokens", "request_id")
    SPACE_ID_FIELD_NUMBER: _ClassVar[int]
    NAME_FIELD_NUMBER: _ClassVar[int]
    PROVIDER_FIELD_NUMBER: _ClassVar[int]
    MODEL_FIELD_NUMBER: _ClassVar[int]
    SYSTEM_PROMPT_FIELD_NUMBER: _ClassVar[int]
    TEMPERATURE_FIELD_NUMBER: _ClassVar[int]
    MAX_TOKENS_FIELD_NUMBER: _ClassVar[int]
    REQUEST_ID_FIELD_NUMBER: _ClassVar[int]
    space_id: str
    name: str
    provider: str
    model: str
    system_prompt: str
    temperature: float
    max_tokens: int
    request_id: str
    def __init__(self, space_id: _Optional[str] = ..., name: _Optional[str] = ..., provider: _Optional[str] = ..., model: _Optional[str] = ..., system_prompt: _Optional[str] = ..., temperature: _Optional[float] = ..., max_tokens: _Optional[int] = ..., request_id: _Optional[str] = ...) -> None: ...

class CreateSessionResponse(_message.Message):
    __slots__ = ("session",)
    SESSION_FIELD_NUMBER: _ClassVar[int]
    session: Session
    def __init__(self, session: _Optional[_Union[Session, _Mapping]] = ...) -> None: ...

class GetSessionRequest(_message.Message):
    __slots__ = ("session_id",)
    SESSION_ID_FIELD_NUMBER: _ClassVar[int]
    session_id: str
    def __init__(self, session_id: _Optional[str] = ...) -> None: ...

class GetSessionResponse(_message.Message):
    __slots__ = ("session",)
    SESSION_FIELD_NUMBER: _ClassVar[int]
    session: Session
    def __init__(self, session: _Optional[_Union[Session, _Mapping]] = ...) -> None: ...

class ListSessionsRequest(_message.Message):
    __slots__ = ("space_id", "page_size", "page_token", "shared_with_me")
    SPACE_ID_FIELD_NUMBER: _ClassVar[int]
    PAGE_SIZE_FIELD_NUMBER: _ClassVar[int]
    PAGE_TOKEN_FIELD_NUMBER: _ClassVar[int]
    SHARED_WITH_ME_FIELD_NUMBER: _ClassVar[int]
    space_id: str
    page_size: int
    page_token: str
    shared_with_me: bool
    def __init__(self, space_id: _Optional[str] = ..., page_size: _Optional[int] = ..., page_token: _Optional[str] = ..., shared_with_me: _Optional[bool] = ...) -> None: ...

class ListSessionsResponse(_message.Message):
    __slots__ = ("sessions", "next_page_token")
    SESSIONS_FIELD_NUMBER: _ClassVar[int]
    NEXT_PAGE_TOKEN_FIELD_NUMBER: _ClassVar[int]
    sessions: _containers.RepeatedCompositeFieldContainer[Session]
    next_page_token: str
    def __init__(self, sessions: _Optional[_Iterable[_Union[Session, _Mapping]]] = ..., next_page_token: _Optional[str] = ...) -> None: ...

class UpdateSessionRequest(_message.Message):
    __slots__ = ("session_id", "name", "provider", "model", "system_prompt", "temperature", "max_tokens")
    SESSION_ID_FIELD_NUMBER: _ClassVar[int]
    NAME_FIELD_NUMBER: _ClassVar[int]
    PROVIDER_FIELD_NUMBER: _ClassVar[int]
    MODEL_FIELD_NUMBER: _ClassVar[int]
    SYSTEM_PROMPT_FIELD_NUMBER: _ClassVar[int]
    TEMPERATURE_FIELD_NUMBER: _ClassVar[int]
    MAX_TOKENS_FIELD_NUMBER: _ClassVar[int]
    session_id: str
    name: str
    provider: str
    model: str
    system_prompt: str
    temperature: float
    max_tokens: int
    def __init__(self, session_id: _Optional[str] = ..., name: _Optional[str] = ..., provider: _Optional[str] = ..., model: _Optional[str] = ..., system_prompt: _Optional[str] = ..., temperature: _Optional[float] = ..., max_tokens: _Optional[int] = ...) -> None: ...

class UpdateSessionResponse(_message.Message):
    __slots__ = ("session",)
    SESSION_FIELD_NUMBER: _ClassVar[int]
    session: Session
    def __init__(self, session: _Optional[_Union[Session, _Mapping]] = ...) -> None: ...

class DeleteSessionRequest(_message.Message):
    __slots__ = ("session_id",)
    SESSION_ID_FIELD_NUMBER: _ClassVar[int]
    session_id: str
    def __init__(self, session_id: _Optional[str] = ...) -> None: ...

class DeleteSessionResponse(_message.Message):
    __slots__ = ()
    def __init__(self) -> None: ...

class SendSessionMessageRequest(_message.Message):
    __slots__ = ("session_id", "text", "request_id", "attachments")
    SESSION_ID_FIELD_NUMBER: _ClassVar[int]
    TEXT_FIELD_NUMBER: _ClassVar[int]
    REQUEST_ID_FIELD_NUMBER: _ClassVar[int]
    ASYNC_FIELD_NUMBER: _ClassVar[int]
    ATTACHMENTS_FIELD_NUMBER: _ClassVar[int]
    session_id: str
    text: str
    request_id: str
    attachments: _containers.RepeatedCompositeFieldContainer[_message_pb2.Attachment]
    def __init__(self, session_id: _Optional[str] = ..., text: _Optional[str] = ..., request_id: _Optional[str] = ..., attachments: _Optional[_Iterable[_Union[_message_pb2.Attachment, _Mapping]]] = ..., **kwargs) -> None: ...

class SendSessionMessageResponse(_message.Message):
    __slots__ = ("message", "answer", "job_id")
    MESSAGE_FIELD_NUMBER: _ClassVar[int]
    ANSWER_FIELD_NUMBER: _ClassVar[int]
    JOB_ID_FIELD_NUMBER: _ClassVar[int]
    message: SessionMessage
    answer: SessionMessage
    job_id: str
    def __init__(self, message: _Optional[_Union[SessionMessage, _Mapping]] = ..., answer: _Optional[_Union[SessionMessage, _Mapping]] = ..., job_id: _Optional[str] = ...) -> None: ...

class SendSessionMessageStreamRequest(_message.Message):
    __slots__ = ("session_id", "text", "request_id", "attachments")
    SESSION_ID_FIELD_NUMBER: _ClassVar[int]
    TEXT_FIELD_NUMBER: _ClassVar[int]
    REQUEST_ID_FIELD_NUMBER: _ClassVar[int]
    ATTACHMENTS_FIELD_NUMBER: _ClassVar[int]
    session_id: str
    text: str
    request_id: str
    attachments: _containers.RepeatedCompositeFieldContainer[_message_pb2.Attachment]
    def __init__(self, session_id: _Optional[str] = ..., text: _Optional[str] = ..., request_id: _Optional[str] = ..., attachments: _Optional[_Iterable[_Union[_message_pb2.Attachment, _Mapping]]] = ...) -> None: ...

class SendSessionMessageStreamResponse(_message.Message):
    __slots__ = ("message", "answer_started", "delta", "answer")
    MESSAGE_FIELD_NUMBER: _ClassVar[int]
    ANSWER_STARTED_FIELD_NUMBER: _ClassVar[int]
    DELTA_FIELD_NUMBER: _ClassVar[int]
    ANSWER_FIELD_NUMBER: _ClassVar[int]
    message: SessionMessage
    answer_started: SessionMessage
    delta: AnswerDelta
    answer: SessionMessage
    def __init__(self, message: _Optional[_Union[SessionMessage, _Mapping]] = ..., answer_started: _Optional[_Union[SessionMessage, _Mapping]] = ..., delta: _Optional[_Union[AnswerDelta, _Mapping]] = ..., answer: _Optional[_Union[SessionMessage, _Mapping]] = ...) -> None: ...

class GetSessionJobRequest(_message.Message):
    __slots__ = ("job_id",)
    JOB_ID_FIELD_NUMBER: _ClassVar[int]
    job_id: str
    def __init__(self, job_id: _Optional[str] = ...) -> None: ...

class GetSessionJobResponse(_message.Message):
    __slots__ = ("answer", "done")
    ANSWER_FIELD_NUMBER: _ClassVar[int]
    DONE_FIELD_NUMBER: _ClassVar[int]
    answer: SessionMessage
    done: bool
    def __init__(self, answer: _Optional[_Union[SessionMessage, _Mapping]] = ..., done: _Optional[bool] = ...) -> None: ...

class WatchSessionJobRequest(_message.Message):
    __slots__ = ("job_id",)
    JOB_ID_FIELD_NUMBER: _ClassVar[int]
    job_id: str
    def __init__(self, job_id: _Optional[str] = ...) -> None: ...

class WatchSessionJobResponse(_message.Message):
    __slots__ = ("delta", "answer")
    DELTA_FIELD_NUMBER: _ClassVar[int]
    ANSWER_FIELD_NUMBER: _ClassVar[int]
    delta: AnswerDelta
    answer: SessionMessage
    def __init__(self, delta: _Optional[_Union[AnswerDelta, _Mapping]] = ..., answer: _Optional[_Union[SessionMessage, _Mapping]] = ...) -> None: ...

class CancelSessionJobRequest(_message.Message):
    __slots__ = ("job_id",)
    JOB_ID_FIELD_NUMBER: _ClassVar[int]
    job_id: str
    def __init__(self, job_id: _Optional[str] = ...) -> None: ...

class CancelSessionJobResponse(_message.Message):
    __slots__ = ("answer",)
    ANSWER_FIELD_NUMBER: _ClassVar[int]
    answer: SessionMessage
    def __init__(self, answer: _Optional[_Union[SessionMessage, _Mapping]] = ...) -> None: ...

class ListSessionMessagesRequest(_message.Message):
    __slots__ = ("session_id", "page_size", "page_token", "order")
    SESSION_ID_FIELD_NUMBER: _ClassVar[int]
    PAGE_SIZE_FIELD_NUMBER: _ClassVar[int]
    PAGE_TOKEN_FIELD_NUMBER: _ClassVar[int]
    ORDER_FIELD_NUMBER: _ClassVar[int]
    session_id: str
    page_size: int
    page_token: str
    order: _message_pb2.MessageOrder
    def __init__(self, session_id: _Optional[str] = ..., page_size: _Optional[int] = ..., page_token: _Optional[str] = ..., order: _Optional[_Union[_message_pb2.MessageOrder, str]] = ...) -> None: ...

class ListSessionMessagesResponse(_message.Message):
    __slots__ = ("messages", "next_page_token")
    MESSAGES_FIELD_NUMBER: _ClassVar[int]
    NEXT_PAGE_TOKEN_FIELD_NUMBER: _ClassVar[int]
    messages: _containers.RepeatedCompositeFieldContainer[SessionMessage]
    next_page_token: str
    def __init__(self, messages: _Optional[_Iterable[_Union[SessionMessage, _Mapping]]] = ..., next_page_token: _Optional[str] = ...) -> None: ...

class GetSessionMessageRequest(_message.Message):
    __slots__ = ("message_id",)
    MESSAGE_ID_FIELD_NUMBER: _ClassVar[int]
    message_id: str
    def __init__(self, message_id: _Optional[str] = ...) -> None: ...

class GetSessionMessageResponse(_message.Message):
    __slots__ = ("message",)
    MESSAGE_FIELD_NUMBER: _ClassVar[int]
    message: SessionMessage
    def __init__(self, message: _Optional[_Union[SessionMessage, _Mapping]] = ...) -> None: ...

class ListAnswerVersionsRequest(_message.Message):
    __slots__ = ("message_id",)
    MESSAGE_ID_FIELD_NUMBER: _ClassVar[int]
    message_id: str
    def __init__(self, message_id: _Optional[str] = ...) -> None: ...

class ListAnswerVersionsResponse(_message.Message):
    __slots__ = ("versions",)
    VERSIONS_FIELD_NUMBER: _ClassVar[int]
    versions: _containers.RepeatedCompositeFieldContainer[SessionMessage]
    def __init__(self, versions: _Optional[_Iterable[_Union[SessionMessage, _Mapping]]] = ...) -> None: ...

class DeleteSessionMessageRequest(_message.Message):
    __slots__ = ("message_id",)
    MESSAGE_ID_FIELD_NUMBER: _ClassVar[int]
    message_id: str
    def __init__(self, message_id: _Optional[str] = ...) -> None: ...

class DeleteSessionMessageResponse(_message.Message):
    __slots__ = ()
    def __init__(self) -> None: ...

class RegenerateAnswerRequest(_message.Message):
    __slots__ = ("session_id",)
    SESSION_ID_FIELD_NUMBER: _ClassVar[int]
    ASYNC_FIELD_NUMBER: _ClassVar[int]
    session_id: str
    def __init__(self, session_id: _Optional[str] = ..., **kwargs) -> None: ...

class RegenerateAnswerResponse(_message.Message):
    __slots__ = ("answer", "job_id")
    ANSWER_FIELD_NUMBER: _ClassVar[int]
    JOB_ID_FIELD_NUMBER: _ClassVar[int]
    answer: SessionMessage
    job_id: str
    def __init__(self, answer: _Optional[_Union[SessionMessage, _Mapping]] = ..., job_id: _Optional[str] = ...) -> None: ...

class RateMessageRequest(_message.Message):
    __slots__ = ("message_id", "rating", "comment")
    MESSAGE_ID_FIELD_NUMBER: _ClassVar[int]
    RATING_FIELD_NUMBER: _ClassVar[int]
    COMMENT_FIELD_NUMBER: _ClassVar[int]
    message_id: str
    rating: Rating
    comment: str
    def __init__(self, message_id: _Optional[str] = ..., rating: _Optional[_Union[Rating, str]] = ..., comment: _Optional[str] = ...) -> None: ...

class RateMessageResponse(_message.Message):
    __slots__ = ("message",)
    MESSAGE_FIELD_NUMBER: _ClassVar[int]
    message: SessionMessage
    def __init__(self, message: _Optional[_Union[SessionMessage, _Mapping]] = ...) -> None: ...

class SendAssistantMessageRequest(_message.Message):
    __slots__ = ("session_id", "text")
    SESSION_ID_FIELD_NUMBER: _ClassVar[int]
    TEXT_FIELD_NUMBER: _ClassVar[int]
    session_id: str
    text: str
    def __init__(self, session_id: _Optional[str] = ..., text: _Optional[str] = ...) -> None: ...

class SendAssistantMessageResponse(_message.Message):
    __slots__ = ("message",)
    MESSAGE_FIELD_NUMBER: _ClassVar[int]
    message: SessionMessage
    def __init__(self, message: _Optional[_Union[SessionMessage, _Mapping]] = ...) -> None: ...

class SetSessionPublicLinkRequest(_message.Message):
    __slots__ = ("session_id", "enabled")
    SESSION_ID_FIELD_NUMBER: _ClassVar[int]
    ENABLED_FIELD_NUMBER: _ClassVar[int]
    session_id: str
    enabled: bool
    def __init__(self, session_id: _Optional[str] = ..., enabled: _Optional[bool] = ...) -> None: ...

class SetSessionPublicLinkResponse(_message.Message):
    __slots__ = ("session", "link_id")
    SESSION_FIELD_NUMBER: _ClassVar[int]
    LINK_ID_FIELD_NUMBER: _ClassVar[int]
    session: Session
    link_id: str
    def __init__(self, session: _Optional[_Union[Session, _Mapping]] = ..., link_id: _Optional[str] = ...) -> None: ...

class GetSharedSessionRequest(_message.Message):
    __slots__ = ("link_id",)
    LINK_ID_FIELD_NUMBER: _ClassVar[int]
    link_id: str
    def __init__(self, link_id: _Optional[str] = ...) -> None: ...

class GetSharedSessionResponse(_message.Message):
    __slots__ = ("session",)
    SESSION_FIELD_NUMBER: _ClassVar[int]
    session: SharedSession
    def __init__(self, session: _Optional[_Union[SharedSession, _Mapping]] = ...) -> None: ...

class ListSharedSessionMessagesRequest(_message.Message):
    __slots__ = ("link_id", "page_size", "page_token")
    LINK_ID_FIELD_NUMBER: _ClassVar[int]
    PAGE_SIZE_FIELD_NUMBER: _ClassVar[int]
    PAGE_TOKEN_FIELD_NUMBER: _ClassVar[int]
    link_id: str
    page_size: int
    page_token: str
    def __init__(self, link_id: _Optional[str] = ..., page_size: _Optional[int] = ..., page_token: _Optional[str] = ...) -> None: ...

class ListSharedSessionMessagesResponse(_message.Message):
    __slots__ = ("messages", "next_page_token")
    MESSAGES_FIELD_NUMBER: _ClassVar[int]
    NEXT_PAGE_TOKEN_FIELD_NUMBER: _ClassVar[int]
    messages: _containers.RepeatedCompositeFieldContainer[SessionMessage]
    next_page_token: str
    def __init__(self, messages: _Optional[_Iterable[_Union[SessionMessage, _Mapping]]] = ..., next_page_token: _Optional[str] = ...) -> None: ...

class ShareSessionRequest(_message.Message):
    __slots__ = ("session_id", "user_id")
    SESSION_ID_FIELD_NUMBER: _ClassVar[int]
    USER_ID_FIELD_NUMBER: _ClassVar[int]
    session_id: str
    user_id: str
    def __init__(self, session_id: _Optional[str] = ..., user_id: _Optional[str] = ...) -> None: ...

class ShareSessionResponse(_message.Message):
    __slots__ = ("share",)
    SHARE_FIELD_NUMBER: _ClassVar[int]
    share: SessionShare
    def __init__(self, share: _Optional[_Union[SessionShare, _Mapping]] = ...) -> None: ...

class ListSessionSharesRequest(_message.Message):
    __slots__ = ("session_id", "page_size", "page_token")
    SESSION_ID_FIELD_NUMBER: _ClassVar[int]
    PAGE_SIZE_FIELD_NUMBER: _ClassVar[int]
    PAGE_TOKEN_FIELD_NUMBER: _ClassVar[int]
    session_id: str
    page_size: int
    page_token: str
    def __init__(self, session_id: _Optional[str] = ..., page_size: _Optional[int] = ..., page_token: _Optional[str] = ...) -> None: ...

class ListSessionSharesResponse(_message.Message):
    __slots__ = ("shares", "next_page_token")
    SHARES_FIELD_NUMBER: _ClassVar[int]
    NEXT_PAGE_TOKEN_FIELD_NUMBER: _ClassVar[int]
    shares: _containers.RepeatedCompositeFieldContainer[SessionShare]
    next_page_token: str
    def __init__(self, shares: _Optional[_Iterable[_Union[SessionShare, _Mapping]]] = ..., next_page_token: _Optional[str] = ...) -> None: ...

class RevokeSessionShareRequest(_message.Message):
    __slots__ = ("session_id", "user_id")
    SESSION_ID_FIELD_NUMBER: _ClassVar[int]
    USER_ID_FIELD_NUMBER: _ClassVar[int]
    session_id: str
    user_id: str
    def __init__(self, session_id: _Optional[str] = ..., user_id: _Optional[str] = ...) -> None: ...

class RevokeSessionShareResponse(_message.Message):
    __slots__ = ()
    def __init__(self) -> None: ...

class SummarizeSessionRequest(_message.Message):
    __slots__ = ("session_id", "include_labels")
    SESSION_ID_FIELD_NUMBER: _ClassVar[int]
    INCLUDE_LABELS_FIELD_NUMBER: _ClassVar[int]
    session_id: str
    include_labels: bool
    def __init__(self, session_id: _Optional[str] = ..., include_labels: _Optional[bool] = ...) -> None: ...

class SummarizeSessionResponse(_message.Message):
    __slots__ = ("summary", "session")
    SUMMARY_FIELD_NUMBER: _ClassVar[int]
    SESSION_FIELD_NUMBER: _ClassVar[int]
    summary: Summary
    session: Session
    def __init__(self, summary: _Optional[_Union[Summary, _Mapping]] = ..., session: _Optional[_Union[Session, _Mapping]] = ...) -> None: ...

class SummarizeRoomRequest(_message.Message):
    __slots__ = ("room_id", "include_labels", "provider", "model")
    ROOM_ID_FIELD_NUMBER: _ClassVar[int]
    INCLUDE_LABELS_FIELD_NUMBER: _ClassVar[int]
    PROVIDER_FIELD_NUMBER: _ClassVar[int]
    MODEL_FIELD_NUMBER: _ClassVar[int]
    room_id: str
    include_labels: bool
    provider: str
    model: str
    def __init__(self, room_id: _Optional[str] = ..., include_labels: _Optional[bool] = ..., provider: _Optional[str] = ..., model: _Optional[str] = ...) -> None: ...

class SummarizeRoomResponse(_message.Message):
    __slots__ = ("summary",)
    SUMMARY_FIELD_NUMBER: _ClassVar[int]
    summary: Summary
    def __init__(self, summary: _Optional[_Union[Summary, _Mapping]] = ...) -> None: ...

class TranslateRequest(_message.Message):
    __slots__ = ("space_id", "text", "target_language", "source_language", "provider", "model")
    SPACE_ID_FIELD_NUMBER: _ClassVar[int]
    TEXT_FIELD_NUMBER: _ClassVar[int]
    TARGET_LANGUAGE_FIELD_NUMBER: _ClassVar[int]
    SOURCE_LANGUAGE_FIELD_NUMBER: _ClassVar[int]
    PROVIDER_FIELD_NUMBER: _ClassVar[int]
    MODEL_FIELD_NUMBER: _ClassVar[int]
    space_id: str
    text: str
    target_language: str
    source_language: str
    provider: str
    model: str
    def __init__(self, space_id: _Optional[str] = ..., text: _Optional[str] = ..., target_language: _Optional[str] = ..., source_language: _Optional[str] = ..., provider: _Optional[str] = ..., model: _Optional[str] = ...) -> None: ...

class TranslateResponse(_message.Message):
    __slots__ = ("text", "provider", "model", "usage")
    TEXT_FIELD_NUMBER: _ClassVar[int]
    PROVIDER_FIELD_NUMBER: _ClassVar[int]
    MODEL_FIELD_NUMBER: _ClassVar[int]
    USAGE_FIELD_NUMBER: _ClassVar[int]
    text: str
    provider: str
    model: str
    usage: _message_pb2.TokenUsage
    def __init__(self, text: _Optional[str] = ..., provider: _Optional[str] = ..., model: _Optional[str] = ..., usage: _Optional[_Union[_message_pb2.TokenUsage, _Mapping]] = ...) -> None: ...

class TranscribeRequest(_message.Message):
    __slots__ = ("space_id", "audio", "mime_type", "language", "prompt", "provider", "model")
    SPACE_ID_FIELD_NUMBER: _ClassVar[int]
    AUDIO_FIELD_NUMBER: _ClassVar[int]
    MIME_TYPE_FIELD_NUMBER: _ClassVar[int]
    LANGUAGE_FIELD_NUMBER: _ClassVar[int]
    PROMPT_FIELD_NUMBER: _ClassVar[int]
    PROVIDER_FIELD_NUMBER: _ClassVar[int]
    MODEL_FIELD_NUMBER: _ClassVar[int]
    space_id: str
    audio: bytes
    mime_type: str
    language: str
    prompt: str
    provider: str
    model: str
    def __init__(self, space_id: _Optional[str] = ..., audio: _Optional[bytes] = ..., mime_type: _Optional[str] = ..., language: _Optional[str] = ..., prompt: _Optional[str] = ..., provider: _Optional[str] = ..., model: _Optional[str] = ...) -> None: ...

class TranscribeResponse(_message.Message):
    __slots__ = ("text", "provider", "model", "usage")
    TEXT_FIELD_NUMBER: _ClassVar[int]
    PROVIDER_FIELD_NUMBER: _ClassVar[int]
    MODEL_FIELD_NUMBER: _ClassVar[int]
    USAGE_FIELD_NUMBER: _ClassVar[int]
    text: str
    provider: str
    model: str
    usage: _message_pb2.TokenUsage
    def __init__(self, text: _Optional[str] = ..., provider: _Optional[str] = ..., model: _Optional[str] = ..., usage: _Optional[_Union[_message_pb2.TokenUsage, _Mapping]] = ...) -> None: ...
