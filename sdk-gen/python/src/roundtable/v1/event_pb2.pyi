import datetime

from google.api import annotations_pb2 as _annotations_pb2
from google.protobuf import timestamp_pb2 as _timestamp_pb2
from roundtable.v1 import message_pb2 as _message_pb2
from roundtable.v1 import replr_pb2 as _replr_pb2
from roundtable.v1 import room_pb2 as _room_pb2
from roundtable.v1 import session_pb2 as _session_pb2
from google.protobuf.internal import containers as _containers
from google.protobuf import descriptor as _descriptor
from google.protobuf import message as _message
from collections.abc import Iterable as _Iterable, Mapping as _Mapping
from typing import ClassVar as _ClassVar, Optional as _Optional, Union as _Union

DESCRIPTOR: _descriptor.FileDescriptor

class SubscribeRequest(_message.Message):
    __slots__ = ("space_id", "room_ids", "cursor", "session_ids")
    SPACE_ID_FIELD_NUMBER: _ClassVar[int]
    ROOM_IDS_FIELD_NUMBER: _ClassVar[int]
    CURSOR_FIELD_NUMBER: _ClassVar[int]
    SESSION_IDS_FIELD_NUMBER: _ClassVar[int]
    space_id: str
    room_ids: _containers.RepeatedScalarFieldContainer[str]
    cursor: str
    session_ids: _containers.RepeatedScalarFieldContainer[str]
    def __init__(self, space_id: _Optional[str] = ..., room_ids: _Optional[_Iterable[str]] = ..., cursor: _Optional[str] = ..., session_ids: _Optional[_Iterable[str]] = ...) -> None: ...

class SubscribeResponse(_message.Message):
    __slots__ = ("event",)
    EVENT_FIELD_NUMBER: _ClassVar[int]
    event: Event
    def __init__(self, event: _Optional[_Union[Event, _Mapping]] = ...) -> None: ...

