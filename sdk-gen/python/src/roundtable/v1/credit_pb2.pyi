import datetime

from google.api import annotations_pb2 as _annotations_pb2
from google.protobuf import timestamp_pb2 as _timestamp_pb2
from google.protobuf.internal import containers as _containers
from google.protobuf.internal import enum_type_wrapper as _enum_type_wrapper
from google.protobuf import descriptor as _descriptor
from google.protobuf import message as _message
from collections.abc import Iterable as _Iterable, Mapping as _Mapping
from typing import ClassVar as _ClassVar, Optional as _Optional, Union as _Union

DESCRIPTOR: _descriptor.FileDescriptor

class CreditEntryKind(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
    __slots__ = ()
    CREDIT_ENTRY_KIND_UNSPECIFIED: _ClassVar[CreditEntryKind]
    CREDIT_ENTRY_KIND_INITIAL: _ClassVar[CreditEntryKind]
    CREDIT_ENTRY_KIND_GRANT: _ClassVar[CreditEntryKind]
    CREDIT_ENTRY_KIND_CHARGE: _ClassVar[CreditEntryKind]
CREDIT_ENTRY_KIND_UNSPECIFIED: CreditEntryKind
CREDIT_ENTRY_KIND_INITIAL: CreditEntryKind
CREDIT_ENTRY_KIND_GRANT: CreditEntryKind
CREDIT_ENTRY_KIND_CHARGE: CreditEntryKind

class SpaceCredits(_message.Message):
    __slots__ = ("space_id", "balance", "used_tokens", "granted_tokens", "update_time")
    SPACE_ID_FIELD_NUMBER: _ClassVar[int]
    BALANCE_FIELD_NUMBER: _ClassVar[int]
    USED_TOKENS_FIELD_NUMBER: _ClassVar[int]
    GRANTED_TOKENS_FIELD_NUMBER: _ClassVar[int]
    UPDATE_TIME_FIELD_NUMBER: _ClassVar[int]
    space_id: str
    balance: int
    used_tokens: int
    granted_tokens: int
    update_time: _timestamp_pb2.Timestamp
    def __init__(self, space_id: _Optional[str] = ..., balance: _Optional[int] = ..., used_tokens: _Optional[int] = ..., granted_tokens: _Optional[int] = ..., update_time: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ...) -> None: ...

class CreditEntry(_message.Message):
    __slots__ = ("entry_id", "space_id", "kind", "tokens", "balance_after", "reason", "granted_by", "message_id", "session_id", "room_id", "user_id", "create_time")
    ENTRY_ID_FIELD_NUMBER: _ClassVar[int]
    SPACE_ID_FIELD_NUMBER: _ClassVar[int]
    KIND_FIELD_NUMBER: _ClassVar[int]
    TOKENS_FIELD_NUMBER: _ClassVar[int]
    BALANCE_AFTER_FIELD_NUMBER: _ClassVar[int]
    REASON_FIELD_NUMBER: _ClassVar[int]
    GRANTED_BY_FIELD_NUMBER: _ClassVar[int]
    MESSAGE_ID_FIELD_NUMBER: _ClassVar[int]
    SESSION_ID_FIELD_NUMBER: _ClassVar[int]
    ROOM_ID_FIELD_NUMBER: _ClassVar[int]
    USER_ID_FIELD_NUMBER: _ClassVar[int]
    CREATE_TIME_FIELD_NUMBER: _ClassVar[int]
    entry_id: str
    space_id: str
    kind: CreditEntryKind
    tokens: int
    balance_after: int
    reason: str
    granted_by: str
    message_id: str
    session_id: str
    room_id: str
    user_id: str
    create_time: _timestamp_pb2.Timestamp
    def __init__(self, entry_id: _Optional[str] = ..., space_id: _Optional[str] = ..., kind: _Optional[_Union[CreditEntryKind, str]] = ..., tokens: _Optional[int] = ..., balance_after: _Optional[int] = ..., reason: _Optional[str] = ..., granted_by: _Optional[str] = ..., message_id: _Optional[str] = ..., session_id: _Optional[str] = ..., room_id: _Optional[str] = ..., user_id: _Optional[str] = ..., create_time: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ...) -> None: ...

class GetCreditsRequest(_message.Message):
    __slots__ = ("space_id",)
    SPACE_ID_FIELD_NUMBER: _ClassVar[int]
    space_id: str
    def __init__(self, space_id: _Optional[str] = ...) -> None: ...

class GetCreditsResponse(_message.Message):
    __slots__ = ("credits",)
    CREDITS_FIELD_NUMBER: _ClassVar[int]
    credits: SpaceCredits
    def __init__(self, credits: _Optional[_Union[SpaceCredits, _Mapping]] = ...) -> None: ...

class GrantCreditsRequest(_message.Message):
    __slots__ = ("space_id", "amount", "reason", "request_id")
    SPACE_ID_FIELD_NUMBER: _ClassVar[int]
    AMOUNT_FIELD_NUMBER: _ClassVar[int]
    REASON_FIELD_NUMBER: _ClassVar[int]
    REQUEST_ID_FIELD_NUMBER: _ClassVar[int]
    space_id: str
    amount: int
    reason: str
    request_id: str
    def __init__(self, space_id: _Optional[str] = ..., amount: _Optional[int] = ..., reason: _Optional[str] = ..., request_id: _Optional[str] = ...) -> None: ...

class GrantCreditsResponse(_message.Message):
    __slots__ = ("credits", "entry")
    CREDITS_FIELD_NUMBER: _ClassVar[int]
    ENTRY_FIELD_NUMBER: _ClassVar[int]
    credits: SpaceCredits
    entry: CreditEntry
    def __init__(self, credits: _Optional[_Union[SpaceCredits, _Mapping]] = ..., entry: _Optional[_Union[CreditEntry, _Mapping]] = ...) -> None: ...

class ListCreditUsageRequest(_message.Message):
    __slots__ = ("space_id", "page_size", "page_token", "kind")
    SPACE_ID_FIELD_NUMBER: _ClassVar[int]
    PAGE_SIZE_FIELD_NUMBER: _ClassVar[int]
    PAGE_TOKEN_FIELD_NUMBER: _ClassVar[int]
    KIND_FIELD_NUMBER: _ClassVar[int]
    space_id: str
    page_size: int
    page_token: str
    kind: CreditEntryKind
    def __init__(self, space_id: _Optional[str] = ..., page_size: _Optional[int] = ..., page_token: _Optional[str] = ..., kind: _Optional[_Union[CreditEntryKind, str]] = ...) -> None: ...

class ListCreditUsageResponse(_message.Message):
    __slots__ = ("entries", "next_page_token")
    ENTRIES_FIELD_NUMBER: _ClassVar[int]
    NEXT_PAGE_TOKEN_FIELD_NUMBER: _ClassVar[int]
    entries: _containers.RepeatedCompositeFieldContainer[CreditEntry]
    next_page_token: str
    def __init__(self, entries: _Optional[_Iterable[_Union[CreditEntry, _Mapping]]] = ..., next_page_token: _Optional[str] = ...) -> None: ...
