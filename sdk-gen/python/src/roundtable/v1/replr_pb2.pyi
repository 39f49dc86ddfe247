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

class ReplyMode(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
    __slots__ = ()
    REPLY_MODE_UNSPECIFIED: _ClassVar[ReplyMode]
    REPLY_MODE_ON_MENTION: _ClassVar[ReplyMode]
    REPLY_MODE_EVERY_HUMAN_MESSAGE: _ClassVar[ReplyMode]
    REPLY_MODE_NEVER: _ClassVar[ReplyMode]
REPLY_MODE_UNSPECIFIED: ReplyMode
REPLY_MODE_ON_MENTION: ReplyMode
REPLY_MODE_EVERY_HUMAN_MESSAGE: ReplyMode
REPLY_MODE_NEVER: ReplyMode

class Replr(_message.Message):
    __slots__ = ("replr_id", "space_id", "handle", "display_name", "description", "avatar_url", "system_prompt", "provider", "model", "temperature", "max_tokens", "reply_mode", "creator_id", "create_time", "update_time")
    REPLR_ID_FIELD_NUMBER: _ClassVar[int]
    SPACE_ID_FIELD_NUMBER: _ClassVar[int]
    HANDLE_FIELD_NUMBER: _ClassVar[int]
    DISPLAY_NAME_FIELD_NUMBER: _ClassVar[int]
    DESCRIPTION_FIELD_NUMBER: _ClassVar[int]
    AVATAR_URL_FIELD_NUMBER: _ClassVar[int]
    SYSTEM_PROMPT_FIELD_NUMBER: _ClassVar[int]
    PROVIDER_FIELD_NUMBER: _ClassVar[int]
    MODEL_FIELD_NUMBER: _ClassVar[int]
    TEMPERATURE_FIELD_NUMBER: _ClassVar[int]
    MAX_TOKENS_FIELD_NUMBER: _ClassVar[int]
    REPLY_MODE_FIELD_NUMBER: _ClassVar[int]
    CREATOR_ID_FIELD_NUMBER: _ClassVar[int]
    CREATE_TIME_FIELD_NUMBER: _ClassVar[int]
    UPDATE_TIME_FIELD_NUMBER: _ClassVar[int]
    replr_id: str
    space_id: str
    handle: str
    display_name: str
    description: str
    avatar_url: str
    system_prompt: str
    provider: str
    model: str
    temperature: float
    max_tokens: int
    reply_mode: ReplyMode
    creator_id: str
    create_time: _timestamp_pb2.Timestamp
    update_time: _timestamp_pb2.Timestamp
    def __init__(self, replr_id: _Optional[str] = ..., space_id: _Optional[str] = ..., handle: _Optional[str] = ..., display_name: _Optional[str] = ..., description: _Optional[str] = ..., avatar_url: _Optional[str] = ..., system_prompt: _Optional[str] = ..., provider: _Optional[str] = ..., model: _Optional[str] = ..., temperature: _Optional[float] = ..., max_tokens: _Optional[int] = ..., reply_mode: _Optional[_Union[ReplyMode, str]] = ..., creator_id: _Optional[str] = ..., create_time: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ..., update_time: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ...) -> None: ...

class ReplrSummary(_message.Message):
    __slots__ = ("replr_id", "handle", "display_name", "avatar_url", "reply_mode")
    REPLR_ID_FIELD_NUMBER: _ClassVar[int]
    HANDLE_FIELD_NUMBER: _ClassVar[int]
    DISPLAY_NAME_FIELD_NUMBER: _ClassVar[int]
    AVATAR_URL_FIELD_NUMBER: _ClassVar[int]
    REPLY_MODE_FIELD_NUMBER: _ClassVar[int]
    replr_id: str
    handle: str
    display_name: str
    avatar_url: str
    reply_mode: ReplyMode
    def __init__(self, replr_id: _Optional[str] = ..., handle: _Optional[str] = ..., display_name: _Optional[str] = ..., avatar_url: _Optional[str] = ..., reply_mode: _Optional[_Union[ReplyMode, str]] = ...) -> None: ...

class CreateReplrRequest(_message.Message):
    __slots__ = ("space_id", "handle", "display_name", "description", "avatar_url", "system_prompt", "provider", "model", "temperature", "max_tokens", "reply_mode")
    SPACE_ID_FIELD_NUMBER: _ClassVar[int]
    HANDLE_FIELD_NUMBER: _ClassVar[int]
    DISPLAY_NAME_FIELD_NUMBER: _ClassVar[int]
    DESCRIPTION_FIELD_NUMBER: _ClassVar[int]
    AVATAR_URL_FIELD_NUMBER: _ClassVar[int]
    SYSTEM_PROMPT_FIELD_NUMBER: _ClassVar[int]
    PROVIDER_FIELD_NUMBER: _ClassVar[int]
    MODEL_FIELD_NUMBER: _ClassVar[int]
    TEMPERATURE_FIELD_NUMBER: _ClassVar[int]
    MAX_TOKENS_FIELD_NUMBER: _ClassVar[int]
    REPLY_MODE_FIELD_NUMBER: _ClassVar[int]
    space_id: str
    handle: str
    display_name: str
    description: str
    avatar_url: str
    system_prompt: str
    provider: str
    model: str
    temperature: float
    max_tokens: int
    reply_mode: ReplyMode
    def __init__(self, space_id: _Optional[str] = ..., handle: _Optional[str] = ..., display_name: _Optional[str] = ..., description: _Optional[str] = ..., avatar_url: _Optional[str] = ..., system_prompt: _Optional[str] = ..., provider: _Optional[str] = ..., model: _Optional[str] = ..., temperature: _Optional[float] = ..., max_tokens: _Optional[int] = ..., reply_mode: _Optional[_Union[ReplyMode, str]] = ...) -> None: ...

class CreateReplrResponse(_message.Message):
    __slots__ = ("replr",)
    REPLR_FIELD_NUMBER: _ClassVar[int]
    replr: Replr
    def __init__(self, replr: _Optional[_Union[Replr, _Mapping]] = ...) -> None: ...

class GetReplrRequest(_message.Message):
    __slots__ = ("replr_id",)
    REPLR_ID_FIELD_NUMBER: _ClassVar[int]
    replr_id: str
    def __init__(self, replr_id: _Optional[str] = ...) -> None: ...

class GetReplrResponse(_message.Message):
    __slots__ = ("replr",)
    REPLR_FIELD_NUMBER: _ClassVar[int]
    replr: Replr
    def __init__(self, replr: _Optional[_Union[Replr, _Mapping]] = ...) -> None: ...

class ListReplrsRequest(_message.Message):
    __slots__ = ("space_id", "page_size", "page_token")
    SPACE_ID_FIELD_NUMBER: _ClassVar[int]
    PAGE_SIZE_FIELD_NUMBER: _ClassVar[int]
    PAGE_TOKEN_FIELD_NUMBER: _ClassVar[int]
    space_id: str
    page_size: int
    page_token: str
    def __init__(self, space_id: _Optional[str] = ..., page_size: _Optional[int] = ..., page_token: _Optional[str] = ...) -> None: ...

class ListReplrsResponse(_message.Message):
    __slots__ = ("replrs", "next_page_token")
    REPLRS_FIELD_NUMBER: _ClassVar[int]
    NEXT_PAGE_TOKEN_FIELD_NUMBER: _ClassVar[int]
    replrs: _containers.RepeatedCompositeFieldContainer[Replr]
    next_page_token: str
    def __init__(self, replrs: _Optional[_Iterable[_Union[Replr, _Mapping]]] = ..., next_page_token: _Optional[str] = ...) -> None: ...

class UpdateReplrRequest(_message.Message):
    __slots__ = ("replr_id", "handle", "display_name", "description", "avatar_url", "system_prompt", "provider", "model", "temperature", "max_tokens", "reply_mode")
    REPLR_ID_FIELD_NUMBER: _ClassVar[int]
    HANDLE_FIELD_NUMBER: _ClassVar[int]
    DISPLAY_NAME_FIELD_NUMBER: _ClassVar[int]
    DESCRIPTION_FIELD_NUMBER: _ClassVar[int]
    AVATAR_URL_FIELD_NUMBER: _ClassVar[int]
    SYSTEM_PROMPT_FIELD_NUMBER: _ClassVar[int]
    PROVIDER_FIELD_NUMBER: _ClassVar[int]
    MODEL_FIELD_NUMBER: _ClassVar[int]
    TEMPERATURE_FIELD_NUMBER: _ClassVar[int]
    MAX_TOKENS_FIELD_NUMBER: _ClassVar[int]
    REPLY_MODE_FIELD_NUMBER: _ClassVar[int]
    replr_id: str
    handle: str
    display_name: str
    description: str
    avatar_url: str
    system_prompt: str
    provider: str
    model: str
    temperature: float
    max_tokens: int
    reply_mode: ReplyMode
    def __init__(self, replr_id: _Optional[str] = ..., handle: _Optional[str] = ..., display_name: _Optional[str] = ..., description: _Optional[str] = ..., avatar_url: _Optional[str] = ..., system_prompt: _Optional[str] = ..., provider: _Optional[str] = ..., model: _Optional[str] = ..., temperature: _Optional[float] = ..., max_tokens: _Optional[int] = ..., reply_mode: _Optional[_Union[ReplyMode, str]] = ...) -> None: ...

class UpdateReplrResponse(_message.Message):
    __slots__ = ("replr",)
    REPLR_FIELD_NUMBER: _ClassVar[int]
    replr: Replr
    def __init__(self, replr: _Optional[_Union[Replr, _Mapping]] = ...) -> None: ...

class DeleteReplrRequest(_message.Message):
    __slots__ = ("replr_id",)
    REPLR_ID_FIELD_NUMBER: _ClassVar[int]
    replr_id: str
    def __init__(self, replr_id: _Optional[str] = ...) -> None: ...

class DeleteReplrResponse(_message.Message):
    __slots__ = ()
    def __init__(self) -> None: ...