class Event(_message.Message):
    __slots__ = ("cursor", "room_id", "seq", "create_time", "actor_id", "session_id", "message_created", "message_edited", "message_deleted", "reaction_added", "reaction_removed", "member_joined", "member_left", "room_created", "room_updated", "room_deleted", "replr_added", "replr_removed", "reply_started", "reply_delta", "reply_completed", "reply_failed", "reply_cancelled", "typing", "heartbeat", "subscribed", "resync_required", "session_message_created", "answer_started", "answer_delta", "answer_completed", "answer_failed", "answer_cancelled", "answer_regenerated", "message_rated", "session_message_deleted")
    CURSOR_FIELD_NUMBER: _ClassVar[int]
    ROOM_ID_FIELD_NUMBER: _ClassVar[int]
    SEQ_FIELD_NUMBER: _ClassVar[int]
    CREATE_TIME_FIELD_NUMBER: _ClassVar[int]
    ACTOR_ID_FIELD_NUMBER: _ClassVar[int]
    SESSION_ID_FIELD_NUMBER: _ClassVar[int]
    MESSAGE_CREATED_FIELD_NUMBER: _ClassVar[int]
    MESSAGE_EDITED_FIELD_NUMBER: _ClassVar[int]
    MESSAGE_DELETED_FIELD_NUMBER: _ClassVar[int]
    REACTION_ADDED_FIELD_NUMBER: _ClassVar[int]
    REACTION_REMOVED_FIELD_NUMBER: _ClassVar[int]
    MEMBER_JOINED_FIELD_NUMBER: _ClassVar[int]
    MEMBER_LEFT_FIELD_NUMBER: _ClassVar[int]
    ROOM_CREATED_FIELD_NUMBER: _ClassVar[int]
    ROOM_UPDATED_FIELD_NUMBER: _ClassVar[int]
    ROOM_DELETED_FIELD_NUMBER: _ClassVar[int]
    REPLR_ADDED_FIELD_NUMBER: _ClassVar[int]
    REPLR_REMOVED_FIELD_NUMBER: _ClassVar[int]
    REPLY_STARTED_FIELD_NUMBER: _ClassVar[int]
    REPLY_DELTA_FIELD_NUMBER: _ClassVar[int]
    REPLY_COMPLETED_FIELD_NUMBER: _ClassVar[int]
    REPLY_FAILED_FIELD_NUMBER: _ClassVar[int]
    REPLY_CANCELLED_FIELD_NUMBER: _ClassVar[int]
    TYPING_FIELD_NUMBER: _ClassVar[int]
    HEARTBEAT_FIELD_NUMBER: _ClassVar[int]
    SUBSCRIBED_FIELD_NUMBER: _ClassVar[int]
    RESYNC_REQUIRED_FIELD_NUMBER: _ClassVar[int]
    SESSION_MESSAGE_CREATED_FIELD_NUMBER: _ClassVar[int]
    ANSWER_STARTED_FIELD_NUMBER: _ClassVar[int]
    ANSWER_DELTA_FIELD_NUMBER: _ClassVar[int]
    ANSWER_COMPLETED_FIELD_NUMBER: _ClassVar[int]
    ANSWER_FAILED_FIELD_NUMBER: _ClassVar[int]
    ANSWER_CANCELLED_FIELD_NUMBER: _ClassVar[int]
    ANSWER_REGENERATED_FIELD_NUMBER: _ClassVar[int]
    MESSAGE_RATED_FIELD_NUMBER: _ClassVar[int]
    SESSION_MESSAGE_DELETED_FIELD_NUMBER: _ClassVar[int]
    cursor: str
    room_id: str
    seq: int
    create_time: _timestamp_pb2.Timestamp
    actor_id: str
    session_id: str
    message_created: _message_pb2.Message
    message_edited: _message_pb2.Message
    message_deleted: _message_pb2.Message
    reaction_added: ReactionChange
    reaction_removed: ReactionChange
    member_joined: _room_pb2.RoomMember
    member_left: MemberLeft
    room_created: _room_pb2.Room
    room_updated: _room_pb2.Room
    room_deleted: RoomDeleted
    replr_added: ReplrAdded
    replr_removed: ReplrRemoved
    reply_started: _message_pb2.Message
    reply_delta: _message_pb2.ReplyDelta
    reply_completed: _message_pb2.Message
    reply_failed: _message_pb2.Message
    reply_cancelled: _message_pb2.Message
    typing: Typing
    heartbeat: Heartbeat
    subscribed: Subscribed
    resync_required: ResyncRequired
    session_message_created: _session_pb2.SessionMessage
    answer_started: _session_pb2.SessionMessage
    answer_delta: _session_pb2.AnswerDelta
    answer_completed: _session_pb2.SessionMessage
    answer_failed: _session_pb2.SessionMessage
    answer_cancelled: _session_pb2.SessionMessage
    answer_regenerated: _session_pb2.SessionMessage
    message_rated: _session_pb2.SessionMessage
    session_message_deleted: _session_pb2.SessionMessage
    def __init__(self, cursor: _Optional[str] = ..., room_id: _Optional[str] = ..., seq: _Optional[int] = ..., create_time: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ..., actor_id: _Optional[str] = ..., session_id: _Optional[str] = ..., message_created: _Optional[_Union[_message_pb2.Message, _Mapping]] = ..., message_edited: _Optional[_Union[_message_pb2.Message, _Mapping]] = ..., message_deleted: _Optional[_Union[_message_pb2.Message, _Mapping]] = ..., reaction_added: _Optional[_Union[ReactionChange, _Mapping]] = ..., reaction_removed: _Optional[_Union[ReactionChange, _Mapping]] = ..., member_joined: _Optional[_Union[_room_pb2.RoomMember, _Mapping]] = ..., member_left: _Optional[_Union[MemberLeft, _Mapping]] = ..., room_created: _Optional[_Union[_room_pb2.Room, _Mapping]] = ..., room_updated: _Optional[_Union[_room_pb2.Room, _Mapping]] = ..., room_deleted: _Optional[_Union[RoomDeleted, _Mapping]] = ..., replr_added: _Optional[_Union[ReplrAdded, _Mapping]] = ..., replr_removed: _Optional[_Union[ReplrRemoved, _Mapping]] = ..., reply_started: _Optional[_Union[_message_pb2.Message, _Mapping]] = ..., reply_delta: _Optional[_Union[_message_pb2.ReplyDelta, _Mapping]] = ..., reply_completed: _Optional[_Union[_message_pb2.Message, _Mapping]] = ..., reply_failed: _Optional[_Union[_message_pb2.Message, _Mapping]] = ..., reply_cancelled: _Optional[_Union[_message_pb2.Message, _Mapping]] = ..., typing: _Optional[_Union[Typing, _Mapping]] = ..., heartbeat: _Optional[_Union[Heartbeat, _Mapping]] = ..., subscribed: _Optional[_Union[Subscribed, _Mapping]] = ..., resync_required: _Optional[_Union[ResyncRequired, _Mapping]] = ..., session_message_created: _Optional[_Union[_session_pb2.SessionMessage, _Mapping]] = ..., answer_started: _Optional[_Union[_session_pb2.SessionMessage, _Mapping]] = ..., answer_delta: _Optional[_Union[_session_pb2.AnswerDelta, _Mapping]] = ..., answer_completed: _Optional[_Union[_session_pb2.SessionMessage, _Mapping]] = ..., answer_failed: _Optional[_Union[_session_pb2.SessionMessage, _Mapping]] = ..., answer_cancelled: _Optional[_Union[_session_pb2.SessionMessage, _Mapping]] = ..., answer_regenerated: _Optional[_Union[_session_pb2.SessionMessage, _Mapping]] = ..., message_rated: _Optional[_Union[_session_pb2.SessionMessage, _Mapping]] = ..., session_message_deleted: _Optional[_Union[_session_pb2.SessionMessage, _Mapping]] = ...) -> None: ...

class ReactionChange(_message.Message):
    __slots__ = ("message_id", "emoji", "user_id", "count")
    MESSAGE_ID_FIELD_NUMBER: _ClassVar[int]
    EMOJI_FIELD_NUMBER: _ClassVar[int]
    USER_ID_FIELD_NUMBER: _ClassVar[int]
    COUNT_FIELD_NUMBER: _ClassVar[int]
    message_id: str
    emoji: str
    user_id: str
    count: int
    def __init__(self, message_id: _Optional[str] = ..., emoji: _Optional[str] = ..., user_id: _Optional[str] = ..., count: _Optional[int] = ...) -> None: ...

class MemberLeft(_message.Message):
    __slots__ = ("room_id", "user_id")
    ROOM_ID_FIELD_NUMBER: _ClassVar[int]
    USER_ID_FIELD_NUMBER: _ClassVar[int]
    room_id: str
    user_id: str
    def __init__(self, room_id: _Optional[str] = ..., user_id: _Optional[str] = ...) -> None: ...

class RoomDeleted(_message.Message):
    __slots__ = ("room_id",)
    ROOM_ID_FIELD_NUMBER: _ClassVar[int]
    room_id: str
    def __init__(self, room_id: _Optional[str] = ...) -> None: ...

class ReplrAdded(_message.Message):
    __slots__ = ("room_id", "replr")
    ROOM_ID_FIELD_NUMBER: _ClassVar[int]
    REPLR_FIELD_NUMBER: _ClassVar[int]
    room_id: str
    replr: _replr_pb2.ReplrSummary
    def __init__(self, room_id: _Optional[str] = ..., replr: _Optional[_Union[_replr_pb2.ReplrSummary, _Mapping]] = ...) -> None: ...

class ReplrRemoved(_message.Message):
    __slots__ = ("room_id", "replr_id")
    ROOM_ID_FIELD_NUMBER: _ClassVar[int]
    REPLR_ID_FIELD_NUMBER: _ClassVar[int]
    room_id: str
    replr_id: str
    def __init__(self, room_id: _Optional[str] = ..., replr_id: _Optional[str] = ...) -> None: ...

class Typing(_message.Message):
    __slots__ = ("user_id", "username", "expire_time")
    USER_ID_FIELD_NUMBER: _ClassVar[int]
    USERNAME_FIELD_NUMBER: _ClassVar[int]
    EXPIRE_TIME_FIELD_NUMBER: _ClassVar[int]
    user_id: str
    username: str
    expire_time: _timestamp_pb2.Timestamp
    def __init__(self, user_id: _Optional[str] = ..., username: _Optional[str] = ..., expire_time: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ...) -> None: ...

class Heartbeat(_message.Message):
    __slots__ = ()
    def __init__(self) -> None: ...

class Subscribed(_message.Message):
    __slots__ = ()
    def __init__(self) -> None: ...

class ResyncRequired(_message.Message):
    __slots__ = ()
    def __init__(self) -> None: ...

class SendTypingRequest(_message.Message):
    __slots__ = ("room_id",)
    ROOM_ID_FIELD_NUMBER: _ClassVar[int]
    room_id: str
    def __init__(self, room_id: _Optional[str] = ...) -> None: ...

class SendTypingResponse(_message.Message):
    __slots__ = ()
    def __init__(self) -> None: ...

class MarkReadRequest(_message.Message):
    __slots__ = ("room_id", "message_id")
    ROOM_ID_FIELD_NUMBER: _ClassVar[int]
    MESSAGE_ID_FIELD_NUMBER: _ClassVar[int]
    room_id: str
    message_id: str
    def __init__(self, room_id: _Optional[str] = ..., message_id: _Optional[str] = ...) -> None: ...

class MarkReadResponse(_message.Message):
    __slots__ = ("unread_count",)
    UNREAD_COUNT_FIELD_NUMBER: _ClassVar[int]
    unread_count: int
    def __init__(self, unread_count: _Optional[int] = ...) -> None: ...
